//! Settings (R15, R18, R21): passphrase, idle time, retention, the audit check and the
//! legal bases the chair adds per organisation type (R7b).

use crate::dto::ApiError;
use crate::dto::{AuditCheck, ChangePassphrase, Settings};
use crate::dto::{CustomBasisView, NewCustomBasis, NewOrganisationEntry, OrganisationEntryView};
use crate::dto::{OrganisationProfileView, OrganisationSettings, ProfileImported};
use crate::state::AppState;
use chrono::Utc;
use domain::{CustomBasisId, DomainError, Field, OrganisationType};
use store::StoreError;
use texts::errors::WRONG_OLD_PASSPHRASE;
use uuid::Uuid;

fn settings_dto(state: &AppState, s: store::Settings) -> Settings {
    s.view(state.idle_overridden())
}

/// R21: the old passphrase is checked by a real key check; the new one follows the policy
/// and differs from the old one. Wrong old passphrase: nothing changes.
pub fn change_passphrase(state: &AppState, input: &ChangePassphrase) -> Result<(), ApiError> {
    domain::check_passphrase_change(&input.old, &input.new, &input.confirmation)?;
    state
        .with_store(|s| s.change_passphrase(&input.old, &input.new, Utc::now()))
        .map_err(|e| {
            if e.code == "wrong_passphrase" {
                ApiError {
                    field: domain::wire_name(&Field::OldPassphrase).map(str::to_owned),
                    ..ApiError::new("wrong_old_passphrase", WRONG_OLD_PASSPHRASE)
                }
            } else {
                e
            }
        })
}

pub fn get_settings(state: &AppState) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.settings())?;
    Ok(settings_dto(state, s))
}

/// R21: minutes of inactivity before the store locks (1–60); applies at once.
pub fn set_idle_minutes(state: &AppState, minutes: u32) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.set_idle_minutes(minutes, Utc::now()))?;
    state.apply_idle_setting(s.idle);
    Ok(settings_dto(state, s))
}

/// R15: default retention of meetings created from now on (1–24 months).
pub fn set_retention_months(state: &AppState, months: u32) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.set_retention_months(months, Utc::now()))?;
    Ok(settings_dto(state, s))
}

/// R15: the maximum retention of a meeting, extensions included (6–60 months).
pub fn set_retention_ceiling(state: &AppState, months: u32) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.set_retention_ceiling(months, Utc::now()))?;
    Ok(settings_dto(state, s))
}

/// R15/R17: how long an answered rights request is kept after its answer (1–60 months).
pub fn set_rights_retention_months(state: &AppState, months: u32) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.set_rights_retention_months(months, Utc::now()))?;
    Ok(settings_dto(state, s))
}

/// R18/R21: recomputes the audit chain and checks the encrypted file.
pub fn verify_audit(state: &AppState) -> Result<AuditCheck, ApiError> {
    let (verdict, integrity) =
        state.with_store(|s| Ok::<_, StoreError>((s.verify_audit()?, s.integrity_check()?)))?;
    Ok(AuditCheck::of(verdict, integrity.is_clean()))
}

fn list(state: &AppState) -> Result<Vec<CustomBasisView>, ApiError> {
    let all = state.with_store(|s| s.custom_bases())?;
    Ok(all.iter().map(Into::into).collect())
}

/// R7b: every custom basis, per organisation type.
pub fn list_custom_bases(state: &AppState) -> Result<Vec<CustomBasisView>, ApiError> {
    list(state)
}

/// R7b: adds a law and its article for an organisation type; answers the new list.
pub fn add_custom_basis(
    state: &AppState,
    input: NewCustomBasis,
) -> Result<Vec<CustomBasisView>, ApiError> {
    let organisation = OrganisationType::from_code(input.organisation_type.trim()).ok_or(
        DomainError::UnknownValue {
            field: Field::Organisation,
        },
    )?;
    let note = input.note.unwrap_or_default();
    state.with_store(|s| {
        s.add_custom_basis(organisation, &input.law, &input.article, &note, Utc::now())
    })?;
    list(state)
}

