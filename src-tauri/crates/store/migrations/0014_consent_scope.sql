-- 0014: what a consent covers (seed 004 art. 6.4b: data go out only "voor zover" explicit
-- consent was given), and holders of gezag recorded by relation only (R4, anonymous
-- meetings; seed 004 art. 3.3).
--
-- scope_purpose NULL means the consent was recorded before the app asked for a scope: it
-- still counts for bringing the item in (R7a), but it covers no release until the family's
-- consent is recorded again with recipients and purpose. No existing row is given a scope
-- the family never stated.
ALTER TABLE consents ADD COLUMN scope_purpose TEXT;

-- R4: a holder of gezag who is not a subject of the meeting, by relation instead of name.
ALTER TABLE consents ADD COLUMN given_by_relation TEXT
    CHECK (given_by_relation IS NULL OR given_by_relation IN ('parent', 'carer', 'guardian'));

-- Seed 004 art. 6.4b: the participants of the meeting a consent lets the item go to.
CREATE TABLE consent_recipients (
    consent_id     TEXT NOT NULL REFERENCES consents (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    PRIMARY KEY (consent_id, participant_id)
) STRICT;
CREATE INDEX consent_recipients_by_participant ON consent_recipients (participant_id);
