//! What the UI sends about a request of the people the data is about (R17).

use super::Choice;
use crate::{DomainError, Field, RequestInput, RequestKind, Requester};
use serde::Deserialize;

/// R17: the chair registers a request.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewRightsRequest {
    /// The key of the family member the request is about (the register's person search).
    pub subject_key: String,
    /// Access, correction, erasure, objection, …
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "RequestKind"))]
    pub kind: Choice<RequestKind>,
    /// Who asks: the person, a parent, a guardian, …
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Requester"))]
    pub requester: Choice<Requester>,
    /// The requester's name.
    pub requester_name: String,
    /// ISO date `YYYY-MM-DD`.
    pub received_on: String,
    /// A 12–15-year-old is able to judge their interests reasonably (seed 003 §5.1b);
    /// absent = yes.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub competent: Option<bool>,
}

impl NewRightsRequest {
    /// R17: the person's key and the request as the domain takes it; no person picked is
    /// an unknown subject.
    pub fn parse(self) -> Result<(String, RequestInput), DomainError> {
        let request = RequestInput {
            kind: self.kind.parse(Field::RequestKind)?,
            requester: self.requester.parse(Field::Requester)?,
            requester_name: self.requester_name,
            received_on: self.received_on,
            competent: self.competent.unwrap_or(true),
        };
        if self.subject_key.trim().is_empty() {
            let field = Field::RequestSubject;
            return Err(DomainError::UnknownSubject { field });
        }
        Ok((self.subject_key, request))
    }
}
