-- 0023: less typing for the chair.
-- R11: a follow-up meeting remembers the meeting it follows up, so the meeting list can show
-- "vervolg open" on a finalized meeting whose follow-up is still a draft. A plain reference,
-- not a foreign key: the previous meeting may be destroyed first (R15).
ALTER TABLE meetings ADD COLUMN follows_meeting_id TEXT;
CREATE INDEX meetings_by_follows ON meetings (follows_meeting_id)
    WHERE follows_meeting_id IS NOT NULL;

-- The chair's address book of organisations used before: name, type and, only when the
-- chair saves it, a department or contact. No participant's personal data is copied here:
-- entries are saved from the organisation fields, and the chair can remove any of them.
CREATE TABLE address_book (
    id                TEXT PRIMARY KEY NOT NULL,
    name              TEXT NOT NULL,
    organisation_type TEXT NOT NULL,
    department        TEXT,
    last_used         TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX address_book_by_name ON address_book (name, organisation_type);
