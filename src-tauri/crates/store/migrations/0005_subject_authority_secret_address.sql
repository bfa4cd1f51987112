-- 0005: per subject, whether they hold parental authority (gezag, R8) and their secret
-- address (geheim adres, R14/R21). The address is stored (the file is encrypted) but never
-- read back into a DTO, list, log, error or document: only "is one set" leaves the store.
--
-- Before 0005 every parent, carer and guardian counted as a holder of gezag; existing
-- meetings keep that reading so no recorded consent changes meaning.

ALTER TABLE subjects ADD COLUMN parental_authority INTEGER NOT NULL DEFAULT 0
    CHECK (parental_authority IN (0, 1));
UPDATE subjects SET parental_authority = 1 WHERE relation IN ('parent', 'carer', 'guardian');
-- R8, defence in depth: a youth or "other" family member holds no gezag.
CREATE TRIGGER subjects_authority_relation_insert BEFORE INSERT ON subjects
    WHEN NEW.parental_authority = 1 AND NEW.relation NOT IN ('parent', 'carer', 'guardian')
BEGIN
    SELECT RAISE(ABORT, 'parental authority needs a parent, carer or guardian');
END;
CREATE TRIGGER subjects_authority_relation_update BEFORE UPDATE OF parental_authority ON subjects
    WHEN NEW.parental_authority = 1 AND NEW.relation NOT IN ('parent', 'carer', 'guardian')
BEGIN
    SELECT RAISE(ABORT, 'parental authority needs a parent, carer or guardian');
END;

ALTER TABLE subjects ADD COLUMN secret_address TEXT;
