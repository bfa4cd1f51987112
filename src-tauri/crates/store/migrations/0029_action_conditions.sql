-- 0029: conditional agreements (issue 17 point 4; seed 004 art. 1.4, the exchange model's
-- `Actie.conditie`). An action may carry the event that triggers it ("als … weer verzuimt,
-- dan …"); NULL means it is carried out anyway. A follow-up meeting carries the condition
-- over with the action's snapshot, and the chair may answer "the condition did not occur"
-- (`condition_not_met`): the agreement stands and carries over again. The CHECK on
-- `carried_actions.status` cannot be changed in place, so that table is rebuilt with the
-- same rows (nothing refers to it; its rows are destroyed with their meeting, R15).
ALTER TABLE actions ADD COLUMN condition TEXT;

CREATE TABLE carried_actions_new (
    id               TEXT PRIMARY KEY NOT NULL,
    meeting_id       TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    from_meeting_id  TEXT NOT NULL,
    who_name         TEXT NOT NULL,
    who_organisation TEXT NOT NULL,
    what             TEXT NOT NULL,
    due              TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'unsettled'
        CHECK (status IN ('unsettled', 'done', 'changed_circumstances', 'not_acted_upon',
                          'condition_not_met')),
    note             TEXT,
    position         INTEGER NOT NULL,
    condition        TEXT,
    CHECK (note IS NULL OR status IN ('changed_circumstances', 'not_acted_upon')),
    CHECK (status <> 'condition_not_met' OR condition IS NOT NULL)
) STRICT;
INSERT INTO carried_actions_new (id, meeting_id, from_meeting_id, who_name, who_organisation,
                                 what, due, status, note, position)
    SELECT id, meeting_id, from_meeting_id, who_name, who_organisation, what, due, status,
           note, position
    FROM carried_actions;
DROP TABLE carried_actions;
ALTER TABLE carried_actions_new RENAME TO carried_actions;
CREATE INDEX carried_actions_by_meeting ON carried_actions (meeting_id, position);
