-- 0009: search across meetings (issue 8) with FTS5 inside the encrypted store. One row per
-- searchable text: a meeting's case label, a participant's name, an item's text. Triggers
-- keep the index in step with every write, in the same transaction. `meeting_id` is a
-- column, so retention destruction (R15) deletes a meeting's rows with the rest of its
-- tables; `secure-delete` makes FTS5 remove the tokens from its index pages, not only mark
-- them deleted, so nothing of a destroyed meeting stays readable in the file.
CREATE VIRTUAL TABLE meeting_search USING fts5(
    meeting_id UNINDEXED,
    source UNINDEXED,
    ref UNINDEXED,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO meeting_search (meeting_search, rank) VALUES ('secure-delete', 1);

INSERT INTO meeting_search (meeting_id, source, ref, body)
    SELECT id, 'case', id, case_label FROM meetings;
INSERT INTO meeting_search (meeting_id, source, ref, body)
    SELECT meeting_id, 'participant', id, name FROM participants;
INSERT INTO meeting_search (meeting_id, source, ref, body)
    SELECT meeting_id, 'item', id, text FROM items;

CREATE TRIGGER meeting_search_meeting_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO meeting_search (meeting_id, source, ref, body)
        VALUES (NEW.id, 'case', NEW.id, NEW.case_label);
END;
CREATE TRIGGER meeting_search_meeting_update AFTER UPDATE OF case_label ON meetings BEGIN
    DELETE FROM meeting_search WHERE ref = OLD.id AND source = 'case';
    INSERT INTO meeting_search (meeting_id, source, ref, body)
        VALUES (NEW.id, 'case', NEW.id, NEW.case_label);
END;
CREATE TRIGGER meeting_search_meeting_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM meeting_search WHERE meeting_id = OLD.id;
END;

CREATE TRIGGER meeting_search_participant_insert AFTER INSERT ON participants BEGIN
    INSERT INTO meeting_search (meeting_id, source, ref, body)
        VALUES (NEW.meeting_id, 'participant', NEW.id, NEW.name);
END;
CREATE TRIGGER meeting_search_participant_update AFTER UPDATE OF name ON participants BEGIN
    DELETE FROM meeting_search WHERE ref = OLD.id AND source = 'participant';
    INSERT INTO meeting_search (meeting_id, source, ref, body)
        VALUES (NEW.meeting_id, 'participant', NEW.id, NEW.name);
END;
CREATE TRIGGER meeting_search_participant_delete AFTER DELETE ON participants BEGIN
    DELETE FROM meeting_search WHERE ref = OLD.id AND source = 'participant';
END;

CREATE TRIGGER meeting_search_item_insert AFTER INSERT ON items BEGIN
    INSERT INTO meeting_search (meeting_id, source, ref, body)
        VALUES (NEW.meeting_id, 'item', NEW.id, NEW.text);
END;
CREATE TRIGGER meeting_search_item_update AFTER UPDATE OF text ON items BEGIN
    DELETE FROM meeting_search WHERE ref = OLD.id AND source = 'item';
    INSERT INTO meeting_search (meeting_id, source, ref, body)
        VALUES (NEW.meeting_id, 'item', NEW.id, NEW.text);
END;
CREATE TRIGGER meeting_search_item_delete AFTER DELETE ON items BEGIN
    DELETE FROM meeting_search WHERE ref = OLD.id AND source = 'item';
END;

-- Attendance (issue 8): present, afgemeld (apologies; `info_sent`: sent their information
-- beforehand) or observer (toehoorder). Existing participants were present.
ALTER TABLE participants ADD COLUMN attendance TEXT NOT NULL DEFAULT 'present'
    CHECK (attendance IN ('present', 'apologies', 'observer'));
ALTER TABLE participants ADD COLUMN info_sent INTEGER NOT NULL DEFAULT 0
    CHECK (info_sent IN (0, 1));
