//! Issue 17 point 9 (migration 0032): the chair's organisation profile, the complaint route
//! per partner in the address book, and the import of a whole profile file in one
//! transaction (the domain validated it first: all or nothing). Every write is one audit
//! entry "settings changed" without names (R18).

use crate::address_book::remember;
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{
    AddressBookId, DocumentOrganisation, Field, Label, Logo, OrganisationEntry,
    OrganisationProfile, ProfileImport, ProfileInput, Prose,
};
use rusqlite::{params, OptionalExtension, Transaction};

fn write_profile(
    tx: &Transaction<'_>,
    p: &OrganisationProfile,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    tx.execute_cached(
        "INSERT INTO organisation_profile (id, name, address, privacy_officer, privacy_email,
             privacy_phone, complaint_procedure, updated_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
             privacy_officer = excluded.privacy_officer, privacy_email = excluded.privacy_email,
             privacy_phone = excluded.privacy_phone,
             complaint_procedure = excluded.complaint_procedure,
             updated_at = excluded.updated_at",
        params![
            p.name.as_str(),
            p.address.as_ref().map(Prose::as_str),
            p.privacy_officer.as_ref().map(Label::as_str),
            p.privacy_email.as_ref().map(Label::as_str),
            p.privacy_phone.as_ref().map(Label::as_str),
            p.complaint_procedure.as_ref().map(Prose::as_str),
            time_to_db(now),
        ],
    )?;
    Ok(())
}

fn write_logo(tx: &Transaction<'_>, logo: &Logo, now: DateTime<Utc>) -> Result<(), StoreError> {
    tx.execute_cached(
        "INSERT INTO organisation_logo (id, image, updated_at) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET image = excluded.image, updated_at = excluded.updated_at",
        params![logo.bytes(), time_to_db(now)],
    )?;
    Ok(())
}

/// Re-import updates by name: the entry with this name (any type) keeps its id and gets
/// the file's type, department and route; other entries of the same name go.
fn upsert_partner(
    tx: &Transaction<'_>,
    entry: &OrganisationEntry,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let existing: Option<String> = tx
        .query_row(
            "SELECT id FROM address_book WHERE lower(name) = lower(?1) ORDER BY last_used DESC",
            [entry.name.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    match existing {
        Some(id) => {
            tx.execute_cached(
                "DELETE FROM address_book WHERE lower(name) = lower(?1) AND id <> ?2",
                params![entry.name.as_str(), id],
            )?;
            tx.execute_cached(
                "UPDATE address_book SET name = ?2, organisation_type = ?3, department = ?4,
                     complaint_route = ?5, last_used = ?6 WHERE id = ?1",
                params![
                    id,
                    entry.name.as_str(),
                    entry.organisation_type.code(),
                    entry.department.as_ref().map(Label::as_str),
                    entry.complaint_route.as_ref().map(Label::as_str),
                    time_to_db(now),
                ],
            )?;
            Ok(())
        }
        None => remember(tx, entry, now),
    }
}

impl Store {
    /// The chair's organisation profile, when one is kept.
    pub fn organisation_profile(&self) -> Result<Option<OrganisationProfile>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT name, address, privacy_officer, privacy_email, privacy_phone,
                        complaint_procedure FROM organisation_profile WHERE id = 1",
                [],
                |r| {
                    let s = |i: usize| r.get::<_, Option<String>>(i).map(Option::unwrap_or_default);
                    Ok(ProfileInput {
                        name: s(0)?,
                        address: s(1)?,
                        privacy_officer: s(2)?,
                        privacy_email: s(3)?,
                        privacy_phone: s(4)?,
                        complaint_procedure: s(5)?,
                    })
                },
            )
            .optional()?;
        row.map(|input| {
            OrganisationProfile::parse(&input).map_err(|_| StoreError::Corrupt("profile"))
        })
        .transpose()
    }

    /// Issue 17 point 9: the organisation's logo, when one is kept.
    pub fn organisation_logo(&self) -> Result<Option<Logo>, StoreError> {
        let bytes: Option<Vec<u8>> = self
            .conn
            .query_row(
                "SELECT image FROM organisation_logo WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        bytes
            .map(|b| Logo::parse(b).map_err(|_| StoreError::Corrupt("logo")))
            .transpose()
    }

    /// What every document prints of the chair's organisation: the profile and its logo.
    pub fn document_organisation(&self) -> Result<Option<DocumentOrganisation>, StoreError> {
        let Some(profile) = self.organisation_profile()? else {
            return Ok(None);
        };
        let mut org = profile.for_documents();
        org.logo = self.organisation_logo()?;
        Ok(Some(org))
    }

    /// Issue 17 point 9: the chair chooses (or replaces) the organisation's logo. Audited as
    /// a settings change; the audit line holds no part of the picture.
    pub fn set_organisation_logo(
        &mut self,
        logo: &Logo,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        write_logo(&tx, logo, now)?;
        audit::append(&tx, AuditKind::SettingsChanged, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Issue 17 point 9: the chair removes the logo; documents print none from then on.
    /// Removing when none is kept changes nothing and writes no audit line.
    pub fn remove_organisation_logo(&mut self, now: DateTime<Utc>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let n = tx.execute_cached("DELETE FROM organisation_logo WHERE id = 1", [])?;
        if n > 0 {
            audit::append(&tx, AuditKind::SettingsChanged, None, DecidedBy::Chair, now)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The chair saves the own organisation's profile.
    pub fn save_organisation_profile(
        &mut self,
        profile: &OrganisationProfile,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        write_profile(&tx, profile, now)?;
        audit::append(&tx, AuditKind::SettingsChanged, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        Ok(())
    }

    /// The chair sets (or clears) where a family complains about a partner.
    pub fn set_partner_complaint_route(
        &mut self,
        id: AddressBookId,
        route: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<OrganisationEntry>, StoreError> {
        let route = Label::parse_optional(route, Field::ComplaintRoute)?;
        let tx = self.conn.transaction()?;
        let n = tx.execute_cached(
            "UPDATE address_book SET complaint_route = ?2 WHERE id = ?1",
            params![id.to_string(), route.as_ref().map(Label::as_str)],
        )?;
        if n == 0 {
            return Err(StoreError::NotFound("organisation"));
        }
        audit::append(&tx, AuditKind::SettingsChanged, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        self.address_book()
    }

    /// Issue 17 point 9: a validated profile file, in one transaction: the profile, every
    /// partner (updated by name) and its legal bases for its type (R7b; a law and article
    /// already kept for that type are not added twice) and the logo when the file holds one
    /// (a file without one keeps the logo the chair chose).
    pub fn import_organisation_profile(
        &mut self,
        import: &ProfileImport,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        write_profile(&tx, &import.profile, now)?;
        if let Some(logo) = &import.logo {
            write_logo(&tx, logo, now)?;
        }
        for p in &import.partners {
            upsert_partner(&tx, &p.entry, now)?;
            for b in &p.bases {
                tx.execute_cached(
                    "INSERT INTO custom_bases (id, organisation_type, law, article, note, created_at)
                     SELECT ?1, ?2, ?3, ?4, ?5, ?6
                     WHERE NOT EXISTS (SELECT 1 FROM custom_bases WHERE organisation_type = ?2
                         AND lower(law) = lower(?3) AND lower(article) = lower(?4))",
                    params![
                        b.id.to_string(),
                        b.organisation.code(),
                        b.law.as_str(),
                        b.article.as_str(),
                        b.note.as_ref().map(Label::as_str),
                        time_to_db(now),
                    ],
                )?;
            }
        }
        audit::append(&tx, AuditKind::SettingsChanged, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        Ok(())
    }
}
