use crate::{DomainError, Field, Label, MeetingId, ParticipantId};

/// R1: why someone is at the table. Exactly one role per participant per meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Role {
    /// Regiehouder / casushouder: keeps the dossier and coordinates the plan.
    CaseLead,
    /// Inhoudelijke rol: takes part in the plan.
    ContentRole,
    /// Adviseur / expert: normally takes no personal data away (seed 002, II.5).
    Expert,
    /// Informant: brings information, normally takes none away (seed 002, II.5).
    Informant,
    /// Any other role.
    Other,
}

impl Role {
    /// Every role, in the order the UI lists them.
    pub const ALL: [Role; 5] = [
        Role::CaseLead,
        Role::ContentRole,
        Role::Expert,
        Role::Informant,
        Role::Other,
    ];

    /// R1 (seed 002 II.5: "Of is alleen iemands deskundigheid nodig?"): whether someone in
    /// this role can take part with expertise only, bringing no data in and taking none
    /// away. An adviseur/expert is the role the seed means; "overig" covers e.g. a
    /// policy adviser. Not the regiehouder (keeps the dossier, needs the plan's data), not
    /// an inhoudelijke rol (takes data away for their part of the plan), not an informant
    /// (at the table to bring information in).
    pub fn allows_expertise_only(self) -> bool {
        matches!(self, Role::Expert | Role::Other)
    }
}

/// What the chair types to add a participant, unparsed.
#[derive(Debug, Clone)]
pub struct ParticipantInput {
    /// The name, unparsed.
    pub name: String,
    /// The organisation, unparsed.
    pub organisation: String,
    /// The function, unparsed (may be empty).
    pub function: String,
    /// The phone number, unparsed (may be empty).
    pub phone: String,
    /// The e-mail address, unparsed (may be empty).
    pub email: String,
    /// The role.
    pub role: Role,
    /// R1/R5/R9: takes part with expertise only (brings no items, receives none).
    pub expertise_only: bool,
}

/// What a participant's organisation is and whether they are bound by secrecy (R7/R8).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParticipantExtra {
    /// The type of their organisation.
    pub organisation_type: crate::OrganisationType,
    /// Bound by professional secrecy.
    pub secrecy: bool,
}

impl Default for ParticipantExtra {
    fn default() -> Self {
        Self {
            organisation_type: crate::OrganisationType::Overig,
            secrecy: false,
        }
    }
}

/// A professional at the table, with business contact details only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// Its id.
    pub id: ParticipantId,
    /// The meeting it belongs to.
    pub meeting_id: MeetingId,
    /// The name.
    pub name: Label,
    /// The organisation.
    pub organisation: Label,
    /// The function, if entered.
    pub function: Option<Label>,
    /// The phone number, if entered.
    pub phone: Option<Label>,
    /// The e-mail address, if entered.
    pub email: Option<Label>,
    /// The role in the meeting.
    pub role: Role,
    /// R1/R5/R9 (seed 002 II.5): takes part with expertise only: brings no items in,
    /// receives no release, needs no release decision at finalize.
    pub expertise_only: bool,
}

impl Participant {
    /// Validates the input and checks the role against the roles already at the table (R1).
    pub fn create(
        id: ParticipantId,
        meeting_id: MeetingId,
        input: &ParticipantInput,
        existing_roles: &[Role],
    ) -> Result<Self, DomainError> {
        // Every fault of the form at once, each at its field.
        let mut errors = crate::FieldErrors::new();
        let name = errors.check(Label::parse(&input.name, Field::Name));
        let organisation = errors.check(Label::parse(&input.organisation, Field::Organisation));
        let function = errors.check(Label::parse_optional(&input.function, Field::Function));
        let phone = errors.check(Label::parse_optional(&input.phone, Field::Phone));
        if let Some(Some(phone)) = &phone {
            errors.check(check_phone(phone.as_str()));
        }
        let email = errors.check(Label::parse_optional(&input.email, Field::Email));
        if let Some(Some(email)) = &email {
            errors.check(check_email(email.as_str()));
        }
        errors.check(check_role_assignment(existing_roles, input.role));
        errors.check(check_expertise_only(input.role, input.expertise_only));
        let (name, organisation, function, phone, email) = errors.finish_with(
            name.zip(organisation)
                .zip(function.zip(phone).zip(email))
                .map(|((n, o), ((f, p), e))| (n, o, f, p, e)),
        )?;
        Ok(Self {
            id,
            meeting_id,
            name,
            organisation,
            function,
            phone,
            email,
            role: input.role,
            expertise_only: input.expertise_only,
        })
    }

