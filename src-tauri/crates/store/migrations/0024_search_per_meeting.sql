-- 0024: search ranked and grouped in SQL (docs/engineering.md §6). One FTS5 document
-- per meeting, with three columns: the case label, the participant names and the item texts
-- (the same texts as migration 0009 indexed; never a secret address, never anything else).
-- The row-level index of 0009 (one FTS row per text, grouped in Rust) is dropped: a common
-- word matched ~50,000 rows on a 10,000-meeting store and every hit was materialised.
--
-- The document's rowid orders the meetings newest first, so `ORDER BY rowid DESC LIMIT 100`
-- stops after the 100th match instead of scoring every match: the rowid is
-- day-of-meeting * 2^32 + a sequence number within that day, in creation order (today's
-- order: meeting date, then creation). `search_docs` maps the rowid to the meeting (ids
-- only, no personal data); a changed meeting date gets a new rowid.
--
-- Kept by triggers in the same transaction as every write. R15: deleting a meeting deletes
-- its document BEFORE the cascade removes its items (else every cascaded item would rewrite
-- the document); retention destruction deletes it explicitly first. `secure-delete` makes
-- FTS5 remove the tokens from its index pages, not only mark them deleted.
DROP TRIGGER meeting_search_meeting_insert;
DROP TRIGGER meeting_search_meeting_update;
DROP TRIGGER meeting_search_meeting_delete;
DROP TRIGGER meeting_search_participant_insert;
DROP TRIGGER meeting_search_participant_update;
DROP TRIGGER meeting_search_participant_delete;
DROP TRIGGER meeting_search_item_insert;
DROP TRIGGER meeting_search_item_update;
DROP TRIGGER meeting_search_item_delete;
DROP TABLE meeting_search;
DROP TABLE search_refs;

CREATE TABLE search_docs (
    id         INTEGER PRIMARY KEY,
    meeting_id TEXT NOT NULL UNIQUE
) STRICT;

CREATE VIRTUAL TABLE meeting_search_docs USING fts5(
    case_label,
    participants,
    items,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO meeting_search_docs (meeting_search_docs, rank) VALUES ('secure-delete', 1);

INSERT INTO search_docs (id, meeting_id)
    SELECT CAST(julianday(meeting_date) AS INTEGER) * 4294967296
               + ROW_NUMBER() OVER (
                   PARTITION BY CAST(julianday(meeting_date) AS INTEGER)
                   ORDER BY created_at, id),
           id
    FROM meetings;
INSERT INTO meeting_search_docs (rowid, case_label, participants, items)
    SELECT d.id, m.case_label,
           COALESCE((SELECT group_concat(p.name, char(10)) FROM participants p
                     WHERE p.meeting_id = m.id), ''),
           COALESCE((SELECT group_concat(i.text, char(10)) FROM items i
                     WHERE i.meeting_id = m.id), '')
    FROM search_docs d JOIN meetings m ON m.id = d.meeting_id;

CREATE TRIGGER search_doc_meeting_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_docs (id, meeting_id) VALUES (
        (SELECT COALESCE(MAX(id), CAST(julianday(NEW.meeting_date) AS INTEGER) * 4294967296) + 1
         FROM search_docs
         WHERE id >= CAST(julianday(NEW.meeting_date) AS INTEGER) * 4294967296
           AND id < (CAST(julianday(NEW.meeting_date) AS INTEGER) + 1) * 4294967296),
        NEW.id);
    INSERT INTO meeting_search_docs (rowid, case_label, participants, items) VALUES (
        (SELECT id FROM search_docs WHERE meeting_id = NEW.id), NEW.case_label, '', '');
END;
CREATE TRIGGER search_doc_meeting_update AFTER UPDATE OF case_label, meeting_date ON meetings
BEGIN
    DELETE FROM meeting_search_docs
        WHERE rowid = (SELECT id FROM search_docs WHERE meeting_id = OLD.id);
    DELETE FROM search_docs WHERE meeting_id = OLD.id;
    INSERT INTO search_docs (id, meeting_id) VALUES (
        (SELECT COALESCE(MAX(id), CAST(julianday(NEW.meeting_date) AS INTEGER) * 4294967296) + 1
         FROM search_docs
         WHERE id >= CAST(julianday(NEW.meeting_date) AS INTEGER) * 4294967296
           AND id < (CAST(julianday(NEW.meeting_date) AS INTEGER) + 1) * 4294967296),
        NEW.id);
    INSERT INTO meeting_search_docs (rowid, case_label, participants, items) VALUES (
        (SELECT id FROM search_docs WHERE meeting_id = NEW.id), NEW.case_label,
        COALESCE((SELECT group_concat(name, char(10)) FROM participants
                  WHERE meeting_id = NEW.id), ''),
        COALESCE((SELECT group_concat(text, char(10)) FROM items
                  WHERE meeting_id = NEW.id), ''));
END;
CREATE TRIGGER search_doc_meeting_delete BEFORE DELETE ON meetings BEGIN
    DELETE FROM meeting_search_docs
        WHERE rowid = (SELECT id FROM search_docs WHERE meeting_id = OLD.id);
    DELETE FROM search_docs WHERE meeting_id = OLD.id;
END;

CREATE TRIGGER search_doc_participant_insert AFTER INSERT ON participants BEGIN
    UPDATE meeting_search_docs SET participants = COALESCE((
        SELECT group_concat(name, char(10)) FROM participants
        WHERE meeting_id = NEW.meeting_id), '')
    WHERE rowid = (SELECT id FROM search_docs WHERE meeting_id = NEW.meeting_id);
END;
CREATE TRIGGER search_doc_participant_update AFTER UPDATE OF name ON participants BEGIN
    UPDATE meeting_search_docs SET participants = COALESCE((
        SELECT group_concat(name, char(10)) FROM participants
        WHERE meeting_id = NEW.meeting_id), '')
    WHERE rowid = (SELECT id FROM search_docs WHERE meeting_id = NEW.meeting_id);
END;
CREATE TRIGGER search_doc_participant_delete AFTER DELETE ON participants BEGIN
    UPDATE meeting_search_docs SET participants = COALESCE((
        SELECT group_concat(name, char(10)) FROM participants
        WHERE meeting_id = OLD.meeting_id), '')
    WHERE rowid = (SELECT id FROM search_docs WHERE meeting_id = OLD.meeting_id);
END;

CREATE TRIGGER search_doc_item_insert AFTER INSERT ON items BEGIN
    UPDATE meeting_search_docs SET items = COALESCE((
        SELECT group_concat(text, char(10)) FROM items
        WHERE meeting_id = NEW.meeting_id), '')
    WHERE rowid = (SELECT id FROM search_docs WHERE meeting_id = NEW.meeting_id);
END;
CREATE TRIGGER search_doc_item_update AFTER UPDATE OF text ON items BEGIN
    UPDATE meeting_search_docs SET items = COALESCE((
        SELECT group_concat(text, char(10)) FROM items
        WHERE meeting_id = NEW.meeting_id), '')
    WHERE rowid = (SELECT id FROM search_docs WHERE meeting_id = NEW.meeting_id);
END;
CREATE TRIGGER search_doc_item_delete AFTER DELETE ON items BEGIN
    UPDATE meeting_search_docs SET items = COALESCE((
        SELECT group_concat(text, char(10)) FROM items
        WHERE meeting_id = OLD.meeting_id), '')
    WHERE rowid = (SELECT id FROM search_docs WHERE meeting_id = OLD.meeting_id);
END;
