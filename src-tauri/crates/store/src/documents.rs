//! R14: what the printed documents of a finalized meeting are made of. The plan and the
//! family letter are built by the domain from the whole record; an extract comes from one
//! SQL query that can only return items released to that recipient (R9) whose basis still
//! stands: no withdrawn consent (R10), not marked withdrawn, a basis on record (R7), and
//! not about a family member whose objection was granted (R17).

use crate::codec::*;
use crate::flow::load_flow;
use crate::repo::{meeting_row, participant_row, PARTICIPANT_COLUMNS};
use crate::{DocumentKey, Store, StoreError};
use chrono::NaiveDate;
use domain::{
    AddresseeLetter, DocumentHeader, DocumentOrganisation, ExtractItem, FamilyLetterData, Meeting,
    MeetingId, MeetingRecord, MeetingState, Participant, ParticipantId, PersonLine, PlanDocument,
    RecipientExtract,
};
use rusqlite::{params, OptionalExtension};

/// R9/R10/R14b: the released items of one recipient in one meeting, in creation order.
/// Each condition is one line: released to this recipient, for an action that recipient
/// carries out, with a basis on record, not marked withdrawn, no withdrawn consent.
const EXTRACT_SQL: &str = "
    SELECT i.text, i.kind, i.category, c.name, c.organisation, a.what, a.due, r.motivation,
           i.source_kind, i.source_detail
    FROM releases r
    JOIN items i        ON i.id = r.item_id
    JOIN participants c ON c.id = i.contributor_id
    JOIN actions a      ON a.id = r.action_id
    WHERE i.meeting_id = ?1
      AND r.recipient_id = ?2
      AND r.decision = 'released'
      AND a.who = r.recipient_id
      AND a.meeting_id = i.meeting_id
      AND EXISTS (SELECT 1 FROM item_basis b WHERE b.item_id = i.id)
      AND NOT EXISTS (SELECT 1 FROM withdrawn_items w WHERE w.item_id = i.id)
      AND NOT EXISTS (SELECT 1 FROM consents k
                      WHERE k.item_id = i.id AND k.withdrawn_at IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM item_subjects o JOIN subjects j ON j.id = o.subject_id
                      WHERE o.item_id = i.id AND j.objected = 1)
    ORDER BY i.rowid";

/// R14: who gets an extract: participants with at least one item in their extract.
const RECIPIENTS_SQL: &str = "
    SELECT DISTINCT r.recipient_id, p.rowid
    FROM releases r
    JOIN items i        ON i.id = r.item_id
    JOIN participants p ON p.id = r.recipient_id
    JOIN actions a      ON a.id = r.action_id
    WHERE i.meeting_id = ?1
      AND r.decision = 'released'
      AND a.who = r.recipient_id
      AND EXISTS (SELECT 1 FROM item_basis b WHERE b.item_id = i.id)
      AND NOT EXISTS (SELECT 1 FROM withdrawn_items w WHERE w.item_id = i.id)
      AND NOT EXISTS (SELECT 1 FROM consents k
                      WHERE k.item_id = i.id AND k.withdrawn_at IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM item_subjects o JOIN subjects j ON j.id = o.subject_id
                      WHERE o.item_id = i.id AND j.objected = 1)
    ORDER BY p.rowid";

/// Every document of a finalized meeting (R14), each stamped with how far the audit log
/// had come when it was built (R18).
#[derive(Debug)]
pub struct MeetingDocuments {
    /// R14a: the agreed plan.
    pub plan: PlanDocument,
    /// R12/R14c: one letter per addressee; `None` while postponed.
    pub letters: Vec<(AddresseeLetter, Option<FamilyLetterData>)>,
    /// R14b: one extract per recipient, in the order they were added.
    pub extracts: Vec<(ParticipantId, RecipientExtract)>,
}

/// One document of a finalized meeting, built and stamped like [`MeetingDocuments`].
#[derive(Debug)]
pub enum MeetingDocument {
    /// R14a: the agreed plan.
    Plan(PlanDocument),
    /// R12/R14c: the letter to one addressee.
    Letter(FamilyLetterData),
    /// R14b: the extract of one recipient.
    Extract(RecipientExtract),
}

