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
        domain::Relation::Other => "betrokkene",
        r => crate::documents::relation(r),
    }
}

/// NEN 7513 × R18: what an audit-log entry records, for the log screen (by the stored kind
/// code, `store::AuditKind::code`). Plain words; never the data itself.
pub fn audit_kind(code: &str) -> &'static str {
    match code {
        "store_created" => "Gegevensbestand aangemaakt",
        "meeting_created" => "Overleg aangemaakt",
        "participant_added" => "Deelnemer toegevoegd",
        "item_added" => "Inbreng toegevoegd",
        "preparation_changed" => "Voorbereiding aangepast",
        "subject_added" => "Betrokkene toegevoegd",
        "subject_changed" => "Betrokkene aangepast",
        "pledge_recorded" => "Geheimhouding bevestigd",
        "basis_set" => "Grondslag vastgelegd",
        "consent_recorded" => "Toestemming vastgelegd",
        "consent_withdrawn" => "Toestemming ingetrokken",
        "action_added" => "Afspraak toegevoegd",
        "release_decided" => "Besluit over vrijgave",
        "release_undone" => "Besluit over vrijgave ongedaan gemaakt",
        "notification_added" => "Afspraak over informeren gezin",
        "retention_set" => "Bewaartermijn vastgelegd",
        "meeting_finalized" => "Overleg afgerond",
        "authority_set" => "Gezag aangepast",
        "secret_address_set" => "Geheim adres vastgelegd",
        "secret_address_cleared" => "Geheim adres verwijderd",
        "subject_removed" => "Betrokkene verwijderd",
        "participant_changed" => "Deelnemer aangepast",
        "participant_removed" => "Deelnemer verwijderd",
        "item_removed" => "Inbreng verwijderd",
        "action_removed" => "Afspraak verwijderd",
        "decision_added" => "Besluit vastgelegd",
        "decision_removed" => "Besluit verwijderd",
        "dissent_added" => "Verschil van inzicht vastgelegd",
        "dissent_removed" => "Verschil van inzicht verwijderd",
        "notification_removed" => "Afspraak over informeren verwijderd",
        "passphrase_changed" => "Wachtwoord gewijzigd",
        "retention_extended" => "Bewaartermijn verlengd",
        "meeting_destroyed" => "Overleg vernietigd",
        "settings_changed" => "Instelling gewijzigd",
        "documents_saved" => "Documenten opgeslagen",
        "item_corrected" => "Inbreng gecorrigeerd",
        "rights_request_registered" => "Verzoek van een betrokkene geregistreerd",
        "rights_request_extended" => "Termijn van een verzoek verlengd",
        "rights_request_granted" => "Verzoek toegewezen",
        "rights_request_refused" => "Verzoek afgewezen",
        "rights_request_done" => "Verzoek afgehandeld",
        "subject_data_erased" => "Gegevens van een betrokkene gewist",
        "subject_objected" => "Bezwaar van een betrokkene toegewezen",
        "backup_made" => "Reservekopie gemaakt",
        "store_restored" => "Reservekopie teruggezet",
        "follow_up_created" => "Vervolgoverleg aangemaakt",
        "carried_action_settled" => "Afspraak uit het vorige overleg bijgewerkt",
        "family_voice_added" => "Mening, wens of bezwaar van het gezin vastgelegd",
        "family_voice_answered" => "Antwoord van het overleg aan het gezin vastgelegd",
        "family_voice_removed" => "Mening, wens of bezwaar van het gezin weggehaald",
        "preparation_saved" => "Uitnodiging of presentielijst opgeslagen",
        "attendance_set" => "Aanwezigheid vastgelegd",
        "breach_registered" => "Datalek geregistreerd",
        "breach_partners_informed" => "Partners over datalek geïnformeerd",
        "breach_record_destroyed" => "Datalekmelding vernietigd",
        "for_family_set" => "Gekozen wat de gezinsbrief toont",
        "complaint_route_set" => "Klachtenroute vastgelegd",
        "postponement_lifted" => "Uitstel van informeren opgeheven",
        "notification_done" => "Gezin geïnformeerd",
        "withdrawal_inform_done" => "Ontvanger geïnformeerd over ingetrokken toestemming",
        "rights_record_destroyed" => "Afgehandeld verzoek vernietigd",
        "correction_refused" => "Correctie geweigerd",
        "wall_mark_set" => "Gekozen wat op het scherm staat",
        "minutes_set" => "Tijd en verloop van het overleg vastgelegd",
        "custom_basis_added" => "Eigen grondslag toegevoegd",
        "custom_basis_removed" => "Eigen grondslag verwijderd",
        "breach_list_saved" => "Lijst bij datalek opgeslagen",
        "report_saved" => "Managementrapportage opgeslagen",
        "unlocked" => "Ontgrendeld",
        "unlock_failed" => "Onjuist wachtwoord geprobeerd",
        "locked_by_hand" => "Vergrendeld door de voorzitter",
        "locked_idle" => "Vergrendeld na niets doen",
        "locked_sleep" => "Vergrendeld bij slaapstand",
        "locked_screen" => "Vergrendeld met het scherm",
        "meeting_opened" => "Overleg bekeken",
        "presentation_opened" => "Presentatie getoond",
        "search_run" => "Gezocht in overleggen",
        "history_viewed" => "Eerdere versies bekeken",
        "rights_register_viewed" => "Verzoeken van betrokkenen bekeken",
        "report_viewed" => "Managementrapportage bekeken",
        "breach_viewed" => "Datalekken bekeken",
        "audit_log_viewed" => "Logboek bekeken",
        _ => "Andere handeling",
    }
}

#[cfg(test)]
mod audit_kind_tests {
    /// Every kind code the store writes (read from `store::AuditKind::code`, which this
    /// crate cannot depend on) has its own label, and no two labels are the same.
    #[test]
    fn r18_every_audit_kind_has_its_own_dutch_label() {
        let source = include_str!("../../store/src/audit.rs");
        let start = source.find("pub fn code(self)").unwrap_or(0);
        let end = source[start..]
            .find("\n    }\n}")
            .map_or(source.len(), |e| start + e);
        let codes: Vec<&str> = source[start..end]
            .split("=> \"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        assert!(codes.len() > 60, "{} codes found", codes.len());
        let mut labels = std::collections::HashSet::new();
        for code in &codes {
            let label = super::audit_kind(code);
            assert_ne!(label, "Andere handeling", "no label for {code}");
            assert!(labels.insert(label), "label used twice: {label}");
        }
    }
}
