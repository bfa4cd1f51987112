-- 0038: issue 19 point 2, R15 destruction out of the unlock's path. At unlock the expired
-- meetings' own rows (`meetings`), search documents and kept report counts go in one short
-- transaction, and their ids are kept here; the rest of their rows (items, releases, ...)
-- is destroyed in chunks after the unlock (`Store::destroy_pending_chunk`), and an id
-- leaves this table in the same transaction as the meeting's last rows. No foreign key: the
-- meeting's row is already gone. Every read starts from `meetings` (or filters on it), so
-- nothing of a meeting listed here can be shown. Holds ids only.
CREATE TABLE destroying (
    meeting_id TEXT PRIMARY KEY NOT NULL
) STRICT, WITHOUT ROWID;
