//! The chair's address book of organisations (less typing): an organisation's name, its
//! type (R7/R8 follow from it) and, only when the chair saves it, a department or contact.
//! It holds no personal data of a participant: what a participant row adds to it is the
//! organisation alone, never the person's name, function, phone or e-mail (R21, minimal).

use crate::{AddressBookId, DomainError, Field, Label, OrganisationType, ParticipantRecord};

/// One organisation in the address book (no personal data of participants).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, rename = "OrganisationEntryView")
)]
pub struct OrganisationEntry {
    /// Its id.
    pub id: AddressBookId,
    /// The organisation's name, as on the participant form.
    pub name: Label,
    /// Code of the organisation type.
    #[serde(with = "crate::organisation::type_code")]
    #[cfg_attr(feature = "ts", ts(as = "String"))]
    pub organisation_type: OrganisationType,
    /// A department or contact, only when the chair saved one.
    pub department: Option<Label>,
    /// Issue 17 point 9: where a family complains about this partner (text or web
    /// address), when known.
    pub complaint_route: Option<Label>,
}

/// What the chair types to save an organisation in the address book.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewOrganisationEntry {
    /// The organisation's name.
    pub name: String,
    /// Code of the organisation type.
    pub organisation_type: String,
    /// A department or contact.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub department: Option<String>,
    /// Issue 17 point 9: where a family complains about this partner.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub complaint_route: Option<String>,
}

impl NewOrganisationEntry {
    /// The entry to save under a new id, validated: a known type, a name, and the
    /// optional department and complaint route within their lengths.
    pub fn parse(&self) -> Result<OrganisationEntry, DomainError> {
        let mut entry = OrganisationEntry::parse(
            AddressBookId::new(),
            &self.name,
            OrganisationType::parse(&self.organisation_type)?,
            self.department.as_deref().unwrap_or_default(),
        )?;
        entry.complaint_route = Label::parse_optional(
            self.complaint_route.as_deref().unwrap_or_default(),
            Field::ComplaintRoute,
        )?;
        Ok(entry)
    }
}

impl OrganisationEntry {
    /// What the chair typed to save an organisation, validated.
    pub fn parse(
        id: AddressBookId,
        name: &str,
        organisation_type: OrganisationType,
        department: &str,
    ) -> Result<Self, DomainError> {
        Ok(Self {
            id,
            name: Label::parse(name, Field::Organisation)?,
            organisation_type,
            department: Label::parse_optional(department, Field::Department)?,
            complaint_route: None,
        })
    }

    /// The entry a participant row adds: their organisation and its type, nothing of them.
    pub fn of_participant(id: AddressBookId, participant: &ParticipantRecord) -> Self {
        Self {
            id,
            name: participant.participant.organisation.clone(),
            organisation_type: participant.organisation_type,
            department: None,
            complaint_route: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::participant;
    use crate::{MeetingId, Role};

    #[test]
    fn a_new_entry_parses_its_type_and_its_optional_parts() {
        let mut input = NewOrganisationEntry {
            name: " Veilig Thuis ".into(),
            organisation_type: " veilig_thuis ".into(),
            department: Some(String::new()),
            complaint_route: Some("klachten@vt.example.nl".into()),
        };
        let e = input.parse().unwrap();
        assert_eq!(e.name.as_str(), "Veilig Thuis");
        assert_eq!(e.organisation_type, OrganisationType::VeiligThuis);
        assert_eq!(e.department, None);
        assert_eq!(
            e.complaint_route.as_ref().map(Label::as_str),
            Some("klachten@vt.example.nl")
        );
        input.organisation_type = "bank".into();
        assert_eq!(
            input.parse(),
            Err(DomainError::UnknownValue {
                field: Field::Organisation
            })
        );
    }

    #[test]
    fn r21_an_entry_from_a_participant_holds_the_organisation_and_nothing_of_the_person() {
        let mut p = participant(MeetingId::new(), Role::Expert, OrganisationType::Ggz);
        p.participant.function = Some(Label::parse("Psychiater", Field::Function).unwrap());
        p.participant.email = Some(Label::parse("a@ggz.example.nl", Field::Email).unwrap());
        let e = OrganisationEntry::of_participant(AddressBookId::new(), &p);
        assert_eq!(e.name, p.participant.organisation);
        assert_eq!(e.organisation_type, OrganisationType::Ggz);
        assert_eq!(e.department, None);
        let shown = format!("{e:?}");
        assert!(!shown.contains(p.participant.name.as_str()));
        assert!(!shown.contains("Psychiater") && !shown.contains("a@ggz"));
    }

    #[test]
    fn a_saved_entry_needs_a_name_and_checks_the_department() {
        assert_eq!(
            OrganisationEntry::parse(AddressBookId::new(), " ", OrganisationType::Wijkteam, ""),
            Err(DomainError::Empty {
                field: Field::Organisation
            })
        );
        assert_eq!(
            OrganisationEntry::parse(
                AddressBookId::new(),
                "Wijkteam Noord",
                OrganisationType::Wijkteam,
                "a\u{0}b"
            ),
            Err(DomainError::ControlCharacters {
                field: Field::Department
            })
        );
        let e = OrganisationEntry::parse(
            AddressBookId::new(),
            "Wijkteam Noord",
            OrganisationType::Wijkteam,
            "Team Jeugd",
        )
        .unwrap();
        assert_eq!(e.department.unwrap().as_str(), "Team Jeugd");
    }
}
