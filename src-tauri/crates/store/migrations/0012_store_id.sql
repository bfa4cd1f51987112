-- 0012: the store's own id, made once when the store is created (or when an older store
-- is first opened by this version). A backup carries it, so the admin tool (`casus restore`)
-- can tell an older backup of this store from a backup of another store. Random, not
-- derived from anything personal.

CREATE TABLE store_meta (
    id       INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    store_id TEXT NOT NULL
) STRICT;
INSERT INTO store_meta (id, store_id) VALUES (1, lower(hex(randomblob(16))));
