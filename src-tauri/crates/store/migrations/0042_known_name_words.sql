-- 0042: the names the store knows, by word, for R4's check of an anonymous meeting (issue
-- 19). Before, every item, action, decision or voice added to an anonymous meeting read
-- every name of the store (family members of all meetings, holders of gezag named in a
-- consent, the names in rights requests) and compared the text with all of them: 1.7 ms on
-- 100 meetings, 164 ms on 30,000. Now the store looks up only the words of the text being
-- checked; the domain decides with the words found (`domain::KnownNames`), the same answer.
--
-- One row per identifying word of a name (`domain::identifying_words`: split at what is
-- not a letter, lower case, at least three letters, no tussenvoegsel), written by the store
-- where a name is written (`anonymous::index_name`) and for the names already stored by
-- `migrate` after this file (lower case in Rust, not SQL's ASCII-only `lower()`). Each row
-- hangs off the row that holds the name, so an erasure, R15 destruction, a removed item or
-- a deleted rights request removes its words with it (the cascade).
CREATE TABLE known_name_words (
    word       TEXT NOT NULL,
    subject_id TEXT REFERENCES subjects (id) ON DELETE CASCADE,
    consent_id TEXT REFERENCES consents (id) ON DELETE CASCADE,
    request_id TEXT REFERENCES rights_requests (id) ON DELETE CASCADE,
    CHECK ((subject_id IS NOT NULL) + (consent_id IS NOT NULL) + (request_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX known_name_words_by_word ON known_name_words (word);
-- The cascades look the owner up; without these each deleted family member, consent or
-- request would scan the whole table.
CREATE INDEX known_name_words_by_subject ON known_name_words (subject_id)
    WHERE subject_id IS NOT NULL;
CREATE INDEX known_name_words_by_consent ON known_name_words (consent_id)
    WHERE consent_id IS NOT NULL;
CREATE INDEX known_name_words_by_request ON known_name_words (request_id)
    WHERE request_id IS NOT NULL;
