//! The chair's address book of organisations (migration 0023): the organisations of the
//! participants added before (name and type only, see [`domain::OrganisationEntry`]) and
//! the ones the chair saved, with a department or contact when given. The chair can remove
//! any entry; a removal is logged as a change of the settings (no names in the log).

use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{AddressBookId, Field, Label, OrganisationEntry, OrganisationType};
use rusqlite::{params, Transaction};

/// Adds the entry, or marks the existing one with the same name and type as used now (a
/// department already saved stays, a new one replaces it).
pub(crate) fn remember(
    tx: &Transaction<'_>,
    entry: &OrganisationEntry,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    tx.execute_cached(
        "INSERT INTO address_book
             (id, name, organisation_type, department, last_used, complaint_route)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (name, organisation_type) DO UPDATE SET
             department = coalesce(excluded.department, address_book.department),
             complaint_route = coalesce(excluded.complaint_route, address_book.complaint_route),
             last_used = excluded.last_used",
        params![
            entry.id.to_string(),
            entry.name.as_str(),
            entry.organisation_type.code(),
            entry.department.as_ref().map(Label::as_str),
            time_to_db(now),
            entry.complaint_route.as_ref().map(Label::as_str),
        ],
    )?;
    Ok(())
}

impl Store {
    /// The address book, by name.
    pub fn address_book(&self) -> Result<Vec<OrganisationEntry>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, organisation_type, department, complaint_route FROM address_book
             ORDER BY name COLLATE NOCASE, organisation_type",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let label =
                |s: String, f: Field| Label::parse(&s, f).map_err(|_| StoreError::Corrupt("label"));
            out.push(OrganisationEntry {
                id: AddressBookId::from_uuid(uuid_from_db(&r.get::<_, String>(0)?)?),
                name: label(r.get(1)?, Field::Organisation)?,
                organisation_type: OrganisationType::from_code(&r.get::<_, String>(2)?)
                    .ok_or(StoreError::Corrupt("organisation type"))?,
                department: r
                    .get::<_, Option<String>>(3)?
                    .map(|d| label(d, Field::Department))
                    .transpose()?,
                complaint_route: r
                    .get::<_, Option<String>>(4)?
                    .map(|d| label(d, Field::ComplaintRoute))
                    .transpose()?,
            });
        }
        Ok(out)
    }

    /// The chair saves an organisation (with a department or contact, if given).
    pub fn save_organisation(
        &mut self,
        entry: &OrganisationEntry,
        now: DateTime<Utc>,
    ) -> Result<Vec<OrganisationEntry>, StoreError> {
        let tx = self.conn.transaction()?;
        remember(&tx, entry, now)?;
        audit::append(&tx, AuditKind::SettingsChanged, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        self.address_book()
    }

    /// The chair removes an organisation from the address book (meetings keep theirs).
    pub fn forget_organisation(
        &mut self,
        id: AddressBookId,
        now: DateTime<Utc>,
    ) -> Result<Vec<OrganisationEntry>, StoreError> {
        let tx = self.conn.transaction()?;
        let n = tx.execute_cached("DELETE FROM address_book WHERE id = ?1", [id.to_string()])?;
        if n == 0 {
            return Err(StoreError::NotFound("organisation"));
        }
        audit::append(&tx, AuditKind::SettingsChanged, None, DecidedBy::Chair, now)?;
        tx.commit()?;
        self.address_book()
    }
}
