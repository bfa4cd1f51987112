-- 0027: R1/R5/R9 (seed 002 II.5, "Of is alleen iemands deskundigheid nodig?"): a
-- participant may take part with expertise only: they bring no items in and receive none.
-- The domain decides what follows from it; the store keeps the flag. Participants of older
-- stores take part as before (0 = not expertise only). It is a column of `participants`,
-- so R15 destruction removes it with the participant (meeting cascade); it feeds no kept
-- report count (migration 0025).
ALTER TABLE participants ADD COLUMN expertise_only INTEGER NOT NULL DEFAULT 0
    CHECK (expertise_only IN (0, 1));
