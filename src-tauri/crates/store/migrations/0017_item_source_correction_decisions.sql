-- 0017: the source of an item (R6) and the contributor's decision on a correction (R16).
--
-- R6: every item records from whom the contributor has it: own observation, the family, a
-- third party, a document or register, with a short free text (who, which document).
-- Items brought in before this version get 'unknown' ("onbekend, van voor deze versie");
-- the domain never accepts 'unknown' for a new item.
ALTER TABLE items ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'unknown'
    CHECK (source_kind IN ('own', 'family', 'third_party', 'document', 'unknown'));
ALTER TABLE items ADD COLUMN source_detail TEXT;

-- R16 (seed 003 §5.3.3): the contributor decides on a correction. A granted correction is a
-- version in `item_versions` with the day of the decision; NULL for corrections recorded
-- before the decision was recorded.
ALTER TABLE item_versions ADD COLUMN decided_on TEXT;

-- R16: a refused correction changes nothing in the item, but the request, the
-- contributor's decision and motivation stay on record (destroyed with the meeting, R15).
CREATE TABLE refused_corrections (
    id            TEXT PRIMARY KEY NOT NULL,
    meeting_id    TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    item_id       TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    proposed_text TEXT,
    reason        TEXT NOT NULL,
    reaction      TEXT,
    requested_by  TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    decided_on    TEXT NOT NULL,
    motivation    TEXT NOT NULL,
    recorded_at   TEXT NOT NULL
) STRICT;
CREATE INDEX refused_corrections_by_meeting ON refused_corrections (meeting_id);
CREATE INDEX refused_corrections_by_item ON refused_corrections (item_id);
CREATE INDEX refused_corrections_by_requester ON refused_corrections (requested_by);
