-- 0030: the family's and the child's own voice (issue 17 point 1; seed 002 "Wij nodigen het
-- gezin uit om te zeggen wat ze vinden", seed 001 position 2 on objections). Per family
-- member of the meeting: a view, wish or objection, how it reached the table (said there,
-- brought in by the case lead, in writing) and how the meeting answered it. Rows go with
-- their meeting and with their family member (R15, R17 erasure).
CREATE TABLE family_voices (
    id         TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('view', 'wish', 'objection')),
    channel    TEXT NOT NULL CHECK (channel IN ('in_person', 'by_case_lead', 'in_writing')),
    text       TEXT NOT NULL,
    answer     TEXT,
    position   INTEGER NOT NULL
) STRICT;
CREATE INDEX family_voices_by_meeting ON family_voices (meeting_id, position);
CREATE INDEX family_voices_by_subject ON family_voices (subject_id);
