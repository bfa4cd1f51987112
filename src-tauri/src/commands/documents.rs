//! R14: the documents of a finalized meeting, saved where the chair chooses and opened in
//! the system viewer for printing (`crate::save`), and the standard exports of a meeting.
//! This module translates only: the store builds the views (an extract from a query that
//! can only return what was released to its recipient), the `docs` crate renders them.

use crate::commands::meeting_id;
use crate::dto::ApiError;
use crate::dto::{DocumentInfo, SavedDocuments};
use crate::save::{audit_then_write, display, fixed_dir, write_file};
use crate::save::{one_file, open_in_viewer, pick_file};
use crate::state::AppState;
use chrono::Utc;
use domain::{
    Addressee, AddresseeLetter, FamilyLetterData, MeetingId, ParticipantId, PlanDocument,
    RecipientExtract, SubjectId,
};
use tauri::{AppHandle, Runtime};
use texts::errors::{
    DOCUMENT_FAILED, DOCUMENT_UNKNOWN, EXPORT_FAILED, LETTER_POSTPONED, UNKNOWN_EXPORT,
};
use texts::{documents, labels};

/// Saves a standard export of a finalized meeting: `consent` (ISO/IEC TS 27560 consent
/// records) or `outcome` (SoH uitkomst overleg). Personal data: audited like the PDFs.
pub fn save_meeting_export<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
    export: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    let (value, suffix) = match export {
        "consent" => (
            state.with_store(|s| s.consent_records_json(id))?,
            texts::documents::CONSENT_EXPORT,
        ),
        "outcome" => (
            state.with_store(|s| s.meeting_outcome_json(id))?,
            texts::documents::OUTCOME_EXPORT,
        ),
        _ => return Err(ApiError::new("unknown_export", UNKNOWN_EXPORT)),
    };
    let text = serde_json::to_string_pretty(&value)
        .map_err(|_| ApiError::new("export_failed", EXPORT_FAILED))?;
    let reference = value["overleg"]["referentie"]
        .as_str()
        .or_else(|| value["casus:meetingReference"].as_str())
        .map(str::to_owned)
        .unwrap_or_else(|| texts::documents::meeting_fallback_reference(id.as_uuid().simple()));
    let name = format!("{reference}-{suffix}.json");
    one_file(
        app,
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        name,
        ("JSON", "json"),
        text.as_bytes(),
    )
}

/// The views of every document of one finalized meeting.
struct Views {
    plan: PlanDocument,
    /// R12/R14c: one letter per addressee; `None` while informing them is postponed.
    letters: Vec<(AddresseeLetter, Option<FamilyLetterData>)>,
    extracts: Vec<(ParticipantId, RecipientExtract)>,
    /// For the chair's titles only: each family member's name or relation.
    members: Vec<(SubjectId, String)>,
    /// R12: the language of each addressee's letter (domain `letter_language`).
    languages: Vec<(Addressee, domain::LetterLanguage)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Plan,
    Letter(Addressee),
    Extract(ParticipantId),
}

impl Key {
    /// The wire form: `plan`, `letter` or `extract:<participant id>`.
    fn wire(self) -> String {
        match self {
            Self::Plan => "plan".into(),
            Self::Letter(Addressee::Family) => "letter:family".into(),
            Self::Letter(Addressee::Member(s)) => format!("letter:{s}"),
            Self::Extract(p) => format!("extract:{p}"),
        }
    }

