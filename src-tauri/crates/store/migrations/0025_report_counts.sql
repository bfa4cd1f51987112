-- 0025: the R19 management report and the R20 breach view at scale (docs/engineering.md §6),
-- and the last foreign keys without an index (at the end).
-- Both count over every item and release decision of many meetings; on a store of 10,000
-- meetings that is 500,000 items and 1.4 million decisions, read and decrypted on every
-- report. Now each meeting's counts are kept beside it once it is finalized (a finalized
-- meeting hardly changes), and the report adds up one row per meeting; meetings without
-- kept counts (drafts, or a meeting changed after finalizing) are counted live as before.
--
-- Only counts and the partner organisation's name and type are kept: no names of family
-- members or participants, no texts. Both tables name the meeting, so R15 destruction and
-- the meeting's own cascade remove them with it.
--
-- Any write that could change a meeting's counts forgets both kinds (the triggers below),
-- so a kept count is never stale: at worst the meeting is counted live. A meeting has kept
-- counts exactly when it has a `meeting_counts` row (a meeting that released nothing has
-- no breach lines).

CREATE TABLE meeting_counts (
    meeting_id          TEXT PRIMARY KEY NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    items_general       INTEGER NOT NULL,
    items_special       INTEGER NOT NULL,
    items_criminal      INTEGER NOT NULL,
    basis_consent       INTEGER NOT NULL,
    basis_legal         INTEGER NOT NULL,
    basis_conflict      INTEGER NOT NULL,
    basis_none          INTEGER NOT NULL,
    releases_granted    INTEGER NOT NULL,
    releases_kept       INTEGER NOT NULL,
    notified_beforehand INTEGER NOT NULL,
    notified_afterwards INTEGER NOT NULL,
    notified_postponed  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Per meeting and receiving organisation: one line per category (items and family members
-- released in it) and one line with `category` NULL (recipients and family members over
-- all categories). Identifiers are meeting-local, so sums over meetings are exact.
CREATE TABLE meeting_breach_counts (
    meeting_id        TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    organisation      TEXT NOT NULL,
    organisation_type TEXT NOT NULL,
    category          TEXT CHECK (category IN ('general', 'special', 'criminal')),
    items             INTEGER NOT NULL,
    recipients        INTEGER NOT NULL,
    subjects          INTEGER NOT NULL
) STRICT;
CREATE INDEX meeting_breach_counts_by_meeting ON meeting_breach_counts (meeting_id);

-- Forgetting: items, their basis, subjects and release decisions, the notification
-- agreements, and the recipients' organisations.
CREATE TRIGGER counts_forget_item_insert AFTER INSERT ON items BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = NEW.meeting_id;
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = NEW.meeting_id;
END;
CREATE TRIGGER counts_forget_item_update AFTER UPDATE OF category, meeting_id ON items BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
END;
CREATE TRIGGER counts_forget_item_delete AFTER DELETE ON items BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = OLD.meeting_id;
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = OLD.meeting_id;
END;

CREATE TRIGGER counts_forget_basis_insert AFTER INSERT ON item_basis BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = NEW.item_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = NEW.item_id);
END;
CREATE TRIGGER counts_forget_basis_update AFTER UPDATE OF kind ON item_basis BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = NEW.item_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = NEW.item_id);
END;
CREATE TRIGGER counts_forget_basis_delete AFTER DELETE ON item_basis BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = OLD.item_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = OLD.item_id);
END;

CREATE TRIGGER counts_forget_release_insert AFTER INSERT ON releases BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = NEW.item_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = NEW.item_id);
END;
CREATE TRIGGER counts_forget_release_update AFTER UPDATE OF decision, recipient_id, item_id
    ON releases BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id IN (SELECT meeting_id FROM items WHERE id IN (OLD.item_id, NEW.item_id));
    DELETE FROM meeting_breach_counts
        WHERE meeting_id IN (SELECT meeting_id FROM items WHERE id IN (OLD.item_id, NEW.item_id));
END;
CREATE TRIGGER counts_forget_release_delete AFTER DELETE ON releases BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = OLD.item_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = OLD.item_id);
END;

CREATE TRIGGER counts_forget_item_subject_insert AFTER INSERT ON item_subjects BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = NEW.item_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = NEW.item_id);
END;
CREATE TRIGGER counts_forget_item_subject_update AFTER UPDATE ON item_subjects BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id IN (SELECT meeting_id FROM items WHERE id IN (OLD.item_id, NEW.item_id));
    DELETE FROM meeting_breach_counts
        WHERE meeting_id IN (SELECT meeting_id FROM items WHERE id IN (OLD.item_id, NEW.item_id));
END;
CREATE TRIGGER counts_forget_item_subject_delete AFTER DELETE ON item_subjects BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = OLD.item_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = (SELECT meeting_id FROM items WHERE id = OLD.item_id);
END;

CREATE TRIGGER counts_forget_notification_insert AFTER INSERT ON notifications BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = NEW.meeting_id;
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = NEW.meeting_id;
END;
CREATE TRIGGER counts_forget_notification_update AFTER UPDATE OF timing, meeting_id
    ON notifications BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
END;
CREATE TRIGGER counts_forget_notification_delete AFTER DELETE ON notifications BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = OLD.meeting_id;
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = OLD.meeting_id;
END;

CREATE TRIGGER counts_forget_participant_update
    AFTER UPDATE OF organisation, organisation_type, meeting_id ON participants BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
    DELETE FROM meeting_breach_counts
        WHERE meeting_id IN (OLD.meeting_id, NEW.meeting_id);
END;
CREATE TRIGGER counts_forget_participant_delete AFTER DELETE ON participants BEGIN
    DELETE FROM meeting_counts
        WHERE meeting_id = OLD.meeting_id;
    DELETE FROM meeting_breach_counts
        WHERE meeting_id = OLD.meeting_id;
END;

-- Foreign keys of migration 0021 without an index: each deleted item, subject or
-- participant made SQLite scan these tables once (migration 0013 did the same for the
-- older tables).
CREATE INDEX consent_withdrawals_by_subject ON consent_withdrawals (subject_id);
CREATE INDEX consent_withdrawals_by_requester ON consent_withdrawals (by_subject);
CREATE INDEX consent_withdrawal_items_by_item ON consent_withdrawal_items (item_id);
CREATE INDEX withdrawal_inform_tasks_by_participant ON withdrawal_inform_tasks (participant_id);
CREATE INDEX withdrawal_inform_items_by_item ON withdrawal_inform_items (item_id);
