-- 0041: a new item or participant no longer rewrites its meeting's search document
-- (issue 19 goals 2 and 4). Since 0024 every row added to a meeting rewrote the meeting's
-- whole FTS5 document: FTS5 cannot append to a document, so the old text was taken out of
-- the index (secure-delete) and all of it put back, tokenized again with its prefix
-- indexes. The 50th item of a meeting tokenized 50 items' texts twice: the cost of adding
-- grew with the meeting.
--
-- Now an insert only marks the document stale (`search_docs.stale`, no text). The search
-- brings every stale document up to date in its own transaction before it reads the index
-- (`Store::search_meetings`), so what a search finds is what the store holds, as before.
-- A changed or removed text (a correction, a participant removed) still rewrites the
-- document in the same transaction as the change: an old text never waits in the index.
-- The rewrite takes every current row, so it also brings in what a mark was waiting for;
-- the mark is simply cleared at the next search. Destroying a meeting removes its row in
-- `search_docs` and so its mark (0024, 0038).
ALTER TABLE search_docs ADD COLUMN stale INTEGER NOT NULL DEFAULT 0 CHECK (stale IN (0, 1));
CREATE INDEX search_docs_stale ON search_docs (meeting_id) WHERE stale = 1;

DROP TRIGGER search_doc_participant_insert;
DROP TRIGGER search_doc_item_insert;
CREATE TRIGGER search_doc_participant_insert AFTER INSERT ON participants BEGIN
    UPDATE search_docs SET stale = 1 WHERE meeting_id = NEW.meeting_id AND stale = 0;
END;
CREATE TRIGGER search_doc_item_insert AFTER INSERT ON items BEGIN
    UPDATE search_docs SET stale = 1 WHERE meeting_id = NEW.meeting_id AND stale = 0;
END;
