//! Wire types of the `reports` group of `ipc.rs`: what the UI sends is parsed by the store
//! (`store/src/report_inputs.rs`), what it gets is the store's own views
//! (`store/src/report_views.rs`), both re-exported here.

pub use store::{
    AuditLogLine, AuditLogView, BreachCategory, BreachEntry, BreachListsView, BreachOrganisation,
    BreachView, FamilyMemberToInformView, MeetingToInformView, OrganisationToInformView,
    ReportLine, ReportSection, ReportView,
};
pub use store::{AuditLogRequest, BreachRequest, NewBreach, PartnersInformed, ReportRequest};
