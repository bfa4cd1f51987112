//! The settings screen as the chair sees it (R7b, R15, R18, R21): the settings with their
//! bounds, the audit check, the legal bases the chair added and the organisation's profile
//! with its partners (issue 17 point 9). Serialized as they are over IPC.

use crate::{AuditProblem, AuditVerdict, Settings, Store, StoreError};
use domain::{CustomBasis, OrganisationEntry, ProfileInput};
use serde::Serialize;

/// The chair's settings with their bounds.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export, rename = "Settings"))]
pub struct SettingsView {
    /// R21: minutes of inactivity before the store locks itself.
    pub idle_minutes: u32,
    pub idle_minutes_min: u32,
    pub idle_minutes_max: u32,
    /// The idle time is fixed by the command line (tests); the setting applies later.
    pub idle_overridden: bool,
    /// R15: default retention of new meetings, in months.
    pub retention_months: u32,
    pub retention_months_min: u32,
    pub retention_months_max: u32,
    /// R15: the maximum retention of a meeting, extensions included, in months.
    pub retention_ceiling_months: u32,
    pub retention_ceiling_months_min: u32,
    pub retention_ceiling_months_max: u32,
    /// R15/R17: how long an answered rights request is kept after its answer, in months.
    pub rights_retention_months: u32,
    pub rights_retention_months_min: u32,
    pub rights_retention_months_max: u32,
}

impl Settings {
    /// The settings with the domain's bounds; `idle_overridden`: the command line fixes
    /// the idle time.
    pub fn view(&self, idle_overridden: bool) -> SettingsView {
        SettingsView {
            idle_minutes: u32::try_from(self.idle.timeout().as_secs() / 60).unwrap_or(u32::MAX),
            idle_minutes_min: domain::IDLE_MIN_MINUTES,
            idle_minutes_max: domain::IDLE_MAX_MINUTES,
            idle_overridden,
            retention_months: self.retention_months.get(),
            retention_months_min: domain::RETENTION_MIN_MONTHS,
            retention_months_max: domain::RETENTION_MAX_MONTHS,
            retention_ceiling_months: self.retention_ceiling.get(),
            retention_ceiling_months_min: domain::RETENTION_CEILING_MIN_MONTHS,
            retention_ceiling_months_max: domain::RETENTION_CEILING_MAX_MONTHS,
            rights_retention_months: self.rights_retention.get(),
            rights_retention_months_min: domain::RIGHTS_RETENTION_MIN_MONTHS,
            rights_retention_months_max: domain::RIGHTS_RETENTION_MAX_MONTHS,
        }
    }
}

/// The result of "Controleer auditlog": the hash chain (R18) and the encrypted file (R21).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct AuditCheck {
    /// The chain holds from the first to the anchored last entry.
    pub intact: bool,
    /// Entries checked (when intact).
    pub entries: u32,
    /// The first entry where the chain breaks.
    pub broken_at: Option<u32>,
    pub problem: Option<AuditProblem>,
    /// `PRAGMA cipher_integrity_check` and `PRAGMA integrity_check` are clean.
    pub file_intact: bool,
}

impl AuditCheck {
    /// The chain's verdict and whether the file is clean.
    pub fn of(verdict: AuditVerdict, file_intact: bool) -> Self {
        match verdict {
            AuditVerdict::Intact { entries } => AuditCheck {
                intact: true,
                entries: u32::try_from(entries).unwrap_or(u32::MAX),
                broken_at: None,
                problem: None,
                file_intact,
            },
            AuditVerdict::Broken { at_seq, problem } => AuditCheck {
                intact: false,
                entries: 0,
                broken_at: Some(u32::try_from(at_seq).unwrap_or(0)),
                problem: Some(problem),
                file_intact,
            },
        }
    }
}

/// R7b: a legal basis the chair added. `code` is what the basis editor sends
/// (`custom:<id>`); `label` the law and its article as shown everywhere.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CustomBasisView {
    pub id: String,
    pub code: String,
    pub organisation_type: String,
    pub organisation_label: String,
    pub law: String,
    pub article: String,
    pub note: Option<String>,
    pub label: String,
}

impl From<&CustomBasis> for CustomBasisView {
    fn from(c: &CustomBasis) -> Self {
        CustomBasisView {
            id: c.id.to_string(),
            code: crate::custom_basis_code(c.id),
            organisation_type: c.organisation.code().into(),
            organisation_label: texts::labels::organisation_type(c.organisation).into(),
            law: c.law.to_string(),
            article: c.article.to_string(),
            note: c.note.as_ref().map(ToString::to_string),
            label: texts::labels::custom_basis(c.law.as_str(), c.article.as_str()),
        }
    }
}

/// Issue 17 point 9: the profile in the settings; `kept` is false before one is saved.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct OrganisationSettings {
    pub kept: bool,
    pub profile: ProfileInput,
    /// The address book with each partner's complaint route.
    pub partners: Vec<OrganisationEntry>,
    /// The organisation's logo as a data URL (`data:image/png;base64,...`), for the preview.
    pub logo: Option<String>,
}

/// The outcome of importing a profile file; `cancelled` when the chair closed the dialog.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ProfileImported {
    pub cancelled: bool,
    /// Partners in the file.
    pub partners: u32,
    pub settings: OrganisationSettings,
}

impl Store {
    /// R7b: every custom basis as the settings screen lists it.
    pub fn custom_basis_views(&self) -> Result<Vec<CustomBasisView>, StoreError> {
        Ok(self.custom_bases()?.iter().map(Into::into).collect())
    }

    /// Issue 17 point 9: the chair's organisation profile (empty fields before one is
    /// kept), the partners and the logo.
    pub fn organisation_settings(&self) -> Result<OrganisationSettings, StoreError> {
        let profile = self.organisation_profile()?;
        Ok(OrganisationSettings {
            kept: profile.is_some(),
            profile: profile.as_ref().map(ProfileInput::from).unwrap_or_default(),
            partners: self.address_book()?,
            logo: self.organisation_logo()?.map(|l| l.data_url()),
        })
    }

    /// Issue 17 point 9: imports a checked profile file in one transaction
    /// ([`Store::import_organisation_profile`]) and answers the settings after it.
    pub fn import_profile_file(
        &mut self,
        file: &crate::CheckedProfileFile,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<ProfileImported, StoreError> {
        self.import_organisation_profile(&file.import, now)?;
        Ok(ProfileImported {
            cancelled: false,
            partners: file.partners,
            settings: self.organisation_settings()?,
        })
    }

    /// Issue 17 point 9: the chair closed the dialog: nothing imported, the settings as
    /// they are.
    pub fn profile_import_cancelled(&self) -> Result<ProfileImported, StoreError> {
        Ok(ProfileImported {
            cancelled: true,
            partners: 0,
            settings: self.organisation_settings()?,
        })
    }
}
