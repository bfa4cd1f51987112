-- 0008: rights requests of family members (R17, seed 004 art. 9) and granted objections.
--
-- A family member is recognised across meetings by `subject_key` (domain
-- `SubjectIdentity::key`: normalised name + birth date). The register keeps the name as the
-- chair knows it: it is the chair's proof that a request was answered in time (R17/R19),
-- so it is not removed with the family member's data when an erasure is granted.
CREATE TABLE rights_requests (
    id             TEXT PRIMARY KEY NOT NULL,
    subject_key    TEXT NOT NULL,
    subject_name   TEXT NOT NULL,
    subject_birth  TEXT,
    kind           TEXT NOT NULL
        CHECK (kind IN ('access', 'correction', 'erasure', 'objection', 'portability')),
    requester      TEXT NOT NULL
        CHECK (requester IN ('subject', 'parent', 'guardian', 'third_party')),
    requester_name TEXT NOT NULL,
    received_on    TEXT NOT NULL,
    deadline       TEXT NOT NULL,
    status         TEXT NOT NULL
        CHECK (status IN ('open', 'extended', 'granted', 'refused', 'done')),
    notice         TEXT,
    refusal_reason TEXT,
    answered_on    TEXT,
    created_at     TEXT NOT NULL,
    CHECK (status <> 'extended' OR notice IS NOT NULL),
    CHECK (status <> 'refused' OR refusal_reason IS NOT NULL),
    CHECK (status IN ('open', 'extended') OR answered_on IS NOT NULL)
) STRICT;
CREATE INDEX rights_requests_by_deadline ON rights_requests (deadline);

-- R17: granted objections, per person. Subject rows of that person (now and in meetings
-- added later) carry `objected = 1`: no new items about them, and they are left out of
-- the recipients' extracts.
CREATE TABLE objections (
    subject_key TEXT PRIMARY KEY NOT NULL,
    request_id  TEXT NOT NULL REFERENCES rights_requests (id),
    granted_at  TEXT NOT NULL
) STRICT;

ALTER TABLE subjects ADD COLUMN objected INTEGER NOT NULL DEFAULT 0
    CHECK (objected IN (0, 1));