impl MeetingDocuments {
    /// Every document that can be made, with its key: a postponed letter is not (R12).
    pub fn into_documents(self) -> Vec<(DocumentKey, MeetingDocument)> {
        let plan = (DocumentKey::Plan, MeetingDocument::Plan(self.plan));
        let letters = self.letters.into_iter().filter_map(|(to, letter)| {
            letter.map(|l| {
                let key = DocumentKey::Letter(to.addressee());
                (key, MeetingDocument::Letter(l))
            })
        });
        let extracts = self
            .extracts
            .into_iter()
            .map(|(p, e)| (DocumentKey::Extract(p), MeetingDocument::Extract(e)));
        std::iter::once(plan)
            .chain(letters)
            .chain(extracts)
            .collect()
    }
}

/// R18: the audit log's position; issue 17 point 9: the chair's organisation on the plan
/// and the letters, and a partner's complaint route from the address book where none was
/// entered at the meeting.
pub(crate) struct Stamp {
    position: Option<i64>,
    organisation: Option<DocumentOrganisation>,
    partners: Vec<domain::OrganisationEntry>,
}

impl Stamp {
    fn plan(&self, plan: &mut PlanDocument) {
        plan.header.audit_position = self.position;
        plan.header.organisation = self.organisation.clone();
    }

    fn letter(&self, letter: &mut FamilyLetterData) {
        letter.header.audit_position = self.position;
        letter.header.organisation = self.organisation.clone();
        domain::fill_complaint_routes(&mut letter.complaints, &self.partners);
    }

    fn extract(&self, extract: &mut RecipientExtract) {
        extract.header.audit_position = self.position;
    }
}

impl Store {
    pub(crate) fn stamp(&self) -> Result<Stamp, StoreError> {
        Ok(Stamp {
            position: Some(self.audit_position()?),
            organisation: self.document_organisation()?,
            partners: self.address_book()?,
        })
    }

