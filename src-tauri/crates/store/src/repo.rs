//! Repository functions. Each write: one transaction, validated by `domain` first.

use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use domain::{
    DomainError, Field, Item, ItemId, ItemInput, Label, Meeting, MeetingId, MeetingInput,
    MeetingState, Participant, ParticipantId, ParticipantInput, Prose, Source, SubjectId,
};
use rusqlite::{params, OptionalExtension, Row, Transaction};

/// One line of the meeting list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingSummary {
    pub id: MeetingId,
    pub case_label: Label,
    pub date: NaiveDate,
    pub purpose: Prose,
    pub participant_count: u32,
    pub item_count: u32,
    /// R13: finalized.
    pub finalized: bool,
    /// R15: the last day it is kept (meetings made before migration 0003 may lack one).
    pub destroy_after: Option<NaiveDate>,
    /// R11: a follow-up of this meeting is still a draft.
    pub follow_up_draft: bool,
}

impl MeetingSummary {
    /// R11/R13/R15: the status the meeting list shows, decided by the domain.
    pub fn status(&self, today: NaiveDate) -> domain::MeetingListStatus {
        domain::meeting_list_status(
            self.finalized,
            self.destroy_after,
            self.follow_up_draft,
            today,
        )
    }
}

/// A meeting with everyone at the table and everything brought in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingDetail {
    pub meeting: Meeting,
    pub participants: Vec<Participant>,
    pub items: Vec<Item>,
}

pub(crate) const PARTICIPANT_COLUMNS: &str =
    "id, meeting_id, name, organisation, function, phone, email, role, expertise_only";
pub(crate) const ITEM_COLUMNS: &str =
    "id, meeting_id, contributor_id, text, kind, category, created_at, source_kind, source_detail";

const SUMMARY_SQL: &str = "SELECT m.id, m.case_label, m.meeting_date, m.purpose,
        (SELECT count(*) FROM participants p WHERE p.meeting_id = m.id),
        (SELECT count(*) FROM items i WHERE i.meeting_id = m.id),
        m.finalized_at IS NOT NULL, m.retention_until,
        EXISTS (SELECT 1 FROM meetings f
                WHERE f.follows_meeting_id = m.id AND f.finalized_at IS NULL)
     FROM meetings m";

impl Store {
    /// Validates and stores a new meeting.
    pub fn create_meeting(
        &mut self,
        input: &MeetingInput,
        now: DateTime<Utc>,
    ) -> Result<MeetingSummary, StoreError> {
        let meeting = Meeting::create(MeetingId::new(), input, now)?;
        let tx = self.conn.transaction()?;
        // R4: no text of an anonymous meeting identifies the family.
        let texts: Vec<(&str, Field)> = [
            (meeting.case_label.as_str(), Field::CaseLabel),
            (meeting.purpose.as_str(), Field::Purpose),
        ]
        .into_iter()
        .chain(
            meeting
                .criteria
                .as_ref()
                .map(|c| (c.as_str(), Field::Criteria)),
        )
        .collect();
        crate::anonymous::check_texts(&tx, meeting.anonymous, &texts)?;
        insert_meeting(&tx, &meeting)?;
        audit::append(
            &tx,
            AuditKind::MeetingCreated,
            Some(meeting.id),
            DecidedBy::Chair,
            now,
        )?;
        let retention_until: Option<String> = tx.query_row(
            "SELECT retention_until FROM meetings WHERE id = ?1",
            [meeting.id.to_string()],
            |r| r.get(0),
        )?;
        tx.commit()?;
        Ok(MeetingSummary {
            id: meeting.id,
            case_label: meeting.case_label,
            date: meeting.date,
            purpose: meeting.purpose,
            participant_count: 0,
            item_count: 0,
            finalized: false,
            destroy_after: retention_until.as_deref().map(date_from_db).transpose()?,
            follow_up_draft: false,
        })
    }

    /// All meetings, newest date first.
    pub fn list_meetings(&self) -> Result<Vec<MeetingSummary>, StoreError> {
        self.recent_meetings(u32::MAX).map(|(list, _)| list)
    }

