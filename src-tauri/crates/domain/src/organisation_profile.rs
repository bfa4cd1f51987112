//! Issue 17 point 9: the chair's organisation profile (name, address, privacy officer,
//! complaint procedure) and, per partner organisation in the address book, its complaint
//! route and its legal bases (seed 004 art. 5.2: each partner processes on its own
//! statutory task; the bases are R7b custom bases for the partner's type). The profile is
//! kept in the settings, importable from one JSON file the organisation's IT hands out
//! (`docs/organisation-profile.md`), and printed on every document.

use crate::participant::{check_email, check_phone};
use crate::{
    AddressBookId, ComplaintLine, CustomBasis, CustomBasisId, DomainError, Field, FieldErrors,
    Label, Logo, OrganisationEntry, OrganisationType, Prose,
};
use serde::Deserialize;

/// The version of the profile file this build reads.
pub const PROFILE_FILE_VERSION: u32 = 1;
/// Longest address (a few lines).
pub const ADDRESS_MAX_CHARS: usize = 300;
/// Longest complaint procedure text.
pub const COMPLAINT_PROCEDURE_MAX_CHARS: usize = 1000;

/// What the chair typed (or the file holds) for the own organisation; empty = not given.
/// Issue 17 point 9: also the profile as the settings show and edit it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(
    feature = "ts",
    derive(ts_rs::TS),
    ts(export, rename = "OrganisationProfileView")
)]
pub struct ProfileInput {
    /// The organisation's name.
    pub name: String,
    /// Its postal address (may span lines).
    pub address: String,
    /// The privacy officer's name.
    pub privacy_officer: String,
    /// The privacy officer's e-mail address.
    pub privacy_email: String,
    /// The privacy officer's phone number.
    pub privacy_phone: String,
    /// How a complaint about the chair's organisation is handled.
    pub complaint_procedure: String,
}

impl From<&OrganisationProfile> for ProfileInput {
    /// The saved profile as the settings show it (absent texts empty).
    fn from(p: &OrganisationProfile) -> Self {
        let text = |l: &Option<Label>| l.as_ref().map(ToString::to_string).unwrap_or_default();
        let prose = |l: &Option<Prose>| l.as_ref().map(ToString::to_string).unwrap_or_default();
        ProfileInput {
            name: p.name.to_string(),
            address: prose(&p.address),
            privacy_officer: text(&p.privacy_officer),
            privacy_email: text(&p.privacy_email),
            privacy_phone: text(&p.privacy_phone),
            complaint_procedure: prose(&p.complaint_procedure),
        }
    }
}

/// The chair's own organisation, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationProfile {
    /// The organisation's name.
    pub name: Label,
    /// Its postal address.
    pub address: Option<Prose>,
    /// The privacy officer's name.
    pub privacy_officer: Option<Label>,
    /// The privacy officer's e-mail address.
    pub privacy_email: Option<Label>,
    /// The privacy officer's phone number.
    pub privacy_phone: Option<Label>,
    /// The complaint procedure of the chair's organisation.
    pub complaint_procedure: Option<Prose>,
}

fn optional_prose(raw: &str, field: Field, max: usize) -> Result<Option<Prose>, DomainError> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        Prose::parse(raw.trim(), field, max).map(Some)
    }
}

fn with_field(r: Result<(), DomainError>, field: Field) -> Result<(), DomainError> {
    r.map_err(|e| match e {
        DomainError::InvalidEmail { .. } => DomainError::InvalidEmail { field },
        DomainError::InvalidPhone { .. } => DomainError::InvalidPhone { field },
        e => e,
    })
}

