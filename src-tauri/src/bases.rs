//! R7b: the legal bases the chair adds per organisation type. Translation only: the
//! domain validates law and article, the store writes and audits.

use crate::commands::AppState;
use crate::dto::bases::{CustomBasisView, NewCustomBasis};
use crate::dto::ApiError;
use chrono::Utc;
use domain::{CustomBasis, CustomBasisId, DomainError, Field, OrganisationType};
use uuid::Uuid;

fn view(c: &CustomBasis) -> CustomBasisView {
    CustomBasisView {
        id: c.id.to_string(),
        code: crate::flow::custom_basis_code(c.id),
        organisation_type: c.organisation.code().into(),
        organisation_label: texts::labels::organisation_type(c.organisation).into(),
        law: c.law.to_string(),
        article: c.article.to_string(),
        note: c.note.as_ref().map(ToString::to_string),
        label: texts::labels::custom_basis(c.law.as_str(), c.article.as_str()),
    }
}

fn list(state: &AppState) -> Result<Vec<CustomBasisView>, ApiError> {
    let all = state.with_store(|s| s.custom_bases())?;
    Ok(all.iter().map(view).collect())
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