    /// The newest `limit` meetings (by date, then creation) and how many there are in all
    /// (kept, migration 0036: not counted over every meeting).
    pub fn recent_meetings(&self, limit: u32) -> Result<(Vec<MeetingSummary>, u32), StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SUMMARY_SQL} ORDER BY m.meeting_date DESC, m.created_at DESC LIMIT ?1"
        ))?;
        let rows = stmt.query_map([limit], |r| Ok(summary_row(r)))?;
        let list = rows.map(|r| r?).collect::<Result<Vec<_>, _>>()?;
        let total: u32 = self
            .conn
            .query_row("SELECT meetings FROM meeting_total", [], |r| r.get(0))?;
        Ok((list, total))
    }

    /// One meeting with its participants and items, or `NotFound`.
    pub fn meeting_detail(&self, id: MeetingId) -> Result<MeetingDetail, StoreError> {
        let meeting = self
            .conn
            .query_row(
                "SELECT id, case_label, meeting_date, purpose, created_at,
                        criteria, family_present, anonymous, family_absence_reason
                 FROM meetings WHERE id = ?1",
                [id.to_string()],
                |r| Ok(meeting_row(r)),
            )
            .optional()?
            .ok_or(StoreError::NotFound("meeting"))??;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {PARTICIPANT_COLUMNS} FROM participants WHERE meeting_id = ?1 ORDER BY rowid"
        ))?;
        let participants = stmt
            .query_map([id.to_string()], |r| Ok(participant_row(r)))?
            .map(|r| r?)
            .collect::<Result<Vec<_>, _>>()?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS} FROM items WHERE meeting_id = ?1 ORDER BY rowid"
        ))?;
        let items = stmt
            .query_map([id.to_string()], |r| Ok(item_row(r)))?
            .map(|r| r?)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(MeetingDetail {
            meeting,
            participants,
            items,
        })
    }

    /// Validates (R1: at most one case lead) and adds a participant to a meeting.
    pub fn add_participant(
        &mut self,
        meeting_id: MeetingId,
        input: &ParticipantInput,
        now: DateTime<Utc>,
    ) -> Result<Participant, StoreError> {
        self.add_participant_with(meeting_id, input, ParticipantExtra::default(), now)
    }

    /// Adds a participant with organisation type and professional secrecy (R7/R8).
    pub fn add_participant_with(
        &mut self,
        meeting_id: MeetingId,
        input: &ParticipantInput,
        extra: ParticipantExtra,
        now: DateTime<Utc>,
    ) -> Result<Participant, StoreError> {
        let tx = self.conn.transaction()?;
        ensure_editable_meeting(&tx, meeting_id)?;
        let roles = {
            let mut stmt =
                tx.prepare_cached("SELECT role FROM participants WHERE meeting_id = ?1")?;
            let rows = stmt.query_map([meeting_id.to_string()], |r| r.get::<_, String>(0))?;
            rows.map(|r| from_db(&r?, "role"))
                .collect::<Result<Vec<_>, _>>()?
        };
        let p = Participant::create(ParticipantId::new(), meeting_id, input, &roles)?;
        tx.execute_cached(
            "INSERT INTO participants (id, meeting_id, name, organisation, function, phone, email, role,
                                       organisation_type, secrecy, expertise_only)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                p.id.to_string(),
                meeting_id.to_string(),
                p.name.as_str(),
                p.organisation.as_str(),
                p.function.as_ref().map(Label::as_str),
                p.phone.as_ref().map(Label::as_str),
                p.email.as_ref().map(Label::as_str),
                to_db(p.role),
                extra.organisation_type.code(),
                extra.secrecy,
                p.expertise_only,
            ],
        )?;
        audit::append(
            &tx,
            AuditKind::ParticipantAdded,
            Some(meeting_id),
            DecidedBy::Chair,
            now,
        )?;
        // Less typing next time: the organisation (name and type, nothing of the person).
        crate::address_book::remember(
            &tx,
            &domain::OrganisationEntry {
                id: domain::AddressBookId::new(),
                name: p.organisation.clone(),
                organisation_type: extra.organisation_type,
                department: None,
                complaint_route: None,
            },
            now,
        )?;
        tx.commit()?;
        Ok(p)
    }

    /// Validates (R5: the contributor sits at this meeting's table) and adds an item.
    pub fn add_item(
        &mut self,
        meeting_id: MeetingId,
        input: &ItemInput,
        now: DateTime<Utc>,
    ) -> Result<Item, StoreError> {
        self.add_item_about(meeting_id, input, &[], now)
    }

    /// Adds an item about some of the meeting's subjects (R6).
    pub fn add_item_about(
        &mut self,
        meeting_id: MeetingId,
        input: &ItemInput,
        subjects: &[SubjectId],
        now: DateTime<Utc>,
    ) -> Result<Item, StoreError> {
        let tx = self.conn.transaction()?;
        let item = insert_item(&tx, meeting_id, input, subjects, now)?;
        tx.commit()?;
        Ok(item)
    }
}