impl OrganisationProfile {
    /// Validates the profile, every fault at once with its field. A privacy officer needs
    /// an e-mail address or a phone number, else the family cannot reach them.
    pub fn parse(input: &ProfileInput) -> Result<Self, DomainError> {
        let mut errors = FieldErrors::new();
        let name = errors.check(Label::parse(&input.name, Field::OwnOrganisation));
        let address = errors.check(optional_prose(
            &input.address,
            Field::OwnAddress,
            ADDRESS_MAX_CHARS,
        ));
        let officer = errors.check(Label::parse_optional(
            &input.privacy_officer,
            Field::PrivacyOfficer,
        ));
        let email = errors.check(Label::parse_optional(
            &input.privacy_email,
            Field::PrivacyEmail,
        ));
        if let Some(Some(e)) = &email {
            errors.check(with_field(check_email(e.as_str()), Field::PrivacyEmail));
        }
        let phone = errors.check(Label::parse_optional(
            &input.privacy_phone,
            Field::PrivacyPhone,
        ));
        if let Some(Some(p)) = &phone {
            errors.check(with_field(check_phone(p.as_str()), Field::PrivacyPhone));
        }
        if matches!(officer, Some(Some(_)))
            && matches!(email, Some(None))
            && matches!(phone, Some(None))
        {
            errors.push(DomainError::Empty {
                field: Field::PrivacyEmail,
            });
        }
        let procedure = errors.check(optional_prose(
            &input.complaint_procedure,
            Field::ComplaintProcedure,
            COMPLAINT_PROCEDURE_MAX_CHARS,
        ));
        errors.finish()?;
        match (name, address, officer, email, phone, procedure) {
            (
                Some(name),
                Some(address),
                Some(privacy_officer),
                Some(privacy_email),
                Some(privacy_phone),
                Some(complaint_procedure),
            ) => Ok(Self {
                name,
                address,
                privacy_officer,
                privacy_email,
                privacy_phone,
                complaint_procedure,
            }),
            _ => Err(DomainError::Empty {
                field: Field::OwnOrganisation,
            }),
        }
    }

    /// What every document prints of it.
    pub fn for_documents(&self) -> DocumentOrganisation {
        let contact: Vec<&str> = [&self.privacy_email, &self.privacy_phone]
            .into_iter()
            .flatten()
            .map(Label::as_str)
            .collect();
        DocumentOrganisation {
            name: self.name.as_str().to_owned(),
            address: self
                .address
                .as_ref()
                .map(|a| {
                    a.as_str()
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            privacy_officer: self
                .privacy_officer
                .as_ref()
                .map(|o| (o.as_str().to_owned(), contact.join(", "))),
            complaint_procedure: self
                .complaint_procedure
                .as_ref()
                .map(|p| p.as_str().split_whitespace().collect::<Vec<_>>().join(" ")),
            logo: None,
        }
    }
}

/// The chair's organisation as a document prints it (plan, family letter, access report).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentOrganisation {
    /// The name.
    pub name: String,
    /// The address, one line per entry.
    pub address: Vec<String>,
    /// The privacy officer's name and how to reach them (e-mail, phone).
    pub privacy_officer: Option<(String, String)>,
    /// The complaint procedure, on one line.
    pub complaint_procedure: Option<String>,
    /// The organisation's logo, printed in the head of the document.
    pub logo: Option<Logo>,
}

/// R14c/R17 × issue 17 point 9: an organisation whose route nobody entered at the meeting
/// gets the complaint route of the address book (the profile); one entered at the meeting
/// wins. Names match without regard to case or surrounding spaces.
pub fn fill_complaint_routes(complaints: &mut [ComplaintLine], partners: &[OrganisationEntry]) {
    for c in complaints.iter_mut().filter(|c| c.route.is_none()) {
        let key = c.organisation.trim().to_lowercase();
        c.route = partners
            .iter()
            .filter(|p| p.name.as_str().to_lowercase() == key)
            .find_map(|p| p.complaint_route.as_ref())
            .map(|r| r.as_str().to_owned());
    }
}

/// The profile file as written by the organisation's IT (`docs/organisation-profile.md`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFile {
    /// The file format's version ([`PROFILE_FILE_VERSION`]).
    pub versie: u32,
    /// The chair's own organisation.
    pub organisatie: ProfileFileOrganisation,
    /// The partner organisations.
    #[serde(default)]
    pub partners: Vec<ProfileFilePartner>,
}

/// The own organisation in the file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFileOrganisation {
    /// Name.
    pub naam: String,
    /// Address.
    #[serde(default)]
    pub adres: String,
    /// The privacy officer.
    #[serde(default)]
    pub privacyfunctionaris: Option<ProfileFileOfficer>,
    /// The complaint procedure.
    #[serde(default)]
    pub klachtenprocedure: String,
    /// The logo: base64 or a base64 data URL of a PNG or JPEG file.
    #[serde(default)]
    pub logo: Option<String>,
}

/// The privacy officer in the file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFileOfficer {
    /// Name.
    pub naam: String,
    /// E-mail address.
    #[serde(default)]
    pub email: String,
    /// Phone number.
    #[serde(default)]
    pub telefoon: String,
}

