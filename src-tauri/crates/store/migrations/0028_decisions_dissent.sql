-- 0028: R11 and seed 002: decisions with their reasons ("Als we een besluit nemen, leggen we
-- uit waarom"), the items of the meeting they rest on, and dissent ("Bij verschil van
-- inzicht ... gaan we hierover met elkaar in gesprek"). Actions may hang under a decision.
-- Everything cascades from the meeting, so R15 destruction removes it with the meeting.

CREATE TABLE decisions (
    id         TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    what       TEXT NOT NULL,
    why        TEXT NOT NULL
) STRICT;
CREATE INDEX decisions_by_meeting ON decisions (meeting_id);

CREATE TABLE decision_items (
    decision_id TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    item_id     TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    PRIMARY KEY (decision_id, item_id)
) STRICT;
CREATE INDEX decision_items_by_item ON decision_items (item_id);

-- Seed 002/000: one dissent per participant per decision, with why.
CREATE TABLE dissents (
    id             TEXT PRIMARY KEY NOT NULL,
    meeting_id     TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    decision_id    TEXT NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    why            TEXT NOT NULL,
    UNIQUE (decision_id, participant_id)
) STRICT;
CREATE INDEX dissents_by_meeting ON dissents (meeting_id);
CREATE INDEX dissents_by_participant ON dissents (participant_id);

-- The decision an action hangs under. The domain refuses to remove a decision with actions
-- under it; SET NULL only keeps a cascade (meeting destruction) from tripping over it.
ALTER TABLE actions ADD COLUMN decision_id TEXT REFERENCES decisions (id) ON DELETE SET NULL;
CREATE INDEX actions_by_decision ON actions (decision_id);

-- R19: the kept counts (migration 0025) count decisions with and without dissent. Meetings
-- finalized before this migration had no decisions: 0 is their true count. A meeting has
-- kept counts of both kinds or none (else it would be counted twice), so every trigger
-- forgets both, as in 0025.
ALTER TABLE meeting_counts ADD COLUMN decisions_with_dissent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meeting_counts ADD COLUMN decisions_without_dissent INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER counts_forget_decision_insert AFTER INSERT ON decisions BEGIN
    DELETE FROM meeting_counts WHERE meeting_id = NEW.meeting_id;
    DELETE FROM meeting_breach_counts WHERE meeting_id = NEW.meeting_id;
END;
CREATE TRIGGER counts_forget_decision_delete AFTER DELETE ON decisions BEGIN
    DELETE FROM meeting_counts WHERE meeting_id = OLD.meeting_id;
    DELETE FROM meeting_breach_counts WHERE meeting_id = OLD.meeting_id;
END;
CREATE TRIGGER counts_forget_decision_update AFTER UPDATE OF meeting_id ON decisions BEGIN
    DELETE FROM meeting_counts WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
    DELETE FROM meeting_breach_counts WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
END;
CREATE TRIGGER counts_forget_dissent_insert AFTER INSERT ON dissents BEGIN
    DELETE FROM meeting_counts WHERE meeting_id = NEW.meeting_id;
    DELETE FROM meeting_breach_counts WHERE meeting_id = NEW.meeting_id;
END;
CREATE TRIGGER counts_forget_dissent_delete AFTER DELETE ON dissents BEGIN
    DELETE FROM meeting_counts WHERE meeting_id = OLD.meeting_id;
    DELETE FROM meeting_breach_counts WHERE meeting_id = OLD.meeting_id;
END;
CREATE TRIGGER counts_forget_dissent_update AFTER UPDATE OF decision_id, meeting_id
    ON dissents BEGIN
    DELETE FROM meeting_counts WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
    DELETE FROM meeting_breach_counts WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
END;
