//! Settings (R15, R18, R21): passphrase, idle time, retention, the audit check and the
//! legal bases the chair adds per organisation type (R7b).

use crate::dto::ApiError;
use crate::dto::{AuditCheck, ChangePassphrase, Settings};
use crate::dto::{CustomBasisView, NewCustomBasis, NewOrganisationEntry, OrganisationEntryView};
use crate::dto::{OrganisationProfileView, OrganisationSettings, ProfileImported};
use crate::state::AppState;
use chrono::{DateTime, Utc};
use domain::{CustomBasisId, DomainError::UnknownValue, Field};
use store::StoreError;
use texts::errors::WRONG_OLD_PASSPHRASE;

/// A setting changed by `f` at this moment, answered with the settings as shown.
fn set(
    state: &AppState,
    f: impl FnOnce(&mut store::Store, DateTime<Utc>) -> Result<store::Settings, StoreError>,
) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| f(s, Utc::now()))?;
    Ok(s.view(state.idle_overridden()))
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

/// The settings as they are.
pub fn get_settings(state: &AppState) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.settings())?;
    Ok(s.view(state.idle_overridden()))
}

/// R21: minutes of inactivity before the store locks (1–60); applies at once.
pub fn set_idle_minutes(state: &AppState, minutes: u32) -> Result<Settings, ApiError> {
    let s = state.with_store(|s| s.set_idle_minutes(minutes, Utc::now()))?;
    state.apply_idle_setting(s.idle);
    Ok(s.view(state.idle_overridden()))
}

/// R15: default retention of meetings created from now on (1–24 months).
pub fn set_retention_months(state: &AppState, months: u32) -> Result<Settings, ApiError> {
    set(state, |s, now| s.set_retention_months(months, now))
}

/// R15: the maximum retention of a meeting, extensions included (6–60 months).
pub fn set_retention_ceiling(state: &AppState, months: u32) -> Result<Settings, ApiError> {
    set(state, |s, now| s.set_retention_ceiling(months, now))
}

/// R15/R17: how long an answered rights request is kept after its answer (1–60 months).
pub fn set_rights_retention_months(state: &AppState, months: u32) -> Result<Settings, ApiError> {
    set(state, |s, now| s.set_rights_retention_months(months, now))
}

/// R18/R21: recomputes the audit chain and checks the encrypted file.
pub fn verify_audit(state: &AppState) -> Result<AuditCheck, ApiError> {
    let (verdict, integrity) =
        state.with_store(|s| Ok::<_, StoreError>((s.verify_audit()?, s.integrity_check()?)))?;
    Ok(AuditCheck::of(verdict, integrity.is_clean()))
}

/// R7b: every custom basis, per organisation type.
pub fn list_custom_bases(state: &AppState) -> Result<Vec<CustomBasisView>, ApiError> {
    state.with_store(|s| s.custom_basis_views())
}

/// R7b: adds a law and its article for an organisation type; answers the new list.
pub fn add_custom_basis(
    state: &AppState,
    input: NewCustomBasis,
) -> Result<Vec<CustomBasisView>, ApiError> {
    let basis = input.parse(CustomBasisId::new())?;
    state.with_store(|s| {
        s.keep_custom_basis(&basis, Utc::now())?;
        s.custom_basis_views()
    })
}

/// R7b: removes a custom basis (refused while items rest on it); answers the new list.
pub fn remove_custom_basis(state: &AppState, id: &str) -> Result<Vec<CustomBasisView>, ApiError> {
    let field = Field::CustomBasis;
    let id = CustomBasisId::parse(id.trim(), UnknownValue { field })?;
    state.with_store(|s| {
        s.remove_custom_basis(id, Utc::now())?;
        s.custom_basis_views()
    })
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
    let entry = input.parse()?;
    state.with_store(|s| s.save_organisation(&entry, Utc::now()))
}

/// The chair removes an organisation from the address book.
pub fn forget_organisation(
    state: &AppState,
    id: &str,
) -> Result<Vec<OrganisationEntryView>, ApiError> {
    let id = domain::AddressBookId::parse(id.trim(), ApiError::not_found(None))?;
    state.with_store(|s| s.forget_organisation(id, Utc::now()))
}

/// Issue 17 point 9: the chair's organisation profile and the partners.
pub fn organisation_settings(state: &AppState) -> Result<OrganisationSettings, ApiError> {
    state.with_store(|s| s.organisation_settings())
}

/// Issue 17 point 9: the chair picks the organisation's logo in the system's dialog (with a
/// fixed export folder: `logo.png` in it); closing the dialog changes nothing. The store
/// checks the file, the `docs` crate whether the picture decodes.
pub fn choose_organisation_logo<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    state: &AppState,
) -> Result<OrganisationSettings, ApiError> {
    let pick = (
        texts::documents::PICK_LOGO,
        ("PNG, JPEG", &["png", "jpg", "jpeg"][..]),
    );
    let Some(path) = crate::save::file_to_read(app, "logo.png", pick)? else {
        return organisation_settings(state);
    };
    let logo = store::read_logo_file(&path, docs::logo_decodes)?;
    state.with_store(|s| {
        s.set_organisation_logo(&logo, Utc::now())?;
        s.organisation_settings()
    })
}

/// Issue 17 point 9: the chair removes the logo; documents print none from then on.
pub fn remove_organisation_logo(state: &AppState) -> Result<OrganisationSettings, ApiError> {
    state.with_store(|s| {
        s.remove_organisation_logo(Utc::now())?;
        s.organisation_settings()
    })
}

/// Issue 17 point 9: the chair saves the own organisation's profile.
pub fn save_organisation_profile(
    state: &AppState,
    input: &OrganisationProfileView,
) -> Result<OrganisationSettings, ApiError> {
    let profile = domain::OrganisationProfile::parse(input)?;
    state.with_store(|s| {
        s.save_organisation_profile(&profile, Utc::now())?;
        s.organisation_settings()
    })
}

/// Issue 17 point 9: imports the profile file the chair picks (with a fixed export folder:
/// `organisatieprofiel.json` in it). The store validates it whole first
/// ([`store::read_profile_file`]) and writes it in one transaction; nothing changes on any
/// fault.
pub fn import_organisation_profile<R: tauri::Runtime>(
    app: &tauri::AppHandle<R>,
    state: &AppState,
) -> Result<ProfileImported, ApiError> {
    let pick = (texts::documents::PICK_PROFILE, ("JSON", &["json"][..]));
    let Some(path) = crate::save::file_to_read(app, "organisatieprofiel.json", pick)? else {
        return state.with_store(|s| s.profile_import_cancelled());
    };
    let checked = store::read_profile_file(&path, docs::logo_decodes)?;
    state.with_store(|s| s.import_profile_file(&checked, Utc::now()))
}
