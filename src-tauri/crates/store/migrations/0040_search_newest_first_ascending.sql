-- 0040: search reads its index forwards (issue 19 point 1). The document's rowid ordered
-- the meetings newest first as the HIGHEST rowid (0024: day-of-meeting * 2^32 + a sequence
-- number within the day), so a search ran `ORDER BY rowid DESC LIMIT 100`. FTS5 reads a
-- word's list of documents backwards much more slowly than forwards (it must find the end
-- of the list in every segment first): on 30,000 meetings a common word took 7.4 ms
-- backwards against 0.33 ms forwards for the same 100 meetings, a prefix word 281 ms
-- against 20 ms (`benches/search.rs`).
--
-- Now the rowid is 2^62 minus that key: the same order reversed, so the newest meeting has
-- the LOWEST rowid and the search reads `ORDER BY rowid ASC LIMIT 100`. The keys stay
-- positive (2^62 is far above any day * 2^32). The triggers that give a meeting its rowid
-- count down within the day instead of up; the others keep working by `search_docs`.
-- FTS5 rowids cannot be changed in place, so the index is made again from the same texts
-- as 0037 (same columns, tokenizer and prefix indexes). Nothing new becomes findable;
-- secure-delete as before.
DROP TRIGGER search_doc_meeting_insert;
DROP TRIGGER search_doc_meeting_update;
DROP TABLE meeting_search_docs;

UPDATE search_docs SET id = 4611686018427387904 - id;

CREATE VIRTUAL TABLE meeting_search_docs USING fts5(
    case_label,
    participants,
    items,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2'
);
INSERT INTO meeting_search_docs (meeting_search_docs, rank) VALUES ('secure-delete', 1);

INSERT INTO meeting_search_docs (rowid, case_label, participants, items)
    SELECT d.id, m.case_label,
           COALESCE((SELECT group_concat(p.name, char(10)) FROM participants p
                     WHERE p.meeting_id = m.id), ''),
           COALESCE((SELECT group_concat(i.text, char(10)) FROM items i
                     WHERE i.meeting_id = m.id), '')
    FROM search_docs d JOIN meetings m ON m.id = d.meeting_id
    ORDER BY d.id;

-- A new meeting: one below the lowest rowid of its day (the newest of that day), or the
-- day's first rowid.
CREATE TRIGGER search_doc_meeting_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_docs (id, meeting_id) VALUES (
        (SELECT COALESCE(MIN(id),
                         4611686018427387904
                             - CAST(julianday(NEW.meeting_date) AS INTEGER) * 4294967296) - 1
         FROM search_docs
         WHERE id <= 4611686018427387904
                      - CAST(julianday(NEW.meeting_date) AS INTEGER) * 4294967296
           AND id > 4611686018427387904
                      - (CAST(julianday(NEW.meeting_date) AS INTEGER) + 1) * 4294967296),
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
        (SELECT COALESCE(MIN(id),
                         4611686018427387904
                             - CAST(julianday(NEW.meeting_date) AS INTEGER) * 4294967296) - 1
         FROM search_docs
         WHERE id <= 4611686018427387904
                      - CAST(julianday(NEW.meeting_date) AS INTEGER) * 4294967296
           AND id > 4611686018427387904
                      - (CAST(julianday(NEW.meeting_date) AS INTEGER) + 1) * 4294967296),
        NEW.id);
    INSERT INTO meeting_search_docs (rowid, case_label, participants, items) VALUES (
        (SELECT id FROM search_docs WHERE meeting_id = NEW.id), NEW.case_label,
        COALESCE((SELECT group_concat(name, char(10)) FROM participants
                  WHERE meeting_id = NEW.id), ''),
        COALESCE((SELECT group_concat(text, char(10)) FROM items
                  WHERE meeting_id = NEW.id), ''));
END;
