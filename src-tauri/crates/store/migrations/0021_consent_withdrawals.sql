-- 0021: R10, a consent withdrawn after the meeting (seed 004 art. 6.4c–d): the day, who
-- withdrew it (an entitled person of the subject, R8), how, the items that lost their
-- basis, and whom to inform: one task per recipient who already had any of those items,
-- with the day the chair told them.

CREATE TABLE consent_withdrawals (
    id           TEXT PRIMARY KEY NOT NULL,
    meeting_id   TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    subject_id   TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    by_kind      TEXT NOT NULL CHECK (by_kind IN ('subject', 'parent', 'other_authority')),
    by_subject   TEXT REFERENCES subjects (id) ON DELETE CASCADE,
    by_name      TEXT,
    by_relation  TEXT,
    method       TEXT NOT NULL CHECK (method IN ('verbal', 'written', 'digital')),
    withdrawn_on TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX consent_withdrawals_by_meeting ON consent_withdrawals (meeting_id);

CREATE TABLE consent_withdrawal_items (
    withdrawal_id TEXT NOT NULL REFERENCES consent_withdrawals (id) ON DELETE CASCADE,
    item_id       TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    PRIMARY KEY (withdrawal_id, item_id)
) STRICT;

CREATE TABLE withdrawal_inform_tasks (
    id             TEXT PRIMARY KEY NOT NULL,
    withdrawal_id  TEXT NOT NULL REFERENCES consent_withdrawals (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    done_on        TEXT
) STRICT;
CREATE INDEX withdrawal_inform_tasks_by_withdrawal ON withdrawal_inform_tasks (withdrawal_id);

CREATE TABLE withdrawal_inform_items (
    task_id TEXT NOT NULL REFERENCES withdrawal_inform_tasks (id) ON DELETE CASCADE,
    item_id TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    PRIMARY KEY (task_id, item_id)
) STRICT;