    /// R5: whether this participant may be the contributor of an item.
    pub fn may_bring_in(&self) -> bool {
        !self.expertise_only
    }

    /// R9/R11: whether this participant may receive a release (and so an action of theirs
    /// may rely on items).
    pub fn may_receive(&self) -> bool {
        !self.expertise_only
    }
}

/// R1: expertise only fits an adviseur/expert or "overig" role, never the regiehouder
/// (see [`Role::allows_expertise_only`]).
pub fn check_expertise_only(role: Role, expertise_only: bool) -> Result<(), DomainError> {
    if expertise_only && !role.allows_expertise_only() {
        Err(DomainError::ExpertiseOnlyRole)
    } else {
        Ok(())
    }
}

/// R1: a meeting has at most one case lead (exactly one is required to finalize).
pub fn check_role_assignment(existing: &[Role], new: Role) -> Result<(), DomainError> {
    if new == Role::CaseLead && existing.contains(&Role::CaseLead) {
        Err(DomainError::SecondCaseLead)
    } else {
        Ok(())
    }
}

/// A business phone number: digits with the usual separators, 6 to 15 digits (E.164).
pub(crate) fn check_phone(phone: &str) -> Result<(), DomainError> {
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.');
    let body = phone.strip_prefix('+').unwrap_or(phone);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if body.chars().all(allowed) && (6..=15).contains(&digits) {
        Ok(())
    } else {
        Err(DomainError::InvalidPhone {
            field: Field::Phone,
        })
    }
}

