-- 0039: the rights register reads one person's history by their identity (R17; issue 19:
-- cost grows with the person, not with the store). A person across meetings is their
-- normalised name plus birth date, or one row without a birth date
-- (`domain::SubjectIdentity::key`). That key is computed in Rust (Unicode lower case), so
-- SQL could not look it up: the register read every row of a birth date (or every named row
-- of the store, for a request) and compared keys in Rust.
--
-- Now each named family member's row keeps its key, written by the store with the name's
-- words whenever a family member is added (`rights::index_subject`), and cleared with the
-- name when it is erased. The rows of existing stores get it from `migrate` after this file.
-- It is a copy of what the row already holds (name and birth date), in the same encrypted
-- row, so R15 destruction, an erasure and the meeting's cascade remove it with them.
ALTER TABLE subjects ADD COLUMN identity_key TEXT;
CREATE INDEX subjects_by_identity ON subjects (identity_key) WHERE identity_key IS NOT NULL;
