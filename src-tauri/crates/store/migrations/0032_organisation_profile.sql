-- 0032: issue 17 point 9, the organisation profile. The chair's own organisation (one row:
-- name, address, privacy officer, complaint procedure; no logo yet) and, per partner in the
-- address book, where a family complains about it. A partner's legal bases are the R7b
-- custom bases of its type (0019). No personal data of families; the privacy officer's
-- business contact only. Existing stores: no profile, no routes.
CREATE TABLE organisation_profile (
    id                  INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    name                TEXT NOT NULL,
    address             TEXT,
    privacy_officer     TEXT,
    privacy_email       TEXT,
    privacy_phone       TEXT,
    complaint_procedure TEXT,
    updated_at          TEXT NOT NULL
) STRICT;

ALTER TABLE address_book ADD COLUMN complaint_route TEXT;
