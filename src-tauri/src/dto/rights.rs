//! Wire types of the `rights` group of `ipc.rs` (what the UI sends and gets).

use crate::dto::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// R17: the chair registers a request.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewRightsRequest {
    pub subject_key: String,
    #[serde(default)]
    #[ts(as = "RequestKind")]
    pub kind: Choice<RequestKind>,
    #[serde(default)]
    #[ts(as = "Requester")]
    pub requester: Choice<Requester>,
    pub requester_name: String,
    /// ISO date `YYYY-MM-DD`.
    pub received_on: String,
    /// A 12–15-year-old is able to judge their interests reasonably (seed 003 §5.1b);
    /// absent = yes.
    #[serde(default)]
    #[ts(optional)]
    pub competent: Option<bool>,
}

impl NewRightsRequest {
    /// R17: the person's key and the request as the domain takes it; no person picked is
    /// an unknown subject.
    pub fn parse(self) -> Result<(String, domain::RequestInput), domain::DomainError> {
        let request = domain::RequestInput {
            kind: self.kind.parse(domain::Field::RequestKind)?,
            requester: self.requester.parse(domain::Field::Requester)?,
            requester_name: self.requester_name,
            received_on: self.received_on,
            competent: self.competent.unwrap_or(true),
        };
        if self.subject_key.trim().is_empty() {
            let field = domain::Field::RequestSubject;
            return Err(domain::DomainError::UnknownSubject { field });
        }
        Ok((self.subject_key, request))
    }
}

/// R17: what a granted erasure removed: the store's outcome travels as itself.
pub use store::{ErasureOutcome as ErasureInfo, ErasureRecipient};

/// R17: the request after granting, and for an erasure what was removed.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct GrantOutcome {
    pub request: RightsRequestView,
    pub erasure: Option<ErasureInfo>,
}