/// A partner organisation in the file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFilePartner {
    /// Name, as participants are entered.
    pub naam: String,
    /// Organisation type code (`wijkteam`, `gi`, `veilig_thuis`, ...).
    #[serde(rename = "type")]
    pub soort: String,
    /// Department or contact.
    #[serde(default)]
    pub afdeling: String,
    /// Where a family complains about this partner (text or web address).
    #[serde(default)]
    pub klachtroute: String,
    /// Its legal bases (seed 004 art. 5.2), beyond the fixed lists.
    #[serde(default)]
    pub grondslagen: Vec<ProfileFileBasis>,
}

/// A legal basis in the file (R7b).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFileBasis {
    /// The law.
    pub wet: String,
    /// The article.
    pub artikel: String,
    /// A short note.
    #[serde(default)]
    pub toelichting: String,
}

/// One fault in a profile file: where (`partners[2].klachtroute`) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportFault {
    /// The place in the file, in the file's own key names.
    pub place: String,
    /// What is wrong.
    pub error: DomainError,
}

/// A validated partner of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerImport {
    /// The address-book entry (a fresh id; the store keeps the existing one by name).
    pub entry: OrganisationEntry,
    /// Its legal bases, for its organisation type (R7b).
    pub bases: Vec<CustomBasis>,
}

/// A validated profile file: everything or nothing is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileImport {
    /// The chair's organisation.
    pub profile: OrganisationProfile,
    /// The partners, in the file's order.
    pub partners: Vec<PartnerImport>,
    /// The logo, when the file holds one (none: the logo kept stays).
    pub logo: Option<Logo>,
}

fn file_key(field: Field) -> &'static str {
    match field {
        Field::OwnOrganisation => "naam",
        Field::OwnAddress => "adres",
        Field::PrivacyOfficer => "privacyfunctionaris.naam",
        Field::PrivacyEmail => "privacyfunctionaris.email",
        Field::PrivacyPhone => "privacyfunctionaris.telefoon",
        Field::ComplaintProcedure => "klachtenprocedure",
        Field::Logo => "logo",
        Field::Organisation => "naam",
        Field::OrganisationType => "type",
        Field::Department => "afdeling",
        Field::ComplaintRoute => "klachtroute",
        Field::CustomLaw => "wet",
        Field::CustomArticle => "artikel",
        Field::CustomNote => "toelichting",
        _ => "",
    }
}

fn faults(prefix: &str, e: DomainError, out: &mut Vec<ImportFault>) {
    for one in e.each() {
        let key = one.field().map(file_key).unwrap_or("");
        let place = match (prefix.is_empty(), key.is_empty()) {
            (true, _) => key.to_owned(),
            (false, true) => prefix.to_owned(),
            (false, false) => format!("{prefix}.{key}"),
        };
        out.push(ImportFault {
            place,
            error: one.clone(),
        });
    }
}

