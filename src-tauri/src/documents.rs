//! R14: the documents of a finalized meeting, saved where the chair chooses and opened in
//! the system viewer for printing. This module translates only: the store builds the views
//! (an extract from a query that can only return what was released to its recipient), the
//! `docs` crate renders them.
//!
//! No path ever comes from the webview: the chair picks the place in a native dialog. For
//! tests and scripted use, `--export-dir=<dir>` (or `CASUSOVERLEG_EXPORT_DIR`) fixes the
//! folder and turns the dialogs and the viewer off (engineering §1: native dialogs are out of
//! WebDriver's reach). PDFs are written next to their final name and renamed into place,
//! never through a temp dir.

use crate::commands::{meeting_id, AppState};
use crate::dto::documents::{DocumentInfo, SavedDocuments};
use crate::dto::ApiError;
use chrono::Utc;
use domain::{
    Addressee, AddresseeLetter, FamilyLetterData, MeetingId, ParticipantId, PlanDocument,
    RecipientExtract, SubjectId,
};
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager, Runtime};
use texts::{documents, labels};

/// The folder fixed by `--export-dir` / `CASUSOVERLEG_EXPORT_DIR`, if any.
#[derive(Debug, Clone, Default)]
pub struct ExportDir(pub Option<PathBuf>);

use texts::errors::{DOCUMENT_FAILED, DOCUMENT_UNKNOWN, LETTER_POSTPONED, NO_DIALOG, SAVE_FAILED};

