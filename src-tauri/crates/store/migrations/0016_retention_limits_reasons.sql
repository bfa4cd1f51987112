-- 0016: the rules right to the letter for retention (R15), the rights register (R15/R17)
-- and the reason the family is not at the meeting (R3/R4).
--
-- R15: the maximum retention of a meeting, in months after the meeting (the default
-- 6-month term plus extensions of 6 months, seed 003 §4.2), and how long an answered
-- rights request (with a granted objection) is kept after its answer.
ALTER TABLE settings ADD COLUMN retention_ceiling_months INTEGER NOT NULL DEFAULT 24
    CHECK (retention_ceiling_months BETWEEN 6 AND 60);
ALTER TABLE settings ADD COLUMN rights_retention_months INTEGER NOT NULL DEFAULT 12
    CHECK (rights_retention_months BETWEEN 1 AND 60);

-- R3/R4: why the family is not at the meeting (seed 001 position 4: "moet altijd
-- gemotiveerd worden"). Old meetings have none: the checklist of a draft asks for it.
ALTER TABLE meetings ADD COLUMN family_absence_reason TEXT;

-- R15: a destroy-after date beyond the maximum was only reachable by typing any date
-- (never allowed by seed 003 §4.2). Such a date becomes the longest lawful one: 24 months
-- after the meeting, or the date an extension with a reason already reached.
UPDATE meetings
SET retention_until = max(
        date(meeting_date, '+24 months'),
        coalesce((SELECT max(e.until_date) FROM retention_extensions e
                  WHERE e.meeting_id = meetings.id), '')
    )
WHERE retention_until > date(meeting_date, '+24 months')
  AND retention_until > coalesce((SELECT max(e.until_date) FROM retention_extensions e
                                  WHERE e.meeting_id = meetings.id), '');