    /// R14 × R18: the plan, the family letters and every recipient's extract of a finalized
    /// meeting, each with the audit log's position in its header.
    pub fn meeting_documents(
        &self,
        meeting: MeetingId,
        printed_on: NaiveDate,
    ) -> Result<MeetingDocuments, StoreError> {
        let stamp = self.stamp()?;
        let mut plan = self.plan_document(meeting, printed_on)?;
        stamp.plan(&mut plan);
        let mut letters = self.family_letters(meeting, printed_on)?;
        for letter in letters.iter_mut().filter_map(|(_, l)| l.as_mut()) {
            stamp.letter(letter);
        }
        let extracts = self
            .document_recipients(meeting)?
            .into_iter()
            .map(|p| {
                let mut extract = self.recipient_extract(meeting, p, printed_on)?;
                stamp.extract(&mut extract);
                Ok((p, extract))
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(MeetingDocuments {
            plan,
            letters,
            extracts,
        })
    }

    /// R14 × R18: one document of a finalized meeting, built and stamped as in
    /// [`Store::meeting_documents`] without building the others. `None` when the meeting
    /// has no such document or the letter is postponed (R12: no letter exists then).
    pub fn meeting_document(
        &self,
        meeting: MeetingId,
        key: DocumentKey,
        printed_on: NaiveDate,
    ) -> Result<Option<MeetingDocument>, StoreError> {
        let record = self.finalized_record(meeting)?;
        let exists = match key {
            DocumentKey::Plan => true,
            DocumentKey::Letter(to) => {
                domain::letter_addressees(&record).contains(&AddresseeLetter::Available(to))
            }
            DocumentKey::Extract(p) => self.document_recipients(meeting)?.contains(&p),
        };
        if !exists {
            return Ok(None);
        }
        let stamp = self.stamp()?;
        self.build_document(&record, key, &stamp, printed_on)
            .map(Some)
    }

    /// One document of `record` (finalized, loaded once by the caller), stamped. The caller
    /// has checked that the meeting has it and that a letter is not postponed (R12).
    pub(crate) fn build_document(
        &self,
        record: &MeetingRecord,
        key: DocumentKey,
        stamp: &Stamp,
        printed_on: NaiveDate,
    ) -> Result<MeetingDocument, StoreError> {
        Ok(match key {
            DocumentKey::Plan => {
                let mut plan = PlanDocument::build(record, printed_on);
                stamp.plan(&mut plan);
                MeetingDocument::Plan(plan)
            }
            DocumentKey::Letter(to) => {
                // R1/R13: a finalized meeting has exactly one case lead.
                let mut letter = FamilyLetterData::build(record, to, printed_on)
                    .ok_or(StoreError::Corrupt("case lead"))?;
                stamp.letter(&mut letter);
                MeetingDocument::Letter(letter)
            }
            DocumentKey::Extract(p) => {
                let mut extract = self.recipient_extract(record.meeting.id, p, printed_on)?;
                stamp.extract(&mut extract);
                MeetingDocument::Extract(extract)
            }
        })
    }

    /// R13/R14: documents exist only for a finalized meeting: its whole record.
    pub(crate) fn finalized_record(&self, meeting: MeetingId) -> Result<MeetingRecord, StoreError> {
        let data = load_flow(&self.conn, meeting)?;
        match data.state {
            MeetingState::Finalized { .. } => Ok(data.record),
            MeetingState::Draft => Err(StoreError::NotFinalized),
        }
    }

    /// R13/R14: documents exist only for a finalized meeting: the meeting alone.
    pub(crate) fn finalized_meeting(&self, meeting: MeetingId) -> Result<Meeting, StoreError> {
        let (m, finalized) = self
            .conn
            .query_row(
                "SELECT id, case_label, meeting_date, purpose, created_at,
                        criteria, family_present, anonymous, finalized_at,
                        family_absence_reason
                 FROM meetings WHERE id = ?1",
                [meeting.to_string()],
                |r| Ok(meeting_row(r).map(|m| (m, r.get::<_, Option<String>>(8)))),
            )
            .optional()?
            .ok_or(StoreError::NotFound("meeting"))??;
        match finalized? {
            Some(_) => Ok(m),
            None => Err(StoreError::NotFinalized),
        }
    }

    /// R14/R18: records in the audit log that documents of a finalized meeting were saved.
    pub fn record_documents_saved(
        &mut self,
        meeting: MeetingId,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), StoreError> {
        self.finalized_meeting(meeting)?;
        let tx = self.conn.transaction()?;
        crate::audit::append(
            &tx,
            crate::AuditKind::DocumentsSaved,
            Some(meeting),
            crate::DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Issue 17 point 8: the invitation of `participant`, for a draft or a finalized
    /// meeting, stamped with the audit log's position (R18), with the participant's place
    /// at the table (1 for the first), which numbers the file as in the folder.
    pub fn invitation(
        &self,
        meeting: MeetingId,
        participant: ParticipantId,
        today: NaiveDate,
    ) -> Result<(usize, domain::InvitationData), StoreError> {
        let flow = load_flow(&self.conn, meeting)?;
        let not_here = domain::DomainError::ParticipantNotInMeeting {
            field: domain::Field::Name,
        };
        let place = flow
            .record
            .participants
            .iter()
            .position(|p| p.participant.id == participant)
            .ok_or(not_here.clone())?;
        let mut inv =
            domain::InvitationData::build(&flow.record, participant, today).ok_or(not_here)?;
        inv.header.audit_position = Some(self.audit_position()?);
        inv.header.organisation = self.document_organisation()?;
        Ok((place + 1, inv))
    }

    /// Issue 17 point 8: every participant's invitation, in the meeting's order.
    pub fn invitations(
        &self,
        meeting: MeetingId,
        today: NaiveDate,
    ) -> Result<Vec<domain::InvitationData>, StoreError> {
        let flow = load_flow(&self.conn, meeting)?;
        let position = Some(self.audit_position()?);
        let organisation = self.document_organisation()?;
        Ok(flow
            .record
            .participants
            .iter()
            .filter_map(|p| domain::InvitationData::build(&flow.record, p.participant.id, today))
            .map(|mut inv| {
                inv.header.audit_position = position;
                inv.header.organisation = organisation.clone();
                inv
            })
            .collect())
    }

    /// Issue 17 point 8: the attendance sheet, for a draft or a finalized meeting.
    pub fn attendance_sheet(
        &self,
        meeting: MeetingId,
        today: NaiveDate,
    ) -> Result<domain::AttendanceSheetData, StoreError> {
        let flow = load_flow(&self.conn, meeting)?;
        let mut sheet = domain::AttendanceSheetData::build(&flow.record, today);
        sheet.header.audit_position = Some(self.audit_position()?);
        sheet.header.organisation = self.document_organisation()?;
        Ok(sheet)
    }

    /// R18: an invitation or the attendance sheet of `meeting` was saved.
    pub fn record_preparation_saved(
        &mut self,
        meeting: MeetingId,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        crate::audit::append(
            &tx,
            crate::AuditKind::PreparationSaved,
            Some(meeting),
            crate::DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// R18: an export that belongs to no single meeting was saved to a file: its kind
    /// only, no path, file name or name in it.
    pub fn record_export_saved(
        &mut self,
        kind: ExportKind,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), StoreError> {
        let kind = match kind {
            ExportKind::BreachList => crate::AuditKind::BreachListSaved,
            ExportKind::ManagementReport => crate::AuditKind::ReportSaved,
        };
        let tx = self.conn.transaction()?;
        crate::audit::append(&tx, kind, None, crate::DecidedBy::Chair, now)?;
        tx.commit()?;
        Ok(())
    }

    /// R14a: the agreed plan of a finalized meeting.
    pub fn plan_document(
        &self,
        meeting: MeetingId,
        printed_on: NaiveDate,
    ) -> Result<PlanDocument, StoreError> {
        let record = self.finalized_record(meeting)?;
        Ok(PlanDocument::build(&record, printed_on))
    }

    /// R12/R14c: the family letters of a finalized meeting, one per addressee (decided
    /// by the domain). A postponed addressee comes with `None`: no letter exists for them
    /// until the postponement is lifted (AVG art. 23).
    pub fn family_letters(
        &self,
        meeting: MeetingId,
        printed_on: NaiveDate,
    ) -> Result<Vec<(AddresseeLetter, Option<FamilyLetterData>)>, StoreError> {
        let record = self.finalized_record(meeting)?;
        domain::letter_addressees(&record)
            .into_iter()
            .map(|a| match a {
                AddresseeLetter::Available(to) => {
                    // R1/R13: a finalized meeting has exactly one case lead.
                    let letter = FamilyLetterData::build(&record, to, printed_on)
                        .ok_or(StoreError::Corrupt("case lead"))?;
                    Ok((a, Some(letter)))
                }
                AddresseeLetter::Postponed { .. } => Ok((a, None)),
            })
            .collect()
    }

    /// R14b: who gets an extract of a finalized meeting, in the order they were added.
    pub fn document_recipients(
        &self,
        meeting: MeetingId,
    ) -> Result<Vec<ParticipantId>, StoreError> {
        self.finalized_meeting(meeting)?;
        let mut stmt = self.conn.prepare_cached(RECIPIENTS_SQL)?;
        let rows = stmt.query_map([meeting.to_string()], |r| r.get::<_, String>(0))?;
        rows.map(|r| Ok(ParticipantId::from_uuid(uuid_from_db(&r?)?)))
            .collect()
    }

    /// R14b: the extract for `recipient` (a participant of the meeting): only the items
    /// released to them whose basis still stands, numbered 1..n within the extract.
    pub fn recipient_extract(
        &self,
        meeting: MeetingId,
        recipient: ParticipantId,
        printed_on: NaiveDate,
    ) -> Result<RecipientExtract, StoreError> {
        let m = self.finalized_meeting(meeting)?;
        let person: Participant = self
            .conn
            .query_row(
                &format!(
                    "SELECT {PARTICIPANT_COLUMNS} FROM participants
                     WHERE id = ?1 AND meeting_id = ?2"
                ),
                params![recipient.to_string(), meeting.to_string()],
                |r| Ok(participant_row(r)),
            )
            .optional()?
            .ok_or(StoreError::NotFound("participant"))??;
        let mut stmt = self.conn.prepare_cached(EXTRACT_SQL)?;
        let mut rows = stmt.query(params![meeting.to_string(), recipient.to_string()])?;
        let mut items = Vec::new();
        while let Some(r) = rows.next()? {
            items.push(ExtractItem {
                number: u32::try_from(items.len() + 1).unwrap_or(u32::MAX),
                text: r.get(0)?,
                kind: from_db(&r.get::<_, String>(1)?, "kind")?,
                category: from_db(&r.get::<_, String>(2)?, "category")?,
                contributor: r.get(3)?,
                contributor_organisation: r.get(4)?,
                source: domain::Source {
                    kind: from_db(&r.get::<_, String>(8)?, "source")?,
                    detail: r
                        .get::<_, Option<String>>(9)?
                        .map(|d| domain::Label::parse(&d, domain::Field::SourceDetail))
                        .transpose()
                        .map_err(|_| StoreError::Corrupt("source detail"))?,
                },
                action: r.get(5)?,
                due: date_from_db(&r.get::<_, String>(6)?)?,
                motivation: r.get(7)?,
            });
        }
        Ok(RecipientExtract {
            header: DocumentHeader::new(&m, printed_on),
            case_label: m.case_label.as_str().to_owned(),
            recipient: PersonLine::of(&person),
            items,
        })
    }
}

/// Exports that belong to no single meeting (R18: each is audited when saved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// R20: the breach list for the partners (JSON or PDF).
    BreachList,
    /// R19: the anonymous management report (JSON or CSV).
    ManagementReport,
}
