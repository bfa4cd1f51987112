-- 0019: legal bases the chair adds per organisation type (R7b), beyond the fixed lists of
-- seed 004 art. 5.2 and seed 003 §2 that live in the domain. A law and its article, with an
-- optional short note; no personal data. An item resting on one keeps kind 'legal' with
-- legal_basis 'custom' and points at the row; the foreign key keeps a basis that items
-- rest on (the domain refuses that removal first, `check_custom_basis_removal`).
-- Existing stores: no custom bases, and every existing item basis keeps a NULL pointer.
CREATE TABLE custom_bases (
    id                TEXT PRIMARY KEY NOT NULL,
    organisation_type TEXT NOT NULL,
    law               TEXT NOT NULL,
    article           TEXT NOT NULL,
    note              TEXT,
    created_at        TEXT NOT NULL
) STRICT;
CREATE INDEX custom_bases_by_type ON custom_bases (organisation_type);

ALTER TABLE item_basis ADD COLUMN custom_basis_id TEXT REFERENCES custom_bases (id);
CREATE INDEX item_basis_by_custom_basis ON item_basis (custom_basis_id);