/// The views of every document of one finalized meeting.
struct Views {
    plan: PlanDocument,
    /// R12/R14c: one letter per addressee; `None` while informing them is postponed.
    letters: Vec<(AddresseeLetter, Option<FamilyLetterData>)>,
    extracts: Vec<(ParticipantId, RecipientExtract)>,
    /// For the chair's titles only: each family member's name or relation.
    members: Vec<(SubjectId, String)>,
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
        let today = crate::trust::today();
        state.with_store(|s| {
            // R18: every document carries how far the audit log had come.
            let position = Some(s.audit_position()?);
            let mut plan = s.plan_document(meeting, today)?;
            plan.header.audit_position = position;
            let mut letters = s.family_letters(meeting, today)?;
            for letter in letters.iter_mut().filter_map(|(_, l)| l.as_mut()) {
                letter.header.audit_position = position;
            }
            let members = s
                .meeting_flow(meeting)?
                .record
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
            let extracts = s
                .document_recipients(meeting)?
                .into_iter()
                .map(|p| {
                    let mut extract = s.recipient_extract(meeting, p, today)?;
                    extract.header.audit_position = position;
                    Ok((p, extract))
                })
                .collect::<Result<_, store::StoreError>>()?;
            Ok(Self {
                plan,
                letters,
                extracts,
                members,
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
            let title = match addressee {
                Addressee::Family => documents::FAMILY_LETTER_LISTING.to_owned(),
                Addressee::Member(s) => {
                    let who = self
                        .members
                        .iter()
                        .find(|(id, _)| *id == s)
                        .map(|(_, who)| who.as_str())
                        .unwrap_or_default();
                    documents::letter_listing(who)
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

/// Writes `bytes` to `path` via a sibling `.part` file, so a crash never leaves half a PDF
/// under the final name. R21: the `.part` file is created new, 0600, never through a
/// symlink (a stale one of ours, or a link planted under that name, is removed first;
/// removing a link never touches its target).
pub(crate) fn write_pdf(path: &Path, bytes: &[u8]) -> Result<(), ApiError> {
    use std::io::Write;
    let failed = |_| ApiError::new("save_failed", SAVE_FAILED);
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    let part = PathBuf::from(part);
    let _ = std::fs::remove_file(&part);
    let written = store::create_private_file(&part)
        .map_err(|_| std::io::Error::other("create"))
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_data()));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&part);
        return Err(failed(e));
    }
    std::fs::rename(&part, path).map_err(|e| {
        let _ = std::fs::remove_file(&part);
        failed(e)
    })
}

pub(crate) fn fixed_dir<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    app.try_state::<ExportDir>().and_then(|d| d.0.clone())
}

pub(crate) fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// After a dialog: the store must still be unlocked (a lock may have fired while the
/// dialog was open), then the audit entry is written, and only then `write` runs (R18,
/// R21: nothing is written after a lock, nothing unaudited).
pub(crate) fn audit_then_write(
    state: &AppState,
    audit: impl FnOnce(&mut store::Store) -> Result<(), store::StoreError>,
    write: impl FnOnce() -> Result<(), ApiError>,
) -> Result<(), ApiError> {
    if !state.is_unlocked() {
        return Err(ApiError::new(
            "locked_during_dialog",
            texts::errors::LOCKED_DURING_DIALOG,
        ));
    }
    state.with_store(audit)?;
    write()
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
        || write_pdf(&path, &bytes),
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
    let dir = match fixed_dir(app) {
        Some(dir) => dir,
        None => match pick_folder(app)? {
            Some(dir) => dir,
            None => return Ok(SavedDocuments::cancelled()),
        },
    };
    let mut files = Vec::new();
    audit_then_write(
        state,
        |s| s.record_documents_saved(id, Utc::now()),
        || {
            for (name, bytes) in rendered {
                write_pdf(&dir.join(&name), &bytes)?;
                files.push(name);
            }
            Ok(())
        },
    )?;
    Ok(SavedDocuments {
        cancelled: false,
        directory: Some(display(&dir)),
        files,
    })
}

pub(crate) fn dialog<R: Runtime>(
    app: &AppHandle<R>,
) -> Result<tauri::State<'_, tauri_plugin_dialog::Dialog<R>>, ApiError> {
    app.try_state::<tauri_plugin_dialog::Dialog<R>>()
        .ok_or_else(|| ApiError::new("no_dialog", NO_DIALOG))
}

fn pick_file<R: Runtime>(app: &AppHandle<R>, name: &str) -> Result<Option<PathBuf>, ApiError> {
    let picked = dialog(app)?
        .file()
        .set_title(documents::SAVE_DOCUMENT)
        .set_file_name(name)
        .add_filter("PDF", &["pdf"])
        .blocking_save_file();
    Ok(picked.and_then(|p| p.into_path().ok()))
}

pub(crate) fn pick_folder<R: Runtime>(app: &AppHandle<R>) -> Result<Option<PathBuf>, ApiError> {
    let picked = dialog(app)?
        .file()
        .set_title(documents::PICK_FOLDER)
        .blocking_pick_folder();
    Ok(picked.and_then(|p| p.into_path().ok()))
}

/// Opens the saved PDF in the system viewer. The file is saved either way; a missing viewer
/// is not an error the chair can do anything about here.
pub(crate) fn open_in_viewer<R: Runtime>(app: &AppHandle<R>, path: &Path) {
    use tauri_plugin_opener::OpenerExt;
    if app.try_state::<tauri_plugin_opener::Opener<R>>().is_some() {
        let _ = app.opener().open_path(display(path), None::<&str>);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASS: &str = "een lang genoeg wachtwoord";

    #[test]
    fn after_a_lock_during_the_dialog_nothing_is_written_and_an_export_is_audited_first() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::new(dir.path().join("data"));
        crate::commands::create_store(&state, PASS, PASS).unwrap();
        let pdf = dir.path().join("lijst.pdf");
        // The lock fires while the dialog is open.
        crate::commands::lock(&state).unwrap();
        let e = audit_then_write(
            &state,
            |s| s.record_export_saved(store::ExportKind::BreachList, Utc::now()),
            || write_pdf(&pdf, b"%PDF"),
        )
        .unwrap_err();
        assert_eq!(e.code, "locked_during_dialog");
        assert!(!pdf.exists(), "nothing is written after a lock");
        crate::commands::unlock(&state, PASS).unwrap();
        let before = state.audit_len().unwrap();
        audit_then_write(
            &state,
            |s| s.record_export_saved(store::ExportKind::BreachList, Utc::now()),
            || {
                assert_eq!(state.audit_len().unwrap(), before + 1, "audited first");
                write_pdf(&pdf, b"%PDF")
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
        write_pdf(&pdf, b"%PDF").unwrap();
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
