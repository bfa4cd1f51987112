//! R7b: the legal bases the chair added per organisation type. Writes follow the `flow`
//! pattern: one transaction, the domain decides, the store writes, one audit entry with
//! only a kind and a time (no law, no article), commit.

use crate::audit::{self, AuditKind, DecidedBy};
use crate::codec::*;
use crate::ExecuteCached;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use domain::{
    check_custom_basis_removal, CustomBasis, CustomBasisId, DomainError, Field, OrganisationType,
};
use rusqlite::{params, Connection, Row};

const COLUMNS: &str = "id, organisation_type, law, article, note";

/// Reads a custom basis from five columns starting at `at` (shared with the item loader).
pub(crate) fn custom_basis_at(r: &Row<'_>, at: usize) -> Result<CustomBasis, StoreError> {
    let id: String = r.get(at)?;
    let organisation = OrganisationType::from_code(&r.get::<_, String>(at + 1)?)
        .ok_or(StoreError::Corrupt("custom basis organisation type"))?;
    let note: Option<String> = r.get(at + 4)?;
    CustomBasis::new(
        CustomBasisId::from_uuid(uuid_from_db(&id)?),
        organisation,
        &r.get::<_, String>(at + 2)?,
        &r.get::<_, String>(at + 3)?,
        note.as_deref().unwrap_or(""),
    )
    .map_err(|_| StoreError::Corrupt("custom basis"))
}

pub(crate) fn custom_basis_in(
    conn: &Connection,
    id: CustomBasisId,
) -> Result<Option<CustomBasis>, StoreError> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {COLUMNS} FROM custom_bases WHERE id = ?1"))?;
    let mut rows = stmt.query([id.to_string()])?;
    match rows.next()? {
        Some(r) => custom_basis_at(r, 0).map(Some),
        None => Ok(None),
    }
}

impl Store {
    /// R7b: every custom basis, per organisation type in the order of
    /// `OrganisationType::ALL`, then by law and article.
    pub fn custom_bases(&self) -> Result<Vec<CustomBasis>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM custom_bases ORDER BY law, article, id"
        ))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(custom_basis_at(r, 0)?);
        }
        out.sort_by_key(|b| b.organisation);
        Ok(out)
    }

    /// R7b: one custom basis; an unknown id is refused as an unknown basis.
    pub fn custom_basis(&self, id: CustomBasisId) -> Result<CustomBasis, StoreError> {
        custom_basis_in(&self.conn, id)?.ok_or(StoreError::Invalid(DomainError::UnknownValue {
            field: Field::Basis,
        }))
    }

    /// R7: the basis the chair chose, with a custom legal basis (R7b) looked up; whether
    /// it holds for the contributor is the domain's check when it is stored.
    pub fn resolve_basis(&self, choice: domain::BasisChoice) -> Result<domain::Basis, StoreError> {
        Ok(match choice {
            domain::BasisChoice::Ready(b) => b,
            domain::BasisChoice::Custom(c) => domain::Basis::CustomLegal(self.custom_basis(c)?),
        })
    }

    /// R7b: the chair adds a law and its article for an organisation type.
    pub fn add_custom_basis(
        &mut self,
        organisation: OrganisationType,
        law: &str,
        article: &str,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<CustomBasis, StoreError> {
        let basis = CustomBasis::new(CustomBasisId::new(), organisation, law, article, note)?;
        self.keep_custom_basis(&basis, now)?;
        Ok(basis)
    }

    /// R7b: keeps a basis the domain validated (`domain::NewCustomBasis::parse`).
    pub fn keep_custom_basis(
        &mut self,
        basis: &CustomBasis,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute_cached(
            "INSERT INTO custom_bases (id, organisation_type, law, article, note, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                basis.id.to_string(),
                basis.organisation.code(),
                basis.law.as_str(),
                basis.article.as_str(),
                basis.note.as_ref().map(|n| n.as_str()),
                time_to_db(now),
            ],
        )?;
        audit::append(
            &tx,
            AuditKind::CustomBasisAdded,
            None,
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        Ok(())
    }

    /// R7b: removes a custom basis, refused while items rest on it.
    pub fn remove_custom_basis(
        &mut self,
        id: CustomBasisId,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        if custom_basis_in(&tx, id)?.is_none() {
            return Err(StoreError::Invalid(DomainError::UnknownValue {
                field: Field::CustomBasis,
            }));
        }
        let in_use: i64 = tx.query_row(
            "SELECT COUNT(*) FROM item_basis WHERE custom_basis_id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        check_custom_basis_removal(usize::try_from(in_use).unwrap_or(usize::MAX))?;
        tx.execute_cached("DELETE FROM custom_bases WHERE id = ?1", [id.to_string()])?;
        audit::append(
            &tx,
            AuditKind::CustomBasisRemoved,
            None,
            DecidedBy::Chair,
            now,
        )?;
        tx.commit()?;
        Ok(())
    }
}