/// R7b: removes a custom basis (refused while items rest on it); answers the new list.
pub fn remove_custom_basis(state: &AppState, id: &str) -> Result<Vec<CustomBasisView>, ApiError> {
    let id = Uuid::parse_str(id.trim())
        .map(CustomBasisId::from_uuid)
        .map_err(|_| DomainError::UnknownValue {
            field: Field::CustomBasis,
        })?;
    state.with_store(|s| s.remove_custom_basis(id, Utc::now()))?;
    list(state)
}

/// The address book of organisations, by name.
pub fn address_book(state: &AppState) -> Result<Vec<OrganisationEntryView>, ApiError> {
    state.with_store(|s| s.address_book())
}

/// The chair saves an organisation (with a department or contact, if given).
pub fn save_organisation(
    state: &AppState,
    input: NewOrganisationEntry,
) -> Result<Vec<OrganisationEntryView>, ApiError> {
    let organisation = OrganisationType::from_code(input.organisation_type.trim()).ok_or(
        DomainError::UnknownValue {
            field: Field::Organisation,
        },
    )?;
    let mut entry = domain::OrganisationEntry::parse(
        domain::AddressBookId::new(),
        &input.name,
        organisation,
        input.department.as_deref().unwrap_or_default(),
    )?;
    entry.complaint_route = domain::Label::parse_optional(
        input.complaint_route.as_deref().unwrap_or_default(),
        Field::ComplaintRoute,
    )?;
    state.with_store(|s| s.save_organisation(&entry, Utc::now()))
}

/// The chair removes an organisation from the address book.
pub fn forget_organisation(
    state: &AppState,
    id: &str,
) -> Result<Vec<OrganisationEntryView>, ApiError> {
    let id = Uuid::parse_str(id.trim())
        .map(domain::AddressBookId::from_uuid)
        .map_err(|_| ApiError::from(StoreError::NotFound("organisation")))?;
    state.with_store(|s| s.forget_organisation(id, Utc::now()))
}

/// Issue 17 point 9: the chair's organisation profile and the partners.
pub fn organisation_settings(state: &AppState) -> Result<OrganisationSettings, ApiError> {
    state.with_store(|s| {
        let profile = s.organisation_profile()?;
        Ok(OrganisationSettings {
            kept: profile.is_some(),
            profile: profile
                .as_ref()
                .map(OrganisationProfileView::from)
                .unwrap_or_default(),
            partners: s.address_book()?,
            logo: s.organisation_logo()?.map(|l| l.data_url()),
        })
    })
}

/// Issue 17 point 9: reads and checks a logo file: PNG or JPEG, at most 200 kB and
/// 2000x2000 pixels (the domain), and a picture that decodes (the documents).
pub fn read_logo_file(path: &std::path::Path) -> Result<domain::Logo, ApiError> {
    let unreadable = || ApiError {
        field: Some("logo".into()),
        ..ApiError::new("logo_unreadable", texts::errors::LOGO_UNREADABLE)
    };
    let meta = std::fs::metadata(path).map_err(|_| unreadable())?;
    domain::Logo::check_len(meta.len())?;
    let logo = domain::Logo::parse(std::fs::read(path).map_err(|_| unreadable())?)?;
    if !docs::logo_decodes(&logo) {
        return Err(DomainError::LogoNotAnImage.into());
    }
    Ok(logo)
}

/// Issue 17 point 9: the chair picks the organisation's logo in the system's dialog (with a
/// fixed export folder: `logo.png` in it); closing the dialog changes nothing.
pub fn choose_organisation_logo<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    state: &AppState,
) -> Result<OrganisationSettings, ApiError> {
    // The web view never names a path.
    let path = match crate::save::fixed_dir(app) {
        Some(dir) => dir.join("logo.png"),
        None => match crate::save::pick_logo(app)? {
            Some(p) => p,
            None => return organisation_settings(state),
        },
    };
    let logo = read_logo_file(&path)?;
    state.with_store(|s| s.set_organisation_logo(&logo, Utc::now()))?;
    organisation_settings(state)
}

/// Issue 17 point 9: the chair removes the logo; documents print none from then on.
pub fn remove_organisation_logo(state: &AppState) -> Result<OrganisationSettings, ApiError> {
    state.with_store(|s| s.remove_organisation_logo(Utc::now()))?;
    organisation_settings(state)
}

