//! The wire types of the IPC layer. Small domain enums (role, kind, relation, ...) travel as
//! themselves: their serde names are the wire names and their TypeScript bindings come
//! from the domain crate (feature `ts`). The DTOs here are the shapes that really differ
//! from the domain: ids and dates as strings, views that leave data out (presentation
//! mode), tagged unions whose domain twin holds validated or richer data. ts-rs generates
//! their TypeScript twins into `ui/src/lib/bindings/` when `cargo test` runs (CI fails if
//! they drift).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub mod arg;
pub mod attendance;
pub mod bases;
pub mod changes;
pub mod choice;
pub mod corrections;
pub mod documents;
pub mod flow;
pub mod followup;
pub mod reports;
pub mod rights;
pub mod search;
pub mod trust;
pub use trust::Unlocked;

pub use choice::Choice;
/// Small domain enums travel as themselves: their serde names are the wire names and their
/// TypeScript bindings come from the domain crate (feature `ts`).
pub use domain::{Category, Kind, Role, SourceKind};

/// Whether a store exists in the data directory and whether it is unlocked.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct StoreState {
    pub exists: bool,
    pub unlocked: bool,
    /// R21: the domain's minimum length of a new passphrase, for the hint while typing
    /// (the strength itself is estimated in the page; the passphrase only crosses IPC when
    /// the chair submits it).
    pub passphrase_min_chars: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingSummary {
    pub id: String,
    pub case_label: String,
    /// `YYYY-MM-DD`
    pub date: String,
    pub purpose: String,
    pub participant_count: u32,
    pub item_count: u32,
}

/// The meeting list: the newest meetings, and how many there are in all.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingList {
    pub meetings: Vec<MeetingSummary>,
    pub total: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MeetingDetail {
    pub id: String,
    pub case_label: String,
    pub date: String,
    pub purpose: String,
    pub participants: Vec<Participant>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Participant {
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub function: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub role: Role,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Item {
    pub id: String,
    pub contributor_id: String,
    pub text: String,
    pub kind: Kind,
    pub category: Category,
    /// R6: from whom the contributor has it.
    pub source: SourceKind,
    /// R6: the short text of the source (who, which document), or null.
    pub source_detail: Option<String>,
    /// RFC 3339, UTC.
    pub created_at: String,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewMeeting {
    pub case_label: String,
    pub date: String,
    pub purpose: String,
    /// R3: why the case meets the criteria; absent or empty = not yet given.
    #[serde(default)]
    #[ts(optional)]
    pub criteria: Option<String>,
    /// R4
    #[serde(default)]
    #[ts(optional)]
    pub family_present: Option<bool>,
    /// R4: no names, birth dates or addresses of subjects.
    #[serde(default)]
    #[ts(optional)]
    pub anonymous: Option<bool>,
    /// R3/R4: why the family is not at the meeting; absent or empty = not yet given.
    #[serde(default)]
    #[ts(optional)]
    pub family_absence_reason: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewParticipant {
    pub meeting_id: String,
    pub name: String,
    pub organisation: String,
    pub function: String,
    pub phone: String,
    pub email: String,
    #[serde(default)]
    #[ts(as = "Role")]
    pub role: Choice<Role>,
    /// Code of the organisation type (R7/R8); absent = "overig".
    #[serde(default)]
    #[ts(optional)]
    pub organisation_type: Option<String>,
    /// Bound by professional secrecy (R7).
    #[serde(default)]
    #[ts(optional)]
    pub secrecy: Option<bool>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct NewItem {
    pub meeting_id: String,
    pub contributor_id: String,
    pub text: String,
    #[serde(default)]
    #[ts(as = "Kind")]
    pub kind: Choice<Kind>,
    #[serde(default)]
    #[ts(as = "Category")]
    pub category: Choice<Category>,
    /// R6: from whom the contributor has it (required).
    #[serde(default)]
    #[ts(as = "SourceKind")]
    pub source: Choice<SourceKind>,
    /// R6: the short text of the source; required for a third party or a document.
    #[serde(default)]
    #[ts(optional)]
    pub source_detail: Option<String>,
    /// R6: the subjects the item is about (may be empty).
    #[serde(default)]
    #[ts(optional)]
    pub subject_ids: Option<Vec<String>>,
}

/// Every failed command rejects with this. `message` is Dutch and free of personal data;
/// `field` names the input field it belongs to (the serde name of `domain::Field`), or is
/// null.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ApiError {
    pub code: String,
    pub message: String,
    pub field: Option<String>,
}

// Conversions between the wire and the domain.

impl From<store::MeetingSummary> for MeetingSummary {
    fn from(m: store::MeetingSummary) -> Self {
        Self {
            id: m.id.to_string(),
            case_label: m.case_label.to_string(),
            date: m.date.format("%Y-%m-%d").to_string(),
            purpose: m.purpose.to_string(),
            participant_count: m.participant_count,
            item_count: m.item_count,
        }
    }
}

impl From<store::MeetingDetail> for MeetingDetail {
    fn from(d: store::MeetingDetail) -> Self {
        Self {
            id: d.meeting.id.to_string(),
            case_label: d.meeting.case_label.to_string(),
            date: d.meeting.date.format("%Y-%m-%d").to_string(),
            purpose: d.meeting.purpose.to_string(),
            participants: d.participants.into_iter().map(Participant::from).collect(),
            items: d.items.into_iter().map(Item::from).collect(),
        }
    }
}

impl From<domain::Participant> for Participant {
    fn from(p: domain::Participant) -> Self {
        Self {
            id: p.id.to_string(),
            name: p.name.to_string(),
            organisation: p.organisation.to_string(),
            function: p.function.map(|l| l.to_string()),
            phone: p.phone.map(|l| l.to_string()),
            email: p.email.map(|l| l.to_string()),
            role: p.role,
        }
    }
}

impl From<domain::Item> for Item {
    fn from(i: domain::Item) -> Self {
        Self {
            id: i.id.to_string(),
            contributor_id: i.contributor.to_string(),
            text: i.text.to_string(),
            kind: i.kind,
            category: i.category,
            source: i.source.kind,
            source_detail: i.source.detail.map(|d| d.to_string()),
            created_at: i
                .created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        }
    }
}

#[cfg(test)]
mod domain_bindings {
    use ts_rs::{Config, TS};

    /// The domain enums that travel as themselves. Those inside a DTO are exported with it;
    /// this exports every one of them, so
    /// `cargo test -p casusoverleg` regenerates all of `ui/src/lib/bindings/`.
    #[test]
    fn export_bindings_of_domain_wire_enums() {
        let cfg = Config::from_env();
        for export in [
            domain::CarriedStatus::export_all,
            domain::Category::export_all,
            domain::ConsentMethod::export_all,
            domain::ConsentScope::export_all,
            domain::DecisionChoice::export_all,
            domain::FourQuestions::export_all,
            domain::Kind::export_all,
            domain::NotDoneReason::export_all,
            domain::NotificationMethod::export_all,
            domain::PostponeGround::export_all,
            domain::Relation::export_all,
            domain::RequestKind::export_all,
            domain::Requester::export_all,
            domain::Role::export_all,
            domain::SourceKind::export_all,
            store::AuditProblem::export_all,
            store::SearchSource::export_all,
        ] {
            export(&cfg).unwrap();
        }
    }
}