    fn parse(raw: &str) -> Option<Self> {
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

/// A file-name part from a name: ASCII letters and digits, the rest as single dashes.
pub(crate) fn slug(text: &str) -> String {
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

impl Views {
    fn load(state: &AppState, meeting: MeetingId) -> Result<Self, ApiError> {
        let today = crate::commands::today();
        state.with_store(|s| {
            // R18: the store stamps every document with the audit log's position.
            let store::MeetingDocuments {
                plan,
                letters,
                extracts,
            } = s.meeting_documents(meeting, today)?;
            let record = s.meeting_flow(meeting)?.record;
            let languages = letters
                .iter()
                .map(|(l, _)| {
                    let to = l.addressee();
                    (to, domain::letter_language(&record, to))
                })
                .collect();
            let members = record
                .subjects
                .into_iter()
                .map(|r| {
                    let who = r
                        .subject
                        .name
                        .map(|n| n.as_str().to_owned())
                        .unwrap_or_else(|| labels::relation_title(r.subject.relation).into());
                    (r.subject.id, who)
                })
                .collect();
            Ok(Self {
                plan,
                letters,
                extracts,
                members,
                languages,
            })
        })
    }

    /// Every document of the meeting with its key: plan, one letter per addressee (a
    /// postponed one marked, R12), then one extract per recipient.
    fn documents(&self) -> Vec<(Key, DocumentInfo)> {
        let reference = &self.plan.header.meeting_ref;
        let info = |key: Key, title: String, file_name: String| {
            let wire = key.wire();
            (
                key,
                DocumentInfo {
                    key: wire,
                    title,
                    file_name,
                    postponed_until: None,
                },
            )
        };
        let mut out = vec![info(
            Key::Plan,
            documents::PLAN_LISTING.into(),
            documents::plan_file(reference),
        )];
        for (n, (decision, _)) in self.letters.iter().enumerate() {
            let addressee = decision.addressee();
            let language = self
                .languages
                .iter()
                .find(|(to, _)| *to == addressee)
                .map(|(_, l)| *l)
                .unwrap_or_default();
            let title = match addressee {
                Addressee::Family => documents::family_letter_listing(language),
                Addressee::Member(s) => {
                    let who = self
                        .members
                        .iter()
                        .find(|(id, _)| *id == s)
                        .map(|(_, who)| who.as_str())
                        .unwrap_or_default();
                    documents::letter_listing(who, language)
                }
            };
            // No personal data in file names: the addressee is a number.
            let (_, mut row) = info(
                Key::Letter(addressee),
                title,
                documents::letter_file(reference, n + 1),
            );
            if let AddresseeLetter::Postponed { review_date, .. } = decision {
                row.postponed_until = Some(review_date.format("%Y-%m-%d").to_string());
            }
            out.push((Key::Letter(addressee), row));
        }
        for (n, (id, extract)) in self.extracts.iter().enumerate() {
            let who = &extract.recipient;
            out.push(info(
                Key::Extract(*id),
                documents::extract_listing(&who.name, &who.organisation),
                // R21: a file name shows up in recent-file lists and thumbnails: the
                // recipient's organisation, never their name.
                documents::extract_file(reference, n + 1, &slug(&who.organisation)),
            ));
        }
        out
    }

    fn render(&self, key: &Key) -> Result<Vec<u8>, ApiError> {
        let bytes = match key {
            Key::Plan => docs::render_plan(&self.plan),
            Key::Letter(to) => match self.letters.iter().find(|(d, _)| d.addressee() == *to) {
                Some((_, Some(letter))) => docs::render_family_letter(letter),
                // R12/AVG art. 23: no letter exists while informing them is postponed.
                Some((_, None)) => return Err(ApiError::new("letter_postponed", LETTER_POSTPONED)),
                None => return Err(ApiError::new("unknown_document", DOCUMENT_UNKNOWN)),
            },
            Key::Extract(p) => match self.extracts.iter().find(|(id, _)| id == p) {
                Some((_, extract)) => docs::render_extract(extract),
                None => return Err(ApiError::new("unknown_document", DOCUMENT_UNKNOWN)),
            },
        };
        bytes.map_err(|_| ApiError::new("document_failed", DOCUMENT_FAILED))
    }
}

/// R14: the documents of a finalized meeting (refused for a draft).
pub fn list_documents(state: &AppState, meeting: &str) -> Result<Vec<DocumentInfo>, ApiError> {
    let views = Views::load(state, meeting_id(meeting)?)?;
    Ok(views
        .documents()
        .into_iter()
        .map(|(_, info)| info)
        .collect())
}

/// R14: saves one document where the chair chooses and opens it in the system viewer.
/// Cancelling the dialog is not an error: nothing is written.
pub fn save_document<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
    document: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    let key =
        Key::parse(document).ok_or_else(|| ApiError::new("unknown_document", DOCUMENT_UNKNOWN))?;
    let views = Views::load(state, id)?;
    let info = views
        .documents()
        .into_iter()
        .find_map(|(k, info)| (k == key).then_some(info))
        .ok_or_else(|| ApiError::new("unknown_document", DOCUMENT_UNKNOWN))?;
    let bytes = views.render(&key)?;
    let (path, open) = match fixed_dir(app) {
        Some(dir) => (dir.join(&info.file_name), false),
        None => match pick_file(app, &info.file_name)? {
            Some(path) => (path, true),
            None => return Ok(SavedDocuments::cancelled()),
        },
    };
    audit_then_write(
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        || write_file(&path, &bytes),
    )?;
    if open {
        open_in_viewer(app, &path);
    }
    Ok(SavedDocuments {
        cancelled: false,
        directory: path.parent().map(display),
        files: vec![info.file_name],
    })
}

/// R14: saves every document of the meeting into one folder the chair chooses.
pub fn save_all_documents<R: Runtime>(
    app: &AppHandle<R>,
    state: &AppState,
    meeting: &str,
) -> Result<SavedDocuments, ApiError> {
    let id = meeting_id(meeting)?;
    let views = Views::load(state, id)?;
    // Render everything before asking where: a failure then writes nothing. A postponed
    // letter is not made at all (R12/AVG art. 23).
    let mut rendered = Vec::new();
    for (key, info) in views.documents() {
        if info.postponed_until.is_some() {
            continue;
        }
        rendered.push((info.file_name, views.render(&key)?));
    }
    crate::save::into_folder(
        app,
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        rendered,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASS: &str = "een lang genoeg wachtwoord";

    #[test]
    fn after_a_lock_during_the_dialog_nothing_is_written_and_an_export_is_audited_first() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::new(dir.path().join("data"));
        crate::commands::lock::create_store(&state, PASS, PASS).unwrap();
        let pdf = dir.path().join("lijst.pdf");
        // The lock fires while the dialog is open.
        crate::commands::lock::lock(&state).unwrap();
        let e = audit_then_write(
            &state,
            |s| s.record_export_saved(store::ExportKind::BreachList, Utc::now()),
            || write_file(&pdf, b"%PDF"),
        )
        .unwrap_err();
        assert_eq!(e.code, "locked_during_dialog");
        assert!(!pdf.exists(), "nothing is written after a lock");
        crate::commands::lock::unlock(&state, PASS).unwrap();
        let before = state.audit_len().unwrap();
        audit_then_write(
            &state,
            |s| s.record_export_saved(store::ExportKind::BreachList, Utc::now()),
            || {
                assert_eq!(state.audit_len().unwrap(), before + 1, "audited first");
                write_file(&pdf, b"%PDF")
            },
        )
        .unwrap();
        assert_eq!(state.audit_len().unwrap(), before + 1);
        assert!(pdf.is_file());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&pdf).unwrap().permissions().mode();
            assert_eq!(
                mode & 0o777,
                0o600,
                "only the user may read a saved document"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_part_symlink_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("elders.txt");
        std::fs::write(&victim, b"keep").unwrap();
        let pdf = dir.path().join("plan.pdf");
        std::os::unix::fs::symlink(&victim, dir.path().join("plan.pdf.part")).unwrap();
        write_file(&pdf, b"%PDF").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        assert_eq!(std::fs::read(&pdf).unwrap(), b"%PDF");
    }

    #[test]
    fn file_names_carry_no_diacritics_or_separators() {
        assert_eq!(slug("Zoë de Vries-Öztürk"), "zo-de-vries-zt-rk");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("🎉"), "");
    }

    #[test]
    fn only_known_document_keys_parse() {
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
}