/// A business e-mail address: one `@`, a non-empty local part, a domain with a dot, no
/// spaces. Deliverability is not the app's business.
pub(crate) fn check_email(email: &str) -> Result<(), DomainError> {
    let invalid = DomainError::InvalidEmail {
        field: Field::Email,
    };
    let (local, domain) = email.split_once('@').ok_or(invalid.clone())?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
        && domain
            .split('.')
            .all(|part| !part.is_empty() && !part.starts_with('-') && !part.ends_with('-'))
        && domain.contains('.');
    if ok {
        Ok(())
    } else {
        Err(invalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(role: Role) -> ParticipantInput {
        ParticipantInput {
            name: "Fatima el Amrani".into(),
            organisation: "Wijkteam Noord".into(),
            function: "Gezinscoach".into(),
            phone: "+31 (0)20-123 4567".into(),
            email: "f.elamrani@wijkteam.example.nl".into(),
            role,
            expertise_only: false,
        }
    }

    #[test]
    fn r1_expertise_only_is_for_an_expert_or_other_role_only() {
        for role in Role::ALL {
            let mut i = input(role);
            i.expertise_only = true;
            let made = Participant::create(ParticipantId::new(), MeetingId::new(), &i, &[]);
            match role {
                Role::Expert | Role::Other => {
                    let p = made.unwrap();
                    assert!(p.expertise_only && !p.may_bring_in() && !p.may_receive());
                }
                Role::CaseLead | Role::ContentRole | Role::Informant => {
                    let err = made.unwrap_err();
                    assert_eq!(err, DomainError::ExpertiseOnlyRole, "{role:?}");
                    assert_eq!(err.field(), Some(Field::ExpertiseOnly));
                }
            }
        }
    }

    #[test]
    fn r1_expertise_only_participant_can_never_be_the_case_lead() {
        let mut i = input(Role::CaseLead);
        i.expertise_only = true;
        assert_eq!(
            Participant::create(ParticipantId::new(), MeetingId::new(), &i, &[]),
            Err(DomainError::ExpertiseOnlyRole)
        );
        let p = Participant::create(
            ParticipantId::new(),
            MeetingId::new(),
            &input(Role::CaseLead),
            &[],
        )
        .unwrap();
        assert!(p.may_bring_in() && p.may_receive());
    }

    #[test]
    fn creates_a_valid_participant() {
        let p = Participant::create(
            ParticipantId::new(),
            MeetingId::new(),
            &input(Role::CaseLead),
            &[],
        )
        .unwrap();
        assert_eq!(p.role, Role::CaseLead);
        assert_eq!(p.function.unwrap().as_str(), "Gezinscoach");
    }

    #[test]
    fn r1_refuses_a_second_case_lead() {
        let err = Participant::create(
            ParticipantId::new(),
            MeetingId::new(),
            &input(Role::CaseLead),
            &[Role::Expert, Role::CaseLead],
        )
        .unwrap_err();
        assert_eq!(err, DomainError::SecondCaseLead);
        assert_eq!(err.field(), Some(Field::Role));
    }

    #[test]
    fn r1_allows_many_participants_with_other_roles() {
        let existing = [Role::CaseLead, Role::ContentRole, Role::ContentRole];
        for role in Role::ALL.into_iter().filter(|r| *r != Role::CaseLead) {
            assert!(check_role_assignment(&existing, role).is_ok());
        }
    }

    #[test]
    fn name_and_organisation_are_required() {
        let mut i = input(Role::Expert);
        i.name = "   ".into();
        assert_eq!(
            Participant::create(ParticipantId::new(), MeetingId::new(), &i, &[]),
            Err(DomainError::Empty { field: Field::Name })
        );
        let mut i = input(Role::Expert);
        i.organisation = String::new();
        assert_eq!(
            Participant::create(ParticipantId::new(), MeetingId::new(), &i, &[]),
            Err(DomainError::Empty {
                field: Field::Organisation
            })
        );
    }

    #[test]
    fn every_fault_of_the_form_is_reported_at_once_each_at_its_field() {
        let mut i = input(Role::CaseLead);
        i.name = " ".into();
        i.organisation = String::new();
        i.email = "geen-adres".into();
        let err = Participant::create(
            ParticipantId::new(),
            MeetingId::new(),
            &i,
            &[Role::CaseLead],
        )
        .unwrap_err();
        let fields: Vec<_> = err.each().iter().map(|e| e.field()).collect();
        assert_eq!(
            fields,
            [
                Some(Field::Name),
                Some(Field::Organisation),
                Some(Field::Email),
                Some(Field::Role)
            ]
        );
    }

    #[test]
    fn contact_details_are_optional_but_checked_when_given() {
        let mut i = input(Role::Informant);
        i.phone = String::new();
        i.email = " ".into();
        i.function = String::new();
        let p = Participant::create(ParticipantId::new(), MeetingId::new(), &i, &[]).unwrap();
        assert!(p.phone.is_none() && p.email.is_none() && p.function.is_none());

        for bad in ["12", "call me", "+31 20 123 4567 8901 2345", "06-1234x678"] {
            let mut i = input(Role::Other);
            i.phone = bad.into();
            assert_eq!(
                Participant::create(ParticipantId::new(), MeetingId::new(), &i, &[]),
                Err(DomainError::InvalidPhone {
                    field: Field::Phone
                }),
                "{bad}"
            );
        }
        for bad in [
            "no-at.example.nl",
            "a@b",
            "a@@b.nl",
            "@b.nl",
            "a b@c.nl",
            "a@.nl",
            "a@b..nl",
        ] {
            let mut i = input(Role::Other);
            i.email = bad.into();
            assert_eq!(
                Participant::create(ParticipantId::new(), MeetingId::new(), &i, &[]),
                Err(DomainError::InvalidEmail {
                    field: Field::Email
                }),
                "{bad}"
            );
        }
    }
}
