-- 0001: meetings, participants and items of the Foundation slice.
-- Times are UTC RFC 3339; dates ISO YYYY-MM-DD; ids UUID v7 text.

CREATE TABLE meetings (
    id           TEXT PRIMARY KEY NOT NULL,
    case_label   TEXT NOT NULL,
    meeting_date TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE participants (
    id           TEXT PRIMARY KEY NOT NULL,
    meeting_id   TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL,
    function     TEXT,
    phone        TEXT,
    email        TEXT,
    role         TEXT NOT NULL
        CHECK (role IN ('case_lead', 'content_role', 'expert', 'informant', 'other'))
) STRICT;

CREATE INDEX participants_by_meeting ON participants (meeting_id);
-- R1, defence in depth: the domain refuses a second case lead; the schema does too.
CREATE UNIQUE INDEX one_case_lead_per_meeting ON participants (meeting_id)
    WHERE role = 'case_lead';

CREATE TABLE items (
    id             TEXT PRIMARY KEY NOT NULL,
    meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    contributor_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    text           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('fact', 'opinion')),
    category       TEXT NOT NULL CHECK (category IN ('general', 'special', 'criminal')),
    created_at     TEXT NOT NULL
) STRICT;

CREATE INDEX items_by_meeting ON items (meeting_id);
