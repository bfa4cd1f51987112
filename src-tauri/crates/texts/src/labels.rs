//! Dutch names of reference data: organisation types and the statutory grounds of seed 004
//! art. 5.2, as the screens and documents show them.

use domain::{LegalBasis, OrganisationType};

/// R7b: a legal basis the chair added: the law and its article, as typed.
pub fn custom_basis(law: &str, article: &str) -> String {
    format!("{law}, {article}")
}

pub fn organisation_type(t: OrganisationType) -> &'static str {
    match t {
        OrganisationType::Wijkteam => "Wijkteam of sociaal team",
        OrganisationType::Gemeente => "Gemeente",
        OrganisationType::Jeugdhulpaanbieder => "Jeugdhulpaanbieder",
        OrganisationType::GecertificeerdeInstelling => {
            "Gecertificeerde instelling (gezinsvoogd, jeugdreclassering)"
        }
        OrganisationType::VeiligThuis => "Veilig Thuis",
        OrganisationType::RaadVoorDeKinderbescherming => "Raad voor de Kinderbescherming",
        OrganisationType::Onderwijs => "School of onderwijs",
        OrganisationType::Huisarts => "Huisarts",
        OrganisationType::Ggz => "GGZ",
        OrganisationType::Jgz => "Jeugdgezondheidszorg (JGZ)",
        OrganisationType::Ziekenhuis => "Ziekenhuis",
        OrganisationType::Politie => "Politie",
        OrganisationType::Overig => "Andere organisatie",
    }
}

pub fn legal_basis(b: LegalBasis) -> &'static str {
    match b {
        LegalBasis::Wmo2015Art2_3_1To2_3_5 => "Wmo 2015, art. 2.3.1 tot en met 2.3.5",
        LegalBasis::Wmo2015Art5_1_1 => "Wmo 2015, art. 5.1.1",
        LegalBasis::Wmo2015Art4_1_1 => "Wmo 2015, art. 4.1.1 (Veilig Thuis)",
        LegalBasis::JeugdwetArt1_1 => "Jeugdwet, art. 1.1",
        LegalBasis::JeugdwetArt2_3 => "Jeugdwet, art. 2.3",
        LegalBasis::JeugdwetArt2_4 => "Jeugdwet, art. 2.4",
        LegalBasis::JeugdwetArt3_1 => "Jeugdwet, art. 3.1",
        LegalBasis::JeugdwetArt3_2 => "Jeugdwet, art. 3.2",
        LegalBasis::JeugdwetArt7_3_11Lid4 => "Jeugdwet, art. 7.3.11 lid 4",
        LegalBasis::JeugdwetArt7_4_1Lid2 => "Jeugdwet, art. 7.4.1 lid 2",
        LegalBasis::Jeugdwet => "Jeugdwet",
        LegalBasis::ParticipatiewetArt7_1 => "Participatiewet, art. 7.1",
        LegalBasis::WgsArt3 => "Wet gemeentelijke schuldhulpverlening, art. 3",
        LegalBasis::BwBoek1 => "Burgerlijk Wetboek, Boek 1",
        LegalBasis::BwArt1_240 => "Burgerlijk Wetboek, art. 1:240",
        LegalBasis::BwArt1_255Jo1_257 => "Burgerlijk Wetboek, art. 1:255 en 1:257",
        LegalBasis::SrArt77o => "Wetboek van Strafrecht, art. 77o",
        LegalBasis::SrArt77hh => "Wetboek van Strafrecht, art. 77hh",
        LegalBasis::SvArt126nd => "Wetboek van Strafvordering, art. 126nd",
        LegalBasis::SvArt491 => "Wetboek van Strafvordering, art. 491",
        LegalBasis::BtjArt28 => "Besluit tenuitvoerlegging jeugdstrafrecht 1994, art. 28",
        LegalBasis::Awb => "Algemene wet bestuursrecht",
        LegalBasis::Wpg => "Wet politiegegevens",
        LegalBasis::Wjsg => "Wet justitiële en strafvorderlijke gegevens",
        LegalBasis::Wpo => "Wet op het primair onderwijs",
        LegalBasis::Wvo => "Wet op het voortgezet onderwijs",
        LegalBasis::Web => "Wet educatie en beroepsonderwijs",
        LegalBasis::Leerplichtwet1969 => "Leerplichtwet 1969",
    }
}

/// A family member's relation, for document titles (lower case, Dutch): as the documents
/// name it, but "gezinslid" for another family member.
pub fn relation_title(r: domain::Relation) -> &'static str {
    match r {
        domain::Relation::Other => "gezinslid",
        r => crate::documents::relation(r),
    }
}