/// Issue 17 point 9: validates the whole file first; every fault with its place. Partner
/// names are unique in a file (re-import updates by name).
pub fn validate_profile_file(file: &ProfileFile) -> Result<ProfileImport, Vec<ImportFault>> {
    let mut out = Vec::new();
    if file.versie != PROFILE_FILE_VERSION {
        out.push(ImportFault {
            place: "versie".into(),
            error: DomainError::UnknownValue {
                field: Field::ProfileVersion,
            },
        });
    }
    let o = &file.organisatie;
    let officer = o.privacyfunctionaris.clone();
    let input = ProfileInput {
        name: o.naam.clone(),
        address: o.adres.clone(),
        privacy_officer: officer.as_ref().map(|p| p.naam.clone()).unwrap_or_default(),
        privacy_email: officer
            .as_ref()
            .map(|p| p.email.clone())
            .unwrap_or_default(),
        privacy_phone: officer.map(|p| p.telefoon).unwrap_or_default(),
        complaint_procedure: o.klachtenprocedure.clone(),
    };
    let profile = OrganisationProfile::parse(&input)
        .map_err(|e| faults("organisatie", e, &mut out))
        .ok();
    let logo = match o.logo.as_deref() {
        Some(text) => Logo::from_base64(text)
            .map_err(|e| faults("organisatie", e, &mut out))
            .ok(),
        None => None,
    };
    let mut partners = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (n, p) in file.partners.iter().enumerate() {
        let at = format!("partners[{}]", n + 1);
        let key = p.naam.trim().to_lowercase();
        if !key.is_empty() && seen.contains(&key) {
            out.push(ImportFault {
                place: format!("{at}.naam"),
                error: DomainError::DuplicatePartner,
            });
        }
        seen.push(key);
        let Some(organisation_type) = OrganisationType::from_code(p.soort.trim()) else {
            out.push(ImportFault {
                place: format!("{at}.type"),
                error: DomainError::UnknownValue {
                    field: Field::OrganisationType,
                },
            });
            continue;
        };
        let entry = OrganisationEntry::parse(
            AddressBookId::new(),
            &p.naam,
            organisation_type,
            &p.afdeling,
        )
        .and_then(|mut e| {
            e.complaint_route = Label::parse_optional(&p.klachtroute, Field::ComplaintRoute)?;
            Ok(e)
        })
        .map_err(|e| faults(&at, e, &mut out))
        .ok();
        let mut bases = Vec::new();
        for (m, b) in p.grondslagen.iter().enumerate() {
            match CustomBasis::new(
                CustomBasisId::new(),
                organisation_type,
                &b.wet,
                &b.artikel,
                &b.toelichting,
            ) {
                Ok(basis) => bases.push(basis),
                Err(e) => faults(&format!("{at}.grondslagen[{}]", m + 1), e, &mut out),
            }
        }
        if let Some(entry) = entry {
            partners.push(PartnerImport { entry, bases });
        }
    }
    match profile {
        Some(profile) if out.is_empty() => Ok(ProfileImport {
            profile,
            partners,
            logo,
        }),
        _ => Err(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ProfileInput {
        ProfileInput {
            name: "Gemeente Zaanstad, Team Veilig Opgroeien".into(),
            address: "Stadhuisplein 100\n1506 MZ Zaandam".into(),
            privacy_officer: "J. de Vries".into(),
            privacy_email: "privacy@zaanstad.example.nl".into(),
            privacy_phone: "".into(),
            complaint_procedure: "Klachten over de gemeente: zaanstad.example.nl/klacht".into(),
        }
    }

    fn file(json: &str) -> ProfileFile {
        serde_json::from_str(json).unwrap()
    }

    const GOOD: &str = r#"{
      "versie": 1,
      "organisatie": {"naam": "Gemeente Zaanstad", "adres": "Stadhuisplein 100\n1506 MZ Zaandam",
        "privacyfunctionaris": {"naam": "J. de Vries", "email": "privacy@zaanstad.example.nl"},
        "klachtenprocedure": "Via zaanstad.example.nl/klacht"},
      "partners": [
        {"naam": "Wijkteam Noord", "type": "wijkteam", "klachtroute": "wijkteamnoord.example.nl/klachten"},
        {"naam": "Jeugdbescherming Regio", "type": "gi", "klachtroute": "Klachtencommissie JB",
         "grondslagen": [{"wet": "Jeugdwet", "artikel": "art. 3.2", "toelichting": "kinderbeschermingsmaatregel"}]}
      ]
    }"#;

    #[test]
    fn organisation_profile_parses_and_prints_for_documents() {
        let p = OrganisationProfile::parse(&input()).unwrap();
        let d = p.for_documents();
        assert_eq!(d.address, vec!["Stadhuisplein 100", "1506 MZ Zaandam"]);
        assert_eq!(
            d.privacy_officer,
            Some(("J. de Vries".into(), "privacy@zaanstad.example.nl".into()))
        );
    }

    #[test]
    fn organisation_profile_shows_as_what_was_typed_trimmed_and_empty_when_not_given() {
        let p = OrganisationProfile::parse(&input()).unwrap();
        assert_eq!(ProfileInput::from(&p), input());
        let bare = OrganisationProfile::parse(&ProfileInput {
            name: "  Gemeente Zaanstad ".into(),
            ..ProfileInput::default()
        })
        .unwrap();
        assert_eq!(
            ProfileInput::from(&bare),
            ProfileInput {
                name: "Gemeente Zaanstad".into(),
                ..ProfileInput::default()
            }
        );
    }

    #[test]
    fn organisation_profile_names_every_faulty_field() {
        let bad = ProfileInput {
            name: " ".into(),
            privacy_email: "geen-adres".into(),
            privacy_phone: "12".into(),
            ..input()
        };
        let Err(DomainError::Several(all)) = OrganisationProfile::parse(&bad) else {
            panic!("several faults expected")
        };
        let fields: Vec<_> = all.iter().filter_map(DomainError::field).collect();
        assert_eq!(
            fields,
            vec![
                Field::OwnOrganisation,
                Field::PrivacyEmail,
                Field::PrivacyPhone
            ]
        );
    }

    #[test]
    fn organisation_profile_privacy_officer_needs_a_way_to_reach_them() {
        let bad = ProfileInput {
            privacy_email: "".into(),
            ..input()
        };
        assert_eq!(
            OrganisationProfile::parse(&bad),
            Err(DomainError::Empty {
                field: Field::PrivacyEmail
            })
        );
    }

    #[test]
    fn profile_file_realistic_file_validates_with_partner_bases_for_their_type() {
        let import = validate_profile_file(&file(GOOD)).unwrap();
        assert_eq!(import.partners.len(), 2);
        let gi = &import.partners[1];
        assert_eq!(
            gi.entry.organisation_type,
            OrganisationType::GecertificeerdeInstelling
        );
        assert_eq!(gi.bases.len(), 1);
        assert!(gi
            .bases
            .iter()
            .all(|b| b.holds_for(OrganisationType::GecertificeerdeInstelling)));
    }

    #[test]
    fn profile_file_faults_name_their_place() {
        let bad = GOOD
            .replace("\"versie\": 1", "\"versie\": 7")
            .replace("\"type\": \"gi\"", "\"type\": \"bank\"")
            .replace("wijkteamnoord.example.nl/klachten", "a\\u0007b");
        let faults = validate_profile_file(&file(&bad)).unwrap_err();
        let places: Vec<_> = faults.iter().map(|f| f.place.as_str()).collect();
        assert_eq!(
            places,
            vec!["versie", "partners[1].klachtroute", "partners[2].type"]
        );
    }

    #[test]
    fn profile_file_logo_as_data_url_is_imported() {
        let png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";
        let with = GOOD.replace(
            "\"klachtenprocedure\": \"Via zaanstad.example.nl/klacht\"",
            &format!("\"klachtenprocedure\": \"Via zaanstad.example.nl/klacht\", \"logo\": \"data:image/png;base64,{png}\""),
        );
        let import = validate_profile_file(&file(&with)).unwrap();
        let logo = import.logo.unwrap();
        assert_eq!((logo.width(), logo.height()), (1, 1));
        assert_eq!(validate_profile_file(&file(GOOD)).unwrap().logo, None);
    }

    #[test]
    fn profile_file_invalid_logo_refuses_the_file_at_its_place() {
        let with = GOOD.replace(
            "\"klachtenprocedure\": \"Via zaanstad.example.nl/klacht\"",
            "\"klachtenprocedure\": \"Via zaanstad.example.nl/klacht\", \"logo\": \"R0lGODlhAQABAAAAACw=\"",
        );
        let faults = validate_profile_file(&file(&with)).unwrap_err();
        assert_eq!(faults.len(), 1);
        assert_eq!(faults[0].place, "organisatie.logo");
        assert_eq!(faults[0].error, DomainError::LogoNotAnImage);
    }

    #[test]
    fn profile_file_duplicate_partner_is_refused() {
        let bad = GOOD.replace("Jeugdbescherming Regio", "wijkteam noord");
        let faults = validate_profile_file(&file(&bad)).unwrap_err();
        assert_eq!(faults[0].place, "partners[2].naam");
        assert_eq!(faults[0].error, DomainError::DuplicatePartner);
    }

    #[test]
    fn r14c_complaint_route_from_the_profile_unless_entered_at_the_meeting() {
        let import = validate_profile_file(&file(GOOD)).unwrap();
        let book: Vec<_> = import.partners.into_iter().map(|p| p.entry).collect();
        let mut lines = vec![
            ComplaintLine {
                organisation: "wijkteam noord".into(),
                route: None,
            },
            ComplaintLine {
                organisation: "Jeugdbescherming Regio".into(),
                route: Some("aan tafel genoemd".into()),
            },
            ComplaintLine {
                organisation: "Onbekend".into(),
                route: None,
            },
        ];
        fill_complaint_routes(&mut lines, &book);
        assert_eq!(
            lines[0].route.as_deref(),
            Some("wijkteamnoord.example.nl/klachten")
        );
        assert_eq!(lines[1].route.as_deref(), Some("aan tafel genoemd"));
        assert_eq!(lines[2].route, None);
    }
}
