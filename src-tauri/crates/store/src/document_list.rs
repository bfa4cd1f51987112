//! R14: the documents of a finalized meeting as the chair picks them: a key per document,
//! its Dutch title and the name its PDF gets on disk. Listing reads the meeting once and
//! the recipients' query (R14b); it builds no document. A postponed letter is listed with
//! its review date and never made (R12/AVG art. 23). File names carry the meeting
//! reference, numbers and an organisation, never a person's name (R21).
//! Serialized as they are over IPC.

use crate::{MeetingDocument, Store, StoreError};
use chrono::NaiveDate;
use domain::MeetingRecord;
use domain::{Addressee, AddresseeLetter, ParticipantId, PersonLine, SubjectId};
use serde::{Serialize, Serializer};
use texts::{documents, labels};

/// Which document of a finalized meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKey {
    /// R14a: the agreed plan.
    Plan,
    /// R12/R14c: the letter to one addressee.
    Letter(Addressee),
    /// R14b: the extract of one recipient.
    Extract(ParticipantId),
}

impl DocumentKey {
    /// The wire form: `plan`, `letter:family`, `letter:<subject id>` or
    /// `extract:<participant id>`.
    pub fn wire(self) -> String {
        match self {
            Self::Plan => "plan".into(),
            Self::Letter(Addressee::Family) => "letter:family".into(),
            Self::Letter(Addressee::Member(s)) => format!("letter:{s}"),
            Self::Extract(p) => format!("extract:{p}"),
        }
    }

    /// The key of a wire form; `None` for anything else.
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "plan" => Some(Self::Plan),
            "letter:family" => Some(Self::Letter(Addressee::Family)),
            other => {
                let id = |prefix: &str| {
                    other
                        .strip_prefix(prefix)
                        .and_then(|id| uuid::Uuid::parse_str(id).ok())
                };
                if let Some(u) = id("extract:") {
                    Some(Self::Extract(ParticipantId::from_uuid(u)))
                } else {
                    id("letter:").map(|u| Self::Letter(Addressee::Member(SubjectId::from_uuid(u))))
                }
            }
        }
    }
}

impl Serialize for DocumentKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.wire())
    }
}

/// One document of a finalized meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct DocumentInfo {
    /// `plan`, `letter:family`, `letter:<subject id>` or `extract:<participant id>`.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub key: DocumentKey,
    /// Dutch title for the chair.
    pub title: String,
    /// The name the PDF gets on disk.
    pub file_name: String,
    /// R12/AVG art. 23: a family letter that may not be made yet: informing this
    /// addressee is postponed until at least this review date (`YYYY-MM-DD`). It cannot
    /// be saved until the postponement is lifted.
    pub postponed_until: Option<NaiveDate>,
}

/// R14: what saving one document of a finalized meeting finds.
#[derive(Debug)]
pub enum DocumentToSave {
    /// The document as listed, built and stamped.
    Ready(DocumentInfo, Box<MeetingDocument>),
    /// R12/AVG art. 23: a letter whose addressee is not informed yet: it is not made.
    Postponed,
    /// The meeting has no such document.
    Unknown,
}

/// A file-name part from a name: ASCII letters and digits, the rest as single dashes.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').chars().take(40).collect()
}

/// A standard export of a finalized meeting (docs/exports.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingExport {
    /// ISO/IEC TS 27560 consent records.
    Consent,
    /// The SoH "uitkomst overleg".
    Outcome,
}

impl MeetingExport {
    /// The wire form: `consent` or `outcome`; `None` for anything else.
    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "consent" => Some(Self::Consent),
            "outcome" => Some(Self::Outcome),
            _ => None,
        }
    }
}

impl Store {
    /// A standard export of a finalized meeting as a file: its name
    /// (`<reference>-<export>.json`, the reference the export names, else
    /// `overleg-<id>`) and its JSON, pretty-printed. Personal data: saved like the PDFs.
    pub fn meeting_export_file(
        &self,
        meeting: domain::MeetingId,
        export: MeetingExport,
    ) -> Result<(String, String), StoreError> {
        let (value, suffix) = match export {
            MeetingExport::Consent => (
                self.consent_records_json(meeting)?,
                documents::CONSENT_EXPORT,
            ),
            MeetingExport::Outcome => (
                self.meeting_outcome_json(meeting)?,
                documents::OUTCOME_EXPORT,
            ),
        };
        let text =
            serde_json::to_string_pretty(&value).map_err(|_| StoreError::Corrupt("export"))?;
        let reference = value["overleg"]["referentie"]
            .as_str()
            .or_else(|| value["casus:meetingReference"].as_str())
            .map(str::to_owned)
            .unwrap_or_else(|| documents::meeting_fallback_reference(meeting.as_uuid().simple()));
        Ok((format!("{reference}-{suffix}.json"), text))
    }

    /// R14: every document of a finalized meeting (refused for a draft): the plan, one
    /// letter per addressee (a postponed one with its review date, R12), then one extract
    /// per recipient in the order they were added. The order numbers the files.
    pub fn document_list(
        &self,
        meeting: domain::MeetingId,
    ) -> Result<Vec<DocumentInfo>, StoreError> {
        let record = self.finalized_record(meeting)?;
        let recipients = self.document_recipients(meeting)?;
        listing(&record, &recipients)
    }

