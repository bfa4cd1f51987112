-- 0004: the meeting list shows the newest meetings first without sorting every meeting.
CREATE INDEX meetings_by_date ON meetings (meeting_date DESC, created_at DESC);