/// Issue 17 point 9: the chair saves the own organisation's profile.
pub fn save_organisation_profile(
    state: &AppState,
    input: &OrganisationProfileView,
) -> Result<OrganisationSettings, ApiError> {
    let profile = domain::OrganisationProfile::parse(input)?;
    state.with_store(|s| s.save_organisation_profile(&profile, Utc::now()))?;
    organisation_settings(state)
}

/// Larger than any real profile file (a few hundred partners fit in far less).
const PROFILE_FILE_MAX_BYTES: u64 = 1024 * 1024;

fn profile_error(message: String) -> ApiError {
    ApiError {
        field: Some("path".into()),
        ..ApiError::new("profile_file_invalid", &message)
    }
}

/// Issue 17 point 9: reads and validates a profile file; nothing is written here.
pub fn read_profile_file(path: &std::path::Path) -> Result<(domain::ProfileImport, u32), ApiError> {
    use texts::errors as e;
    let unreadable = || profile_error(e::PROFILE_FILE_UNREADABLE.into());
    let meta = std::fs::metadata(path).map_err(|_| unreadable())?;
    if meta.len() > PROFILE_FILE_MAX_BYTES {
        return Err(profile_error(e::PROFILE_FILE_TOO_LARGE.into()));
    }
    let raw = std::fs::read_to_string(path).map_err(|_| unreadable())?;
    let file: domain::ProfileFile = serde_json::from_str(&raw).map_err(|err| {
        profile_error(e::profile_file_shape(
            err.line(),
            err.column(),
            &err.to_string(),
        ))
    })?;
    let partners = u32::try_from(file.partners.len()).unwrap_or(u32::MAX);
    let checked = domain::validate_profile_file(&file).map_err(|faults| {
        let mut lines: Vec<String> = faults
            .iter()
            .map(|f| e::profile_file_fault(&f.place, &e::domain_message(&f.error)))
            .collect();
        lines.push(e::PROFILE_FILE_NOTHING_CHANGED.into());
        profile_error(lines.join("\n"))
    })?;
    // The domain checked the logo's kind and size; a picture that does not decode is
    // refused too, with its place, and nothing changes.
    if checked
        .logo
        .as_ref()
        .is_some_and(|l| !docs::logo_decodes(l))
    {
        return Err(profile_error(
            [
                e::profile_file_fault(
                    "organisatie.logo",
                    &e::domain_message(&DomainError::LogoNotAnImage),
                ),
                e::PROFILE_FILE_NOTHING_CHANGED.into(),
            ]
            .join("\n"),
        ));
    }
    Ok((checked, partners))
}

/// Issue 17 point 9: imports the profile file the chair picks (with a fixed export folder:
/// `organisatieprofiel.json` in it). Validated whole first; written in one transaction;
/// nothing changes on any fault.
pub fn import_organisation_profile<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    state: &AppState,
) -> Result<ProfileImported, ApiError> {
    // The web view never names a path: the file comes from the system's dialog (or, for
    // the e2e tests, from the `--export-dir` folder).
    let path = match crate::save::fixed_dir(app) {
        Some(dir) => dir.join("organisatieprofiel.json"),
        None => match crate::save::pick_profile(app)? {
            Some(p) => p,
            None => {
                return Ok(ProfileImported {
                    cancelled: true,
                    partners: 0,
                    settings: organisation_settings(state)?,
                })
            }
        },
    };
    let (checked, partners) = read_profile_file(&path)?;
    state.with_store(|s| s.import_organisation_profile(&checked, Utc::now()))?;
    Ok(ProfileImported {
        cancelled: false,
        partners,
        settings: organisation_settings(state)?,
    })
}

