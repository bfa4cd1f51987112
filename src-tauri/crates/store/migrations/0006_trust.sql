-- 0006: trust features. The chair's settings (R15 default retention, R21 idle time), the
-- history of retention extensions (R15: +6 months with a reason; destroyed together with
-- the meeting), and an index so finding expired meetings at unlock does not scan them all.

CREATE TABLE settings (
    id               INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    idle_seconds     INTEGER NOT NULL CHECK (idle_seconds BETWEEN 60 AND 3600),
    retention_months INTEGER NOT NULL CHECK (retention_months BETWEEN 1 AND 24)
) STRICT;
INSERT INTO settings (id, idle_seconds, retention_months) VALUES (1, 300, 6);

CREATE TABLE retention_extensions (
    id         INTEGER PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    from_date  TEXT NOT NULL,
    until_date TEXT NOT NULL,
    reason     TEXT NOT NULL
) STRICT;
CREATE INDEX retention_extensions_by_meeting ON retention_extensions (meeting_id);

-- R15: every meeting has a destroy-after date (meetings made before 0003 may lack one).
UPDATE meetings SET retention_until = date(meeting_date, '+6 months')
    WHERE retention_until IS NULL;
CREATE INDEX meetings_by_retention ON meetings (retention_until);
