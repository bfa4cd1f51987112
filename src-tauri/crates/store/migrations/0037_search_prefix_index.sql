-- 0037: prefix indexes for search (issue 19 point 1). Every query word is a prefix
-- (`"s"*`); without a prefix index FTS5 merges the lists of every indexed word starting
-- with it over the whole store before it can return the first meeting (a one-letter
-- prefix: ≈ 130 ms on 10,000 meetings). With `prefix = '1 2'` the lists of every one- and
-- two-letter prefix are kept in the index itself. FTS5 options cannot be altered, so the
-- index is made again from the same texts as 0024 (same columns, same tokenizer, same
-- document rowids in `search_docs`; the triggers of 0024 keep writing to it by name).
-- Nothing new becomes findable. secure-delete as in 0024; the old index's pages are
-- overwritten as they are freed (PRAGMA secure_delete is on for every connection).
DROP TABLE meeting_search_docs;

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
    FROM search_docs d JOIN meetings m ON m.id = d.meeting_id;
