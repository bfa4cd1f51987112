-- 0034: R14c for decisions (seed 002: "Als we een besluit nemen, leggen we uit waarom"): the
-- chair marks what the family letter shows of a decision, as for an action (migration 0015):
-- unchecked (a neutral sentence), checked (what and why as written), or not for the family
-- with the chair's motivation (in no letter). Existing decisions start unchecked.

ALTER TABLE decisions ADD COLUMN for_family TEXT NOT NULL DEFAULT 'unchecked'
    CHECK (for_family IN ('unchecked', 'checked', 'not_for_family'));
ALTER TABLE decisions ADD COLUMN not_for_family_motivation TEXT;