/// Validates and writes one item about some of the meeting's subjects (R4, R5, R6, R17),
/// audited as the contributor's decision; the caller commits.
pub(crate) fn insert_item(
    tx: &Transaction<'_>,
    meeting_id: MeetingId,
    input: &ItemInput,
    subjects: &[SubjectId],
    now: DateTime<Utc>,
) -> Result<Item, StoreError> {
    ensure_editable_meeting(tx, meeting_id)?;
    {
        let mut stmt = tx.prepare_cached("SELECT id FROM subjects WHERE meeting_id = ?1")?;
        let known = stmt
            .query_map([meeting_id.to_string()], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        if subjects.iter().any(|s| !known.contains(&s.to_string())) {
            return Err(DomainError::UnknownSubject {
                field: Field::Subjects,
            }
            .into());
        }
    }
    // R17: no new items about a family member who objected.
    crate::rights::check_subjects_not_objected(tx, subjects)?;
    // R5: who sits at the table, and who of them takes part with expertise only (0027).
    let people = {
        let mut stmt =
            tx.prepare_cached("SELECT id, expertise_only FROM participants WHERE meeting_id = ?1")?;
        let rows = stmt.query_map([meeting_id.to_string()], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?))
        })?;
        rows.map(|r| {
            let (id, expertise_only) = r?;
            Ok((ParticipantId::from_uuid(uuid_from_db(&id)?), expertise_only))
        })
        .collect::<Result<Vec<_>, StoreError>>()?
    };
    let participants: Vec<ParticipantId> = people.iter().map(|(id, _)| *id).collect();
    let expertise_only: Vec<ParticipantId> = people
        .iter()
        .filter(|(_, only)| *only)
        .map(|(id, _)| *id)
        .collect();
    let item = Item::create(
        ItemId::new(),
        meeting_id,
        input,
        &participants,
        &expertise_only,
        now,
    )?;
    // R4: the minimisation scanner refuses in an anonymous meeting.
    let anonymous: bool = tx.query_row(
        "SELECT anonymous FROM meetings WHERE id = ?1",
        [meeting_id.to_string()],
        |r| r.get(0),
    )?;
    crate::anonymous::check_texts(tx, anonymous, &[(item.text.as_str(), Field::ItemText)])?;
    tx.execute_cached(
        "INSERT INTO items (id, meeting_id, contributor_id, text, kind, category, created_at,
                            source_kind, source_detail)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            item.id.to_string(),
            meeting_id.to_string(),
            item.contributor.to_string(),
            item.text.as_str(),
            to_db(item.kind),
            to_db(item.category),
            time_to_db(item.created_at),
            to_db(item.source.kind),
            item.source.detail.as_ref().map(|d| d.as_str()),
        ],
    )?;
    let mut subjects = subjects.to_vec();
    subjects.sort();
    subjects.dedup();
    for s in subjects {
        tx.execute_cached(
            "INSERT INTO item_subjects (item_id, subject_id) VALUES (?1, ?2)",
            params![item.id.to_string(), s.to_string()],
        )?;
    }
    // R5/R18: bringing an item in is the contributor's decision.
    audit::append(
        tx,
        AuditKind::ItemAdded,
        Some(meeting_id),
        DecidedBy::Participant(item.contributor),
        now,
    )?;
    Ok(item)
}

/// The meeting exists and is not finalized (R13).
/// Writes a new meeting row, with its R15 destroy-after date from the start: the configured
/// period (by default 6 months) after the meeting. Used for new and follow-up meetings.
pub(crate) fn insert_meeting(tx: &Transaction<'_>, meeting: &Meeting) -> Result<(), StoreError> {
    let retention = crate::retention::settings_in(tx)?.retention_months;
    tx.execute_cached(
        "INSERT INTO meetings (id, case_label, meeting_date, purpose, created_at,
                               criteria, family_present, anonymous, retention_until,
                               family_absence_reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            meeting.id.to_string(),
            meeting.case_label.as_str(),
            date_to_db(meeting.date),
            meeting.purpose.as_str(),
            time_to_db(meeting.created_at),
            meeting.criteria.as_ref().map(Prose::as_str),
            meeting.family_present,
            meeting.anonymous,
            retention.destroy_after(meeting.date).map(date_to_db),
            meeting.family_absence_reason.as_ref().map(Prose::as_str),
        ],
    )?;
    Ok(())
}

