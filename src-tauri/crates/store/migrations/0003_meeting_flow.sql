-- 0003: the complete meeting (R1-R13): preparation, subjects, participant profiles, item
-- subjects and basis with consent records, plan of action, release matrix, family
-- notification, retention date and finalization. Undecided release cells have no row
-- (privacy by default, R9).

ALTER TABLE meetings ADD COLUMN criteria TEXT;
ALTER TABLE meetings ADD COLUMN family_present INTEGER NOT NULL DEFAULT 0
    CHECK (family_present IN (0, 1));
ALTER TABLE meetings ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0
    CHECK (anonymous IN (0, 1));
ALTER TABLE meetings ADD COLUMN retention_until TEXT;
ALTER TABLE meetings ADD COLUMN finalized_at TEXT;

ALTER TABLE participants ADD COLUMN organisation_type TEXT NOT NULL DEFAULT 'overig';
ALTER TABLE participants ADD COLUMN secrecy INTEGER NOT NULL DEFAULT 0
    CHECK (secrecy IN (0, 1));
ALTER TABLE participants ADD COLUMN pledged_at TEXT;

CREATE TABLE subjects (
    id         TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    relation   TEXT NOT NULL
        CHECK (relation IN ('youth', 'parent', 'carer', 'guardian', 'other')),
    name       TEXT,
    birth_date TEXT,
    present    INTEGER NOT NULL DEFAULT 0 CHECK (present IN (0, 1))
) STRICT;
CREATE INDEX subjects_by_meeting ON subjects (meeting_id);

CREATE TABLE item_subjects (
    item_id    TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, subject_id)
) STRICT;

-- R7: one basis per item.
CREATE TABLE item_basis (
    item_id          TEXT PRIMARY KEY NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('consent', 'legal', 'conflict_of_duties')),
    legal_basis      TEXT,
    legitimate_purpose INTEGER CHECK (legitimate_purpose IN (0, 1)),
    only_way           INTEGER CHECK (only_way IN (0, 1)),
    consent_asked_or_impossible INTEGER CHECK (consent_asked_or_impossible IN (0, 1)),
    child_interest_outweighs    INTEGER CHECK (child_interest_outweighs IN (0, 1)),
    motivation       TEXT,
    CHECK (kind <> 'legal' OR legal_basis IS NOT NULL),
    CHECK (kind <> 'conflict_of_duties' OR motivation IS NOT NULL)
) STRICT;

-- R8: subjects aged 12-15 judged unable to judge their interests, per item.
CREATE TABLE item_not_competent (
    item_id    TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, subject_id)
) STRICT;

-- R7a/R8/R10: who consented, for whom, how and when; withdrawal keeps the record.
CREATE TABLE consents (
    id             TEXT PRIMARY KEY NOT NULL,
    item_id        TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    subject_id     TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    given_by       TEXT NOT NULL CHECK (given_by IN ('subject', 'parent', 'other_authority')),
    given_by_subject TEXT REFERENCES subjects (id) ON DELETE CASCADE,
    given_by_name  TEXT,
    method         TEXT NOT NULL CHECK (method IN ('verbal', 'written', 'digital')),
    at             TEXT NOT NULL,
    withdrawn_at   TEXT
) STRICT;
CREATE INDEX consents_by_item ON consents (item_id);

-- R11: the plan of action.
CREATE TABLE actions (
    id         TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    who        TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    what       TEXT NOT NULL,
    due        TEXT NOT NULL
) STRICT;
CREATE INDEX actions_by_meeting ON actions (meeting_id);

CREATE TABLE action_items (
    action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    item_id   TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, item_id)
) STRICT;

-- R9: decided cells of the release matrix.
CREATE TABLE releases (
    item_id      TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    recipient_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    decision     TEXT NOT NULL CHECK (decision IN ('stays', 'released')),
    action_id    TEXT REFERENCES actions (id) ON DELETE CASCADE,
    decided_by   TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    motivation   TEXT,
    PRIMARY KEY (item_id, recipient_id),
    CHECK (decision <> 'released' OR action_id IS NOT NULL)
) STRICT;
CREATE INDEX releases_by_recipient ON releases (recipient_id);

-- R10: items whose consent was withdrawn: never releasable or printable again.
CREATE TABLE withdrawn_items (
    item_id TEXT PRIMARY KEY NOT NULL REFERENCES items (id) ON DELETE CASCADE
) STRICT;

-- R12: who informs the family, how and when.
CREATE TABLE notifications (
    id          TEXT PRIMARY KEY NOT NULL,
    meeting_id  TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    whole_family INTEGER NOT NULL CHECK (whole_family IN (0, 1)),
    informer    TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    method      TEXT NOT NULL CHECK (method IN ('conversation', 'letter', 'folder')),
    timing      TEXT NOT NULL CHECK (timing IN ('beforehand', 'afterwards', 'postponed')),
    ground      TEXT CHECK (ground IN ('safety', 'criminal_investigation')),
    motivation  TEXT,
    review_date TEXT,
    CHECK (timing = 'beforehand' OR motivation IS NOT NULL),
    CHECK (timing <> 'postponed' OR (ground IS NOT NULL AND review_date IS NOT NULL))
) STRICT;
CREATE INDEX notifications_by_meeting ON notifications (meeting_id);

CREATE TABLE notification_subjects (
    notification_id TEXT NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    subject_id      TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    PRIMARY KEY (notification_id, subject_id)
) STRICT;
