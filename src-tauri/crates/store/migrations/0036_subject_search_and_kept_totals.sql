-- 0036: the rights register finds a family member by part of the name (R17; issue 19:
-- cost grows with the meeting, not with the store). Before, the register read every named
-- family member of the store and grouped them in Rust (40,000 rows on 10,000 meetings);
-- now the chair types part of a name and the store looks it up here.
--
-- One row per word of a family member's name (`domain::name_words`: lower case, a double
-- name also in its parts), written by the store when the family member is added or the
-- name erased (`rights::index_subject_name`). Lower case in Rust (not SQL's ASCII-only
-- `lower()`), so the rows of existing stores are written by `migrate` after this file.
-- The words are the name's: they hang off the family member, so R15 destruction, an
-- erasure and the meeting's own cascade remove them with it.
CREATE TABLE subject_words (
    word       TEXT NOT NULL,
    subject_id TEXT NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    PRIMARY KEY (word, subject_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX subject_words_by_subject ON subject_words (subject_id);

-- The R19 report and the R20 breach view over many meetings (issue 19): both added up one
-- kept row per meeting (0025), so a year's report read 10,000 rows of `meeting_counts` and
-- the breach view 60,000 lines of `meeting_breach_counts` (plus each meeting's row to get
-- its id by date). Now the kept counts are also kept added up: per month (the report's
-- periods are months, quarters and years) and per receiving organisation (the breach view
-- over every meeting), by triggers on the per-meeting rows, so every path that keeps,
-- forgets or removes a meeting's counts (finalize, a change after it, removal, R15
-- destruction, which deletes the per-meeting rows itself before anything else) keeps the
-- totals in step. Meetings without kept counts are still counted live.

-- The meeting's month beside its kept counts: a removed meeting's row is gone before its
-- counts are (the cascade), so the trigger that takes them off cannot look it up.
ALTER TABLE meeting_counts ADD COLUMN month TEXT NOT NULL DEFAULT '';
UPDATE meeting_counts SET month = coalesce(
    (SELECT substr(m.meeting_date, 1, 7) FROM meetings m WHERE m.id = meeting_counts.meeting_id),
    '');

CREATE TABLE month_counts (
    month                     TEXT PRIMARY KEY NOT NULL,
    meetings                  INTEGER NOT NULL,
    items_general             INTEGER NOT NULL,
    items_special             INTEGER NOT NULL,
    items_criminal            INTEGER NOT NULL,
    basis_consent             INTEGER NOT NULL,
    basis_legal               INTEGER NOT NULL,
    basis_conflict            INTEGER NOT NULL,
    basis_none                INTEGER NOT NULL,
    releases_granted          INTEGER NOT NULL,
    releases_kept             INTEGER NOT NULL,
    notified_beforehand       INTEGER NOT NULL,
    notified_afterwards       INTEGER NOT NULL,
    notified_postponed        INTEGER NOT NULL,
    decisions_with_dissent    INTEGER NOT NULL,
    decisions_without_dissent INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO month_counts
    SELECT month, count(*), sum(items_general), sum(items_special), sum(items_criminal),
           sum(basis_consent), sum(basis_legal), sum(basis_conflict), sum(basis_none),
           sum(releases_granted), sum(releases_kept), sum(notified_beforehand),
           sum(notified_afterwards), sum(notified_postponed), sum(decisions_with_dissent),
           sum(decisions_without_dissent)
    FROM meeting_counts GROUP BY month;

CREATE TRIGGER month_counts_add AFTER INSERT ON meeting_counts BEGIN
    INSERT INTO month_counts VALUES (NEW.month, 1, NEW.items_general, NEW.items_special,
        NEW.items_criminal, NEW.basis_consent, NEW.basis_legal, NEW.basis_conflict,
        NEW.basis_none, NEW.releases_granted, NEW.releases_kept, NEW.notified_beforehand,
        NEW.notified_afterwards, NEW.notified_postponed, NEW.decisions_with_dissent,
        NEW.decisions_without_dissent)
    ON CONFLICT (month) DO UPDATE SET
        meetings = meetings + 1,
        items_general = items_general + excluded.items_general,
        items_special = items_special + excluded.items_special,
        items_criminal = items_criminal + excluded.items_criminal,
        basis_consent = basis_consent + excluded.basis_consent,
        basis_legal = basis_legal + excluded.basis_legal,
        basis_conflict = basis_conflict + excluded.basis_conflict,
        basis_none = basis_none + excluded.basis_none,
        releases_granted = releases_granted + excluded.releases_granted,
        releases_kept = releases_kept + excluded.releases_kept,
        notified_beforehand = notified_beforehand + excluded.notified_beforehand,
        notified_afterwards = notified_afterwards + excluded.notified_afterwards,
        notified_postponed = notified_postponed + excluded.notified_postponed,
        decisions_with_dissent = decisions_with_dissent + excluded.decisions_with_dissent,
        decisions_without_dissent =
            decisions_without_dissent + excluded.decisions_without_dissent;
END;
CREATE TRIGGER month_counts_take_off AFTER DELETE ON meeting_counts BEGIN
    UPDATE month_counts SET
        meetings = meetings - 1,
        items_general = items_general - OLD.items_general,
        items_special = items_special - OLD.items_special,
        items_criminal = items_criminal - OLD.items_criminal,
        basis_consent = basis_consent - OLD.basis_consent,
        basis_legal = basis_legal - OLD.basis_legal,
        basis_conflict = basis_conflict - OLD.basis_conflict,
        basis_none = basis_none - OLD.basis_none,
        releases_granted = releases_granted - OLD.releases_granted,
        releases_kept = releases_kept - OLD.releases_kept,
        notified_beforehand = notified_beforehand - OLD.notified_beforehand,
        notified_afterwards = notified_afterwards - OLD.notified_afterwards,
        notified_postponed = notified_postponed - OLD.notified_postponed,
        decisions_with_dissent = decisions_with_dissent - OLD.decisions_with_dissent,
        decisions_without_dissent = decisions_without_dissent - OLD.decisions_without_dissent
    WHERE month = OLD.month;
    DELETE FROM month_counts WHERE month = OLD.month AND meetings = 0;
END;
-- Kept rows are only ever inserted and deleted (`counts::keep`); should one be rewritten,
-- it is taken off and added again.
CREATE TRIGGER month_counts_rewrite AFTER UPDATE ON meeting_counts BEGIN
    SELECT RAISE(ABORT, 'kept counts are replaced, not updated');
END;

-- Per receiving organisation and category ('' for the organisation's own line), over every
-- meeting with kept counts: the breach view over every meeting (R20).
CREATE TABLE breach_totals (
    organisation      TEXT NOT NULL,
    organisation_type TEXT NOT NULL,
    category          TEXT NOT NULL,
    meetings          INTEGER NOT NULL,
    items             INTEGER NOT NULL,
    recipients        INTEGER NOT NULL,
    subjects          INTEGER NOT NULL,
    PRIMARY KEY (organisation, organisation_type, category)
) STRICT, WITHOUT ROWID;
INSERT INTO breach_totals
    SELECT organisation, organisation_type, coalesce(category, ''), count(*), sum(items),
           sum(recipients), sum(subjects)
    FROM meeting_breach_counts GROUP BY organisation, organisation_type, coalesce(category, '');

CREATE TRIGGER breach_totals_add AFTER INSERT ON meeting_breach_counts BEGIN
    INSERT INTO breach_totals VALUES (NEW.organisation, NEW.organisation_type,
        coalesce(NEW.category, ''), 1, NEW.items, NEW.recipients, NEW.subjects)
    ON CONFLICT (organisation, organisation_type, category) DO UPDATE SET
        meetings = meetings + 1,
        items = items + excluded.items,
        recipients = recipients + excluded.recipients,
        subjects = subjects + excluded.subjects;
END;
CREATE TRIGGER breach_totals_take_off AFTER DELETE ON meeting_breach_counts BEGIN
    UPDATE breach_totals SET
        meetings = meetings - 1,
        items = items - OLD.items,
        recipients = recipients - OLD.recipients,
        subjects = subjects - OLD.subjects
    WHERE organisation = OLD.organisation AND organisation_type = OLD.organisation_type
      AND category = coalesce(OLD.category, '');
    DELETE FROM breach_totals
    WHERE organisation = OLD.organisation AND organisation_type = OLD.organisation_type
      AND category = coalesce(OLD.category, '') AND meetings = 0;
END;
CREATE TRIGGER breach_totals_rewrite AFTER UPDATE ON meeting_breach_counts BEGIN
    SELECT RAISE(ABORT, 'kept counts are replaced, not updated');
END;

-- A meeting whose date moves is counted in another month: its kept counts are forgotten
-- (counted live until it is kept again).
CREATE TRIGGER counts_forget_meeting_date_update AFTER UPDATE OF meeting_date ON meetings
WHEN OLD.meeting_date IS NOT NEW.meeting_date BEGIN
    DELETE FROM meeting_counts WHERE meeting_id = NEW.id;
    DELETE FROM meeting_breach_counts WHERE meeting_id = NEW.id;
END;

-- The meetings of a period, their ids and what the report counts of them, from the index
-- alone (not each meeting's row).
CREATE INDEX meetings_by_date_counted ON meetings (meeting_date, id, finalized_at, anonymous);

-- The meeting list shows the 100 newest and how many there are in all: that number kept
-- (the count read every meeting's index entry), in step with every insert and delete of a
-- meeting, R15 destruction included.
CREATE TABLE meeting_total (
    one      INTEGER PRIMARY KEY NOT NULL CHECK (one = 1),
    meetings INTEGER NOT NULL
) STRICT;
INSERT INTO meeting_total VALUES (1, (SELECT count(*) FROM meetings));
CREATE TRIGGER meeting_total_add AFTER INSERT ON meetings BEGIN
    UPDATE meeting_total SET meetings = meetings + 1;
END;
CREATE TRIGGER meeting_total_take_off AFTER DELETE ON meetings BEGIN
    UPDATE meeting_total SET meetings = meetings - 1;
END;

-- The register's search reads a found person's whole history by birth date (the same
-- person in every meeting is name + birth date, `domain::SubjectIdentity`).
CREATE INDEX subjects_by_birth ON subjects (birth_date) WHERE birth_date IS NOT NULL;