    /// R14: one document of a finalized meeting with its listing, to be saved; only that
    /// document is built, from the record the listing read.
    pub fn document_to_save(
        &self,
        meeting: domain::MeetingId,
        key: DocumentKey,
        printed_on: NaiveDate,
    ) -> Result<DocumentToSave, StoreError> {
        let record = self.finalized_record(meeting)?;
        let recipients = self.document_recipients(meeting)?;
        let Some(info) = listing(&record, &recipients)?
            .into_iter()
            .find(|d| d.key == key)
        else {
            return Ok(DocumentToSave::Unknown);
        };
        if info.postponed_until.is_some() {
            return Ok(DocumentToSave::Postponed);
        }
        let stamp = self.stamp()?;
        let document = self.build_document(&record, key, &stamp, printed_on)?;
        Ok(DocumentToSave::Ready(info, Box::new(document)))
    }

    /// R14: every document of a finalized meeting that can be made now, with its listing,
    /// in the listing's order; a postponed letter is left out (R12/AVG art. 23). The
    /// meeting is read once.
    pub fn documents_to_save(
        &self,
        meeting: domain::MeetingId,
        printed_on: NaiveDate,
    ) -> Result<Vec<(DocumentInfo, MeetingDocument)>, StoreError> {
        let record = self.finalized_record(meeting)?;
        let recipients = self.document_recipients(meeting)?;
        let stamp = self.stamp()?;
        listing(&record, &recipients)?
            .into_iter()
            .filter(|info| info.postponed_until.is_none())
            .map(|info| {
                let document = self.build_document(&record, info.key, &stamp, printed_on)?;
                Ok((info, document))
            })
            .collect()
    }
}

/// The listing of a finalized meeting's documents from its record and its recipients
/// (R14b, in the order they were added).
fn listing(
    record: &MeetingRecord,
    recipients: &[ParticipantId],
) -> Result<Vec<DocumentInfo>, StoreError> {
    let reference = domain::meeting_reference(&record.meeting);
    let mut out = vec![DocumentInfo {
        key: DocumentKey::Plan,
        title: documents::PLAN_LISTING.into(),
        file_name: documents::plan_file(&reference),
        postponed_until: None,
    }];
    for (n, letter) in domain::letter_addressees(record).into_iter().enumerate() {
        let addressee = letter.addressee();
        let language = domain::letter_language(record, addressee);
        let title = match addressee {
            Addressee::Family => documents::family_letter_listing(language),
            Addressee::Member(s) => {
                // For the chair's eyes only: the member's name, else their relation.
                let who = record
                    .subjects
                    .iter()
                    .find(|r| r.subject.id == s)
                    .map(|r| match &r.subject.name {
                        Some(name) => name.as_str().to_owned(),
                        None => labels::relation_title(r.subject.relation).into(),
                    })
                    .unwrap_or_default();
                documents::letter_listing(&who, language)
            }
        };
        out.push(DocumentInfo {
            key: DocumentKey::Letter(addressee),
            title,
            // No personal data in file names: the addressee is a number.
            file_name: documents::letter_file(&reference, n + 1),
            postponed_until: match letter {
                AddresseeLetter::Postponed { review_date, .. } => Some(review_date),
                AddresseeLetter::Available(_) => None,
            },
        });
    }
    for (n, id) in recipients.iter().enumerate() {
        let who = record
            .participants
            .iter()
            .find(|p| p.participant.id == *id)
            .map(|p| PersonLine::of(&p.participant))
            .ok_or(StoreError::NotFound("participant"))?;
        out.push(DocumentInfo {
            key: DocumentKey::Extract(*id),
            title: documents::extract_listing(&who.name, &who.organisation),
            // R21: a file name shows up in recent-file lists and thumbnails: the
            // recipient's organisation, never their name.
            file_name: documents::extract_file(&reference, n + 1, &slug(&who.organisation)),
            postponed_until: None,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_carry_no_diacritics_or_separators() {
        assert_eq!(slug("Zoë de Vries-Öztürk"), "zo-de-vries-zt-rk");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("🎉"), "");
    }

    #[test]
    fn only_known_document_keys_parse() {
        use DocumentKey as Key;
        assert!(matches!(Key::parse("plan"), Some(Key::Plan)));
        assert!(matches!(
            Key::parse("letter:family"),
            Some(Key::Letter(Addressee::Family))
        ));
        let s = SubjectId::new();
        assert!(matches!(
            Key::parse(&format!("letter:{s}")),
            Some(Key::Letter(Addressee::Member(m))) if m == s
        ));
        assert!(Key::parse("letter").is_none());
        assert!(Key::parse("extract:nope").is_none());
        assert!(Key::parse("../plan").is_none());
        let id = ParticipantId::new();
        assert!(matches!(Key::parse(&format!("extract:{id}")), Some(Key::Extract(p)) if p == id));
    }

    #[test]
    fn a_key_travels_in_its_wire_form() {
        for key in [
            DocumentKey::Plan,
            DocumentKey::Letter(Addressee::Family),
            DocumentKey::Letter(Addressee::Member(SubjectId::new())),
            DocumentKey::Extract(ParticipantId::new()),
        ] {
            assert_eq!(DocumentKey::parse(&key.wire()), Some(key));
            let json = serde_json::to_value(key).ok();
            assert_eq!(json, Some(serde_json::Value::String(key.wire())));
        }
    }
}
