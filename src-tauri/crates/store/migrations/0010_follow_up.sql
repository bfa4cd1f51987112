-- 0010: follow-up meetings (vervolgoverleg, R11/R13). A follow-up meeting carries over the
-- open actions of the previous meeting of the same case as a snapshot (who by name and
-- organisation, what, by when): the previous meeting may be destroyed first (R15), so
-- `from_meeting_id` is a plain reference, not a foreign key. Each carried-over action needs
-- a status before the meeting can be finalized: done, or not done with the reason
-- (changed circumstances / not acted upon) and an optional note. The rows carry this
-- meeting's id, so they are destroyed with it (R15).
CREATE TABLE carried_actions (
    id               TEXT PRIMARY KEY NOT NULL,
    meeting_id       TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    from_meeting_id  TEXT NOT NULL,
    who_name         TEXT NOT NULL,
    who_organisation TEXT NOT NULL,
    what             TEXT NOT NULL,
    due              TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'unsettled'
        CHECK (status IN ('unsettled', 'done', 'changed_circumstances', 'not_acted_upon')),
    note             TEXT,
    position         INTEGER NOT NULL,
    CHECK (note IS NULL OR status IN ('changed_circumstances', 'not_acted_upon'))
) STRICT;
CREATE INDEX carried_actions_by_meeting ON carried_actions (meeting_id, position);
