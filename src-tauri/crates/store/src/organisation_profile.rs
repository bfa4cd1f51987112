//! Issue 17 point 9 (migration 0032): the chair's organisation profile, the complaint route
//! per partner in the address book, and the import of a whole profile file in one
//! transaction (the domain validated it first: all or nothing). Every write is one audit
//! entry "settings changed" without names (R18).

use crate::address_book::remember;
use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{
    AddressBookId, Field, Label, OrganisationEntry, OrganisationProfile, ProfileImport,
    ProfileInput, Prose,
};
use rusqlite::{params, OptionalExtension, Transaction};

fn write_profile(
    tx: &Transaction<'_>,
    p: &OrganisationProfile,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    tx.execute(
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
            tx.execute(
                "DELETE FROM address_book WHERE lower(name) = lower(?1) AND id <> ?2",
                params![entry.name.as_str(), id],
            )?;
            tx.execute(
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
        let n = tx.execute(
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
    /// already kept for that type are not added twice).
    pub fn import_organisation_profile(
        &mut self,
        import: &ProfileImport,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        write_profile(&tx, &import.profile, now)?;
        for p in &import.partners {
            upsert_partner(&tx, &p.entry, now)?;
            for b in &p.bases {
                tx.execute(
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
