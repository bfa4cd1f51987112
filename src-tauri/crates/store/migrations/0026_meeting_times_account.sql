-- Seed 002 Feitenonderzoek 4 ("We spreken af wat en hoe wordt opgenomen"): the time and the
-- record of the meeting. Start and end time are times of day on the meeting date (HH:MM,
-- NULL while not recorded); the account is the short, neutral account of the course of the
-- meeting (not the items) and account_agreed records that the table agreed it at the end.
-- On `meetings` itself, so R15 destruction removes them with the meeting. Existing meetings
-- get no times and no account.
ALTER TABLE meetings ADD COLUMN start_time TEXT
    CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE meetings ADD COLUMN end_time TEXT
    CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE meetings ADD COLUMN account TEXT
    CHECK (account IS NULL OR length(account) <= 2000);
ALTER TABLE meetings ADD COLUMN account_agreed INTEGER NOT NULL DEFAULT 0
    CHECK (account_agreed IN (0, 1));