fn ensure_editable_meeting(tx: &Transaction<'_>, id: MeetingId) -> Result<(), StoreError> {
    let finalized: Option<String> = tx
        .query_row(
            "SELECT finalized_at FROM meetings WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?
        .ok_or(StoreError::NotFound("meeting"))?;
    let state = match finalized {
        Some(at) => MeetingState::Finalized {
            at: time_from_db(&at)?,
        },
        None => MeetingState::Draft,
    };
    Ok(domain::ensure_editable(state)?)
}

/// What a participant brings beyond name and contact details (R7/R8): the domain's.
pub use domain::ParticipantExtra;

// Row readers: stored values are parsed back through the domain types, so a damaged row
// surfaces as `Corrupt` instead of as an invalid value in the UI.

fn text(r: &Row<'_>, i: usize) -> Result<String, StoreError> {
    Ok(r.get::<_, String>(i)?)
}

fn label(r: &Row<'_>, i: usize, field: Field) -> Result<Label, StoreError> {
    Label::parse(&text(r, i)?, field).map_err(|_| StoreError::Corrupt("label"))
}

fn optional_label(r: &Row<'_>, i: usize, field: Field) -> Result<Option<Label>, StoreError> {
    r.get::<_, Option<String>>(i)?
        .map(|s| Label::parse(&s, field).map_err(|_| StoreError::Corrupt("label")))
        .transpose()
}

fn prose(r: &Row<'_>, i: usize, field: Field) -> Result<Prose, StoreError> {
    Prose::parse(&text(r, i)?, field, usize::MAX).map_err(|_| StoreError::Corrupt("text"))
}

fn summary_row(r: &Row<'_>) -> Result<MeetingSummary, StoreError> {
    Ok(MeetingSummary {
        id: MeetingId::from_uuid(uuid_from_db(&text(r, 0)?)?),
        case_label: label(r, 1, Field::CaseLabel)?,
        date: date_from_db(&text(r, 2)?)?,
        purpose: prose(r, 3, Field::Purpose)?,
        participant_count: r.get(4)?,
        item_count: r.get(5)?,
        finalized: r.get(6)?,
        destroy_after: r
            .get::<_, Option<String>>(7)?
            .as_deref()
            .map(date_from_db)
            .transpose()?,
        follow_up_draft: r.get(8)?,
    })
}

pub(crate) fn meeting_row(r: &Row<'_>) -> Result<Meeting, StoreError> {
    Ok(Meeting {
        id: MeetingId::from_uuid(uuid_from_db(&text(r, 0)?)?),
        case_label: label(r, 1, Field::CaseLabel)?,
        date: date_from_db(&text(r, 2)?)?,
        purpose: prose(r, 3, Field::Purpose)?,
        created_at: time_from_db(&text(r, 4)?)?,
        criteria: r
            .get::<_, Option<String>>(5)?
            .map(|s| Prose::parse(&s, Field::Criteria, usize::MAX))
            .transpose()
            .map_err(|_| StoreError::Corrupt("text"))?,
        family_present: r.get(6)?,
        // R3/R4 (migration 0016): read by name; every meeting query selects it last.
        family_absence_reason: r
            .get::<_, Option<String>>("family_absence_reason")?
            .map(|s| Prose::parse(&s, Field::FamilyAbsenceReason, usize::MAX))
            .transpose()
            .map_err(|_| StoreError::Corrupt("text"))?,
        anonymous: r.get(7)?,
    })
}

pub(crate) fn participant_row(r: &Row<'_>) -> Result<Participant, StoreError> {
    Ok(Participant {
        id: ParticipantId::from_uuid(uuid_from_db(&text(r, 0)?)?),
        meeting_id: MeetingId::from_uuid(uuid_from_db(&text(r, 1)?)?),
        name: label(r, 2, Field::Name)?,
        organisation: label(r, 3, Field::Organisation)?,
        function: optional_label(r, 4, Field::Function)?,
        phone: optional_label(r, 5, Field::Phone)?,
        email: optional_label(r, 6, Field::Email)?,
        role: from_db(&text(r, 7)?, "role")?,
        // R1/R5/R9 (migration 0027).
        expertise_only: r.get(8)?,
    })
}

pub(crate) fn item_row(r: &Row<'_>) -> Result<Item, StoreError> {
    Ok(Item {
        id: ItemId::from_uuid(uuid_from_db(&text(r, 0)?)?),
        meeting_id: MeetingId::from_uuid(uuid_from_db(&text(r, 1)?)?),
        contributor: ParticipantId::from_uuid(uuid_from_db(&text(r, 2)?)?),
        text: prose(r, 3, Field::ItemText)?,
        kind: from_db(&text(r, 4)?, "kind")?,
        category: from_db(&text(r, 5)?, "category")?,
        created_at: time_from_db(&text(r, 6)?)?,
        source: Source {
            kind: from_db(&text(r, 7)?, "source")?,
            detail: r
                .get::<_, Option<String>>(8)?
                .map(|d| Label::parse(&d, Field::SourceDetail))
                .transpose()
                .map_err(|_| StoreError::Corrupt("source detail"))?,
        },
    })
}
