-- 0018: the breach register (R20, seed 004 art. 8). One row per data breach: when it was
-- discovered (the 24-hour term for telling the partners runs from then, art. 8.6), a short
-- description, which meetings it concerns (`scope_meeting` NULL: every meeting in the
-- store, e.g. a lost laptop) and when the partners were told.
--
-- `scope_meeting` is deliberately not called `meeting_id` and has no foreign key: a
-- meeting destroyed under R15 takes every table with a `meeting_id` column with it, and
-- the breach record must outlive it (the chair's accountability). The record itself is
-- destroyed `destroy_after` (domain `BreachRecord::destroy_after`, 5 years).
CREATE TABLE breaches (
    id                   TEXT PRIMARY KEY NOT NULL,
    discovered_at        TEXT NOT NULL,
    description          TEXT NOT NULL,
    scope_meeting        TEXT,
    partners_informed_at TEXT,
    destroy_after        TEXT NOT NULL,
    created_at           TEXT NOT NULL
) STRICT;
CREATE INDEX breaches_by_discovery ON breaches (discovered_at);
CREATE INDEX breaches_by_destroy_after ON breaches (destroy_after);