#[cfg(test)]
mod profile_file_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::read_profile_file;

    const EXAMPLE: &str = include_str!("../../../docs/organisatieprofiel-voorbeeld.json");

    fn read(json: &str) -> Result<(domain::ProfileImport, u32), crate::dto::ApiError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("organisatieprofiel.json");
        std::fs::write(&path, json).unwrap();
        read_profile_file(&path)
    }

    #[test]
    fn the_example_profile_file_of_the_docs_reads() {
        let (import, partners) = read(EXAMPLE).unwrap();
        assert_eq!(partners, 4);
        assert_eq!(import.partners.len(), 4);
    }

    #[test]
    fn a_broken_profile_file_names_line_and_field_in_dutch() {
        let e = read(&EXAMPLE.replace("\"afdeling\"", "\"afdelingg\"")).unwrap_err();
        assert_eq!(e.code, "profile_file_invalid");
        assert!(e.message.starts_with("Regel 17, kolom"), "{}", e.message);
        assert!(
            e.message.contains("het veld \"afdelingg\""),
            "{}",
            e.message
        );
        let e = read(&EXAMPLE.replace("\"type\": \"rvdk\"", "\"type\": \"bank\"")).unwrap_err();
        assert!(
            e.message.starts_with(
                "Bij partners[4].type: Kies een geldige waarde voor het soort organisatie."
            ),
            "{}",
            e.message
        );
        assert!(e.message.ends_with(
            "Er is niets veranderd. Laat het bestand verbeteren en importeer het opnieuw."
        ));
        let e = read("{ \"versie\": 1, ").unwrap_err();
        assert!(
            e.message.contains("geen leesbaar organisatieprofiel"),
            "{}",
            e.message
        );
        let e = read_profile_file(std::path::Path::new("/nonexistent/x.json")).unwrap_err();
        assert!(e.message.starts_with("Het bestand kon niet worden gelezen"));
    }

    #[test]
    fn a_profile_file_whose_logo_does_not_decode_is_refused_at_its_place() {
        let png = include_bytes!("../../../docs/logo-voorbeeld.png");
        let mut broken = png[..60].to_vec();
        broken.extend_from_slice(&[0; 40]);
        let url = domain::Logo::parse(broken).unwrap().data_url();
        let with = EXAMPLE.replacen(
            "\"organisatie\": {",
            &format!("\"organisatie\": {{ \"logo\": \"{url}\","),
            1,
        );
        let e = read(&with).unwrap_err();
        assert!(
            e.message
                .starts_with("Bij organisatie.logo: Het logo moet een PNG- of JPEG-bestand zijn."),
            "{}",
            e.message
        );
        let good = domain::Logo::parse(png.to_vec()).unwrap().data_url();
        let with = EXAMPLE.replacen(
            "\"organisatie\": {",
            &format!("\"organisatie\": {{ \"logo\": \"{good}\","),
            1,
        );
        assert!(read(&with).unwrap().0.logo.is_some());
    }
}

#[cfg(test)]
mod logo_file_tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::read_logo_file;

    fn read(bytes: &[u8]) -> Result<domain::Logo, crate::dto::ApiError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("logo.png");
        std::fs::write(&path, bytes).unwrap();
        read_logo_file(&path)
    }

    #[test]
    fn a_png_or_jpeg_logo_reads() {
        let png = read(include_bytes!("../../../docs/logo-voorbeeld.png")).unwrap();
        assert_eq!((png.width(), png.height()), (360, 120));
        assert!(read(include_bytes!("../../../docs/logo-voorbeeld.jpg")).is_ok());
    }

    #[test]
    fn a_wrong_logo_file_is_refused_in_dutch_next_to_the_logo() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (
                b"GIF89a....".to_vec(),
                "Het logo moet een PNG- of JPEG-bestand zijn.",
            ),
            (vec![0; 300 * 1024], "Het logo is groter dan 200 kB."),
            (
                {
                    let png = include_bytes!("../../../docs/logo-voorbeeld.png");
                    let mut b = png[..60].to_vec();
                    b.extend_from_slice(&[0; 40]);
                    b
                },
                "Het logo moet een PNG- of JPEG-bestand zijn.",
            ),
        ];
        for (bytes, message) in cases {
            let e = read(&bytes).unwrap_err();
            assert_eq!(e.field.as_deref(), Some("logo"));
            assert!(e.message.starts_with(message), "{}", e.message);
        }
        let e = read_logo_file(std::path::Path::new("/nonexistent/logo.png")).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("logo"));
        assert!(e.message.starts_with("Het logo kon niet worden gelezen"));
    }
}
