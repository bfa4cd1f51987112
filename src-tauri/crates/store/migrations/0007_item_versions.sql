-- 0007: corrections after finalization (R16). `items.text` always holds the current
-- version, so everything that reads an item (the flow, the printed documents) shows the
-- corrected text. Each correction adds one row here: the version it created (the original
-- is version 1), the text it replaced (kept readable, never overwritten), the new text,
-- the reason, the family's reaction (zienswijze) and which subject asked. It carries a
-- meeting_id, so it is destroyed with the meeting (R15).
CREATE TABLE item_versions (
    id            TEXT PRIMARY KEY NOT NULL,
    meeting_id    TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    item_id       TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    version       INTEGER NOT NULL CHECK (version >= 2),
    previous_text TEXT NOT NULL,
    text          TEXT NOT NULL,
    reason        TEXT NOT NULL,
    reaction      TEXT,
    requested_by  TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    corrected_at  TEXT NOT NULL,
    UNIQUE (item_id, version)
) STRICT;
CREATE INDEX item_versions_by_meeting ON item_versions (meeting_id);
