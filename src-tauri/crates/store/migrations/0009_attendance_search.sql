-- 0009: search across meetings (issue 8) with FTS5 inside the encrypted store. One row per
-- searchable text: a meeting's case label, a participant's name, an item's text. Triggers
-- keep the index in step with every write, in the same transaction.
--
-- `search_refs` maps each FTS row (its rowid) to what it indexes, with ordinary indexes, so
-- an update or delete finds its FTS row by rowid instead of scanning the whole index (an
-- UNINDEXED FTS column cannot be looked up: on a 500,000-item store every item edit took
-- seconds). It holds ids only, no personal data. Retention destruction (R15) deletes a
-- meeting's rows through the meeting's delete trigger; `secure-delete` makes FTS5 remove the
-- tokens from its index pages, not only mark them deleted, so nothing of a destroyed meeting
-- stays readable in the file.
CREATE TABLE search_refs (
    id         INTEGER PRIMARY KEY,
    meeting_id TEXT NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('case', 'participant', 'item')),
    ref        TEXT NOT NULL,
    UNIQUE (source, ref)
) STRICT;
CREATE INDEX search_refs_by_meeting ON search_refs (meeting_id);

CREATE VIRTUAL TABLE meeting_search USING fts5(
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO meeting_search (meeting_search, rank) VALUES ('secure-delete', 1);

INSERT INTO search_refs (meeting_id, source, ref) SELECT id, 'case', id FROM meetings;
INSERT INTO search_refs (meeting_id, source, ref)
    SELECT meeting_id, 'participant', id FROM participants;
INSERT INTO search_refs (meeting_id, source, ref) SELECT meeting_id, 'item', id FROM items;
INSERT INTO meeting_search (rowid, body)
    SELECT r.id, m.case_label FROM search_refs r JOIN meetings m ON r.source = 'case' AND m.id = r.ref;
INSERT INTO meeting_search (rowid, body)
    SELECT r.id, p.name FROM search_refs r
    JOIN participants p ON r.source = 'participant' AND p.id = r.ref;
INSERT INTO meeting_search (rowid, body)
    SELECT r.id, i.text FROM search_refs r JOIN items i ON r.source = 'item' AND i.id = r.ref;

CREATE TRIGGER meeting_search_meeting_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_refs (meeting_id, source, ref) VALUES (NEW.id, 'case', NEW.id);
    INSERT INTO meeting_search (rowid, body) VALUES (
        (SELECT id FROM search_refs WHERE source = 'case' AND ref = NEW.id), NEW.case_label);
END;
CREATE TRIGGER meeting_search_meeting_update AFTER UPDATE OF case_label ON meetings BEGIN
    DELETE FROM meeting_search
        WHERE rowid = (SELECT id FROM search_refs WHERE source = 'case' AND ref = OLD.id);
    INSERT INTO meeting_search (rowid, body) VALUES (
        (SELECT id FROM search_refs WHERE source = 'case' AND ref = NEW.id), NEW.case_label);
END;
CREATE TRIGGER meeting_search_meeting_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM meeting_search
        WHERE rowid IN (SELECT id FROM search_refs WHERE meeting_id = OLD.id);
    DELETE FROM search_refs WHERE meeting_id = OLD.id;
END;

CREATE TRIGGER meeting_search_participant_insert AFTER INSERT ON participants BEGIN
    INSERT INTO search_refs (meeting_id, source, ref)
        VALUES (NEW.meeting_id, 'participant', NEW.id);
    INSERT INTO meeting_search (rowid, body) VALUES (
        (SELECT id FROM search_refs WHERE source = 'participant' AND ref = NEW.id), NEW.name);
END;
CREATE TRIGGER meeting_search_participant_update AFTER UPDATE OF name ON participants BEGIN
    DELETE FROM meeting_search
        WHERE rowid = (SELECT id FROM search_refs WHERE source = 'participant' AND ref = OLD.id);
    INSERT INTO meeting_search (rowid, body) VALUES (
        (SELECT id FROM search_refs WHERE source = 'participant' AND ref = NEW.id), NEW.name);
END;
CREATE TRIGGER meeting_search_participant_delete AFTER DELETE ON participants BEGIN
    DELETE FROM meeting_search
        WHERE rowid = (SELECT id FROM search_refs WHERE source = 'participant' AND ref = OLD.id);
    DELETE FROM search_refs WHERE source = 'participant' AND ref = OLD.id;
END;

CREATE TRIGGER meeting_search_item_insert AFTER INSERT ON items BEGIN
    INSERT INTO search_refs (meeting_id, source, ref) VALUES (NEW.meeting_id, 'item', NEW.id);
    INSERT INTO meeting_search (rowid, body) VALUES (
        (SELECT id FROM search_refs WHERE source = 'item' AND ref = NEW.id), NEW.text);
END;
CREATE TRIGGER meeting_search_item_update AFTER UPDATE OF text ON items BEGIN
    DELETE FROM meeting_search
        WHERE rowid = (SELECT id FROM search_refs WHERE source = 'item' AND ref = OLD.id);
    INSERT INTO meeting_search (rowid, body) VALUES (
        (SELECT id FROM search_refs WHERE source = 'item' AND ref = NEW.id), NEW.text);
END;
CREATE TRIGGER meeting_search_item_delete AFTER DELETE ON items BEGIN
    DELETE FROM meeting_search
        WHERE rowid = (SELECT id FROM search_refs WHERE source = 'item' AND ref = OLD.id);
    DELETE FROM search_refs WHERE source = 'item' AND ref = OLD.id;
END;

-- Attendance (issue 8): present, afgemeld (apologies; `info_sent`: sent their information
-- beforehand) or observer (toehoorder). Existing participants were present.
ALTER TABLE participants ADD COLUMN attendance TEXT NOT NULL DEFAULT 'present'
    CHECK (attendance IN ('present', 'apologies', 'observer'));
ALTER TABLE participants ADD COLUMN info_sent INTEGER NOT NULL DEFAULT 0
    CHECK (info_sent IN (0, 1));
