-- R12/R14c/R17: letters per addressee and what they may show.
-- Old rows get the safe defaults: no outcome recorded as done, no postponement lifted,
-- every action and the purpose unchecked (the letter shows neutral sentences), no
-- complaint route (the letter asks the family to ask their contact person).

-- R12 (seed 003 §3.6c): the day the outcome was actually told; NULL = only agreed.
ALTER TABLE notifications ADD COLUMN done_on TEXT;
-- R12/AVG art. 23 (seed 004 art. 7.6): the day a postponement was lifted.
ALTER TABLE notifications ADD COLUMN lifted_on TEXT;

-- R14c: what the family letter shows of an action.
ALTER TABLE actions ADD COLUMN for_family TEXT NOT NULL DEFAULT 'unchecked'
    CHECK (for_family IN ('unchecked', 'checked', 'not_for_family'));
ALTER TABLE actions ADD COLUMN not_for_family_motivation TEXT;

-- R14c: the chair checked that the purpose reads well for the family.
ALTER TABLE meetings ADD COLUMN purpose_for_family INTEGER NOT NULL DEFAULT 0
    CHECK (purpose_for_family IN (0, 1));

-- R14c/R17 (seed 004 art. 6): where complaints about this participant's organisation go.
ALTER TABLE participants ADD COLUMN complaint_route TEXT;
