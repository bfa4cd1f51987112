//! The kind of organisation a participant comes from, and what follows from it: whether the
//! WGBO applies (R8) and which statutory grounds it may invoke (R7, seed 004 art. 5.2).
//!
//! Whether a participant is bound by professional secrecy is *not* derived from the
//! organisation type: it is recorded per participant (a school's teacher and a school's
//! psychologist differ), see `ParticipantRecord::secrecy`.

use serde::{Deserialize, Serialize};

/// The kind of organisation a participant represents at the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum OrganisationType {
    /// Wijkteam / gemeentelijk sociaal team, carrying out the college's tasks.
    Wijkteam,
    /// Gemeente (college van B&W).
    Gemeente,
    /// Jeugdhulpaanbieder.
    Jeugdhulpaanbieder,
    /// Gecertificeerde instelling (gezinsvoogd, jeugdreclassering).
    GecertificeerdeInstelling,
    /// Veilig Thuis (advice and reporting centre for domestic violence and child abuse).
    VeiligThuis,
    /// Raad voor de Kinderbescherming (child protection board).
    RaadVoorDeKinderbescherming,
    /// School or other educational institution.
    Onderwijs,
    /// A general practitioner.
    Huisarts,
    /// Geestelijke gezondheidszorg.
    Ggz,
    /// Jeugdgezondheidszorg (consultatiebureau, GGD-JGZ).
    Jgz,
    /// A hospital.
    Ziekenhuis,
    /// The police.
    Politie,
    /// Any other organisation.
    Overig,
}

impl OrganisationType {
    /// Every organisation type, in the order the UI lists them.
    pub const ALL: [OrganisationType; 13] = [
        OrganisationType::Wijkteam,
        OrganisationType::Gemeente,
        OrganisationType::Jeugdhulpaanbieder,
        OrganisationType::GecertificeerdeInstelling,
        OrganisationType::VeiligThuis,
        OrganisationType::RaadVoorDeKinderbescherming,
        OrganisationType::Onderwijs,
        OrganisationType::Huisarts,
        OrganisationType::Ggz,
        OrganisationType::Jgz,
        OrganisationType::Ziekenhuis,
        OrganisationType::Politie,
        OrganisationType::Overig,
    ];

    /// Stable code for the store and the wire.
    pub fn code(self) -> &'static str {
        match self {
            OrganisationType::Wijkteam => "wijkteam",
            OrganisationType::Gemeente => "gemeente",
            OrganisationType::Jeugdhulpaanbieder => "jeugdhulpaanbieder",
            OrganisationType::GecertificeerdeInstelling => "gi",
            OrganisationType::VeiligThuis => "veilig_thuis",
            OrganisationType::RaadVoorDeKinderbescherming => "rvdk",
            OrganisationType::Onderwijs => "onderwijs",
            OrganisationType::Huisarts => "huisarts",
            OrganisationType::Ggz => "ggz",
            OrganisationType::Jgz => "jgz",
            OrganisationType::Ziekenhuis => "ziekenhuis",
            OrganisationType::Politie => "politie",
            OrganisationType::Overig => "overig",
        }
    }

    /// The inverse of [`OrganisationType::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }

    /// What the chair picked as the organisation type (its code, spaces around ignored);
    /// an unknown code is [`DomainError::UnknownValue`] at `Field::Organisation`.
    pub fn parse(raw: &str) -> Result<Self, crate::DomainError> {
        Self::from_code(raw.trim()).ok_or(crate::DomainError::UnknownValue {
            field: crate::Field::Organisation,
        })
    }

    /// R8: health care under the WGBO needs double consent from 12 to 16 (seed 003 §2, §3.2:
    /// huisartsen, GGZ (Parnassia, H+B), consultatiebureaus/GGD-JGZ, ziekenhuizen).
    pub fn wgbo_applies(self) -> bool {
        matches!(
            self,
            OrganisationType::Huisarts
                | OrganisationType::Ggz
                | OrganisationType::Jgz
                | OrganisationType::Ziekenhuis
        )
    }

    /// R7: the basis an item form preselects for a contributor of this kind (the chair can
    /// change it): the organisation's general statutory task where seed 004 art. 5.2 names
    /// one, else `None`, meaning consent (R7a). Health care and `Overig` have no statutory
    /// ground; education's ground depends on the school level (WPO, WVO or WEB), which the
    /// app does not know, so it starts from consent as well.
    pub fn default_legal_basis(self) -> Option<LegalBasis> {
        use LegalBasis as L;
        match self {
            // Art. 5.2a: the college's youth-care task (Jeugdwet art. 2.3).
            OrganisationType::Gemeente | OrganisationType::Wijkteam => Some(L::JeugdwetArt2_3),
            // Art. 5.2b: child protection and youth probation.
            OrganisationType::GecertificeerdeInstelling => Some(L::JeugdwetArt1_1),
            OrganisationType::Jeugdhulpaanbieder => Some(L::Jeugdwet),
            // Art. 5.2c: the Raad's tasks under BW Boek 1.
            OrganisationType::RaadVoorDeKinderbescherming => Some(L::BwBoek1),
            // Art. 5.2d.
            OrganisationType::VeiligThuis => Some(L::Wmo2015Art4_1_1),
            OrganisationType::Politie => Some(L::Wpg),
            OrganisationType::Onderwijs
            | OrganisationType::Huisarts
            | OrganisationType::Ggz
            | OrganisationType::Jgz
            | OrganisationType::Ziekenhuis
            | OrganisationType::Overig => None,
        }
    }

    /// R7/R8: what the item form proposes for a new item of a contributor of this kind:
    /// the general statutory task ([`Self::default_legal_basis`]); without one, consent,
    /// but only for an item about someone (consent comes from a person, seed 003 §3.2);
    /// else the basis is left for later (the basis editor, where a conflict of duties is
    /// weighed too).
    pub fn proposed_basis(self, about_someone: bool) -> BasisProposal {
        match (self.default_legal_basis(), about_someone) {
            (Some(ground), _) => BasisProposal::Legal(ground),
            (None, true) => BasisProposal::Consent,
            (None, false) => BasisProposal::Later,
        }
    }

    /// R7: the statutory grounds this kind of organisation may invoke (seed 004 art. 5.2 and
    /// Bijlage 2; seed 003 §2 for education). Health care and `Overig` have none there: they
    /// bring items in on consent or a conflict of duties.
    pub fn legal_bases(self) -> &'static [LegalBasis] {
        use LegalBasis as L;
        match self {
            // Art. 5.2a: the college; and seed 003 §2 "Leerlingzaken (Leerplicht,
            // Vroegtijdig Schoolverlaters): Wbp, WPO": the leerplichtambtenaar works for the
            // college under the Leerplichtwet 1969 (R7b).
            OrganisationType::Gemeente => &[
                L::Wmo2015Art2_3_1To2_3_5,
                L::Wmo2015Art5_1_1,
                L::JeugdwetArt2_3,
                L::JeugdwetArt2_4,
                L::JeugdwetArt7_4_1Lid2,
                L::ParticipatiewetArt7_1,
                L::WgsArt3,
                L::Leerplichtwet1969,
                L::Wpo,
            ],
            // Art. 5.2a: the wijkteam carries out the college's social-domain tasks (not
            // the leerplicht).
            OrganisationType::Wijkteam => &[
                L::Wmo2015Art2_3_1To2_3_5,
                L::Wmo2015Art5_1_1,
                L::JeugdwetArt2_3,
                L::JeugdwetArt2_4,
                L::JeugdwetArt7_4_1Lid2,
                L::ParticipatiewetArt7_1,
                L::WgsArt3,
            ],
            // Art. 5.2b, and Bijlage 2 ("Jeugdwet (GI en jeugdhulpverlening)").
            OrganisationType::GecertificeerdeInstelling => &[L::JeugdwetArt1_1, L::Jeugdwet],
            // Bijlage 2: "Jeugdwet (GI en jeugdhulpverlening)"; no article named.
            OrganisationType::Jeugdhulpaanbieder => &[L::Jeugdwet],
            // Art. 5.2c.
            OrganisationType::RaadVoorDeKinderbescherming => &[
                L::BwBoek1,
                L::BwArt1_240,
                L::BwArt1_255Jo1_257,
                L::SrArt77o,
                L::SrArt77hh,
                L::SvArt126nd,
                L::SvArt491,
                L::BtjArt28,
                L::Awb,
                L::JeugdwetArt2_4,
                L::JeugdwetArt3_1,
                L::JeugdwetArt3_2,
                L::JeugdwetArt7_3_11Lid4,
            ],
            // Art. 5.2d.
            OrganisationType::VeiligThuis => &[L::Wmo2015Art4_1_1],
            // Bijlage 2: Wet politiegegevens and Wet justitiële en strafvorderlijke gegevens.
            OrganisationType::Politie => &[L::Wpg, L::Wjsg],
            // Seed 003 §2 (Onderwijs: WPO, WVO, WEB).
            OrganisationType::Onderwijs => &[L::Wpo, L::Wvo, L::Web],
            OrganisationType::Huisarts
            | OrganisationType::Ggz
            | OrganisationType::Jgz
            | OrganisationType::Ziekenhuis
            | OrganisationType::Overig => &[],
        }
    }
}

/// R7: a statutory ground for processing without consent, as named in seed 004 art. 5.2
/// (and Bijlage 2, seed 003 §2 where no article is given: then the whole act is named).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LegalBasis {
    /// Wmo 2015 art. 2.3.1 t/m 2.3.5 (college).
    Wmo2015Art2_3_1To2_3_5,
    /// Wmo 2015 art. 5.1.1 (college).
    Wmo2015Art5_1_1,
    /// Wmo 2015 art. 4.1.1 (Veilig Thuis).
    Wmo2015Art4_1_1,
    /// Jeugdwet art. 1.1 (kinderbeschermingsmaatregelen en jeugdreclassering, GI).
    JeugdwetArt1_1,
    /// Jeugdwet art. 2.3 (college).
    JeugdwetArt2_3,
    /// Jeugdwet art. 2.4 (college, RvdK).
    JeugdwetArt2_4,
    /// Jeugdwet art. 3.1 (RvdK).
    JeugdwetArt3_1,
    /// Jeugdwet art. 3.2 (RvdK).
    JeugdwetArt3_2,
    /// Jeugdwet art. 7.3.11 lid 4 (RvdK).
    JeugdwetArt7_3_11Lid4,
    /// Jeugdwet art. 7.4.1 lid 2 (college).
    JeugdwetArt7_4_1Lid2,
    /// Jeugdwet, no article named (jeugdhulpverlening, seed 004 Bijlage 2).
    Jeugdwet,
    /// Participatiewet art. 7.1 (college).
    ParticipatiewetArt7_1,
    /// Wet gemeentelijke schuldhulpverlening art. 3 (college).
    WgsArt3,
    /// BW Boek 1, the RvdK's tasks (seed 004 art. 5.2c, Bijlage 2).
    BwBoek1,
    /// BW art. 1:240 (RvdK).
    BwArt1_240,
    /// BW art. 1:255 juncto 1:257 (RvdK: ondertoezichtstelling).
    BwArt1_255Jo1_257,
    /// Wetboek van Strafrecht art. 77o (the seed's "770" is this article).
    SrArt77o,
    /// Wetboek van Strafrecht art. 77hh.
    SrArt77hh,
    /// Wetboek van Strafvordering art. 126nd.
    SvArt126nd,
    /// Wetboek van Strafvordering art. 491.
    SvArt491,
    /// Besluit tenuitvoerlegging jeugdstrafrecht 1994 art. 28.
    BtjArt28,
    /// Algemene wet bestuursrecht.
    Awb,
    /// Wet politiegegevens.
    Wpg,
    /// Wet justitiële en strafvorderlijke gegevens.
    Wjsg,
    /// Wet op het primair onderwijs.
    Wpo,
    /// Wet op het voortgezet onderwijs.
    Wvo,
    /// Wet educatie en beroepsonderwijs.
    Web,
    /// Leerplichtwet 1969 (the leerplichtambtenaar of the college; seed 003 §2).
    Leerplichtwet1969,
}

impl LegalBasis {
    /// Every statutory basis, in the order the UI lists them.
    pub const ALL: [LegalBasis; 28] = [
        LegalBasis::Wmo2015Art2_3_1To2_3_5,
        LegalBasis::Wmo2015Art5_1_1,
        LegalBasis::Wmo2015Art4_1_1,
        LegalBasis::JeugdwetArt1_1,
        LegalBasis::JeugdwetArt2_3,
        LegalBasis::JeugdwetArt2_4,
        LegalBasis::JeugdwetArt3_1,
        LegalBasis::JeugdwetArt3_2,
        LegalBasis::JeugdwetArt7_3_11Lid4,
        LegalBasis::JeugdwetArt7_4_1Lid2,
        LegalBasis::Jeugdwet,
        LegalBasis::ParticipatiewetArt7_1,
        LegalBasis::WgsArt3,
        LegalBasis::BwBoek1,
        LegalBasis::BwArt1_240,
        LegalBasis::BwArt1_255Jo1_257,
        LegalBasis::SrArt77o,
        LegalBasis::SrArt77hh,
        LegalBasis::SvArt126nd,
        LegalBasis::SvArt491,
        LegalBasis::BtjArt28,
        LegalBasis::Awb,
        LegalBasis::Wpg,
        LegalBasis::Wjsg,
        LegalBasis::Wpo,
        LegalBasis::Wvo,
        LegalBasis::Web,
        LegalBasis::Leerplichtwet1969,
    ];

    /// Stable code for the store and the wire; never changes once released.
    pub fn code(self) -> &'static str {
        match self {
            LegalBasis::Wmo2015Art2_3_1To2_3_5 => "wmo2015-2.3.1-2.3.5",
            LegalBasis::Wmo2015Art5_1_1 => "wmo2015-5.1.1",
            LegalBasis::Wmo2015Art4_1_1 => "wmo2015-4.1.1",
            LegalBasis::JeugdwetArt1_1 => "jeugdwet-1.1",
            LegalBasis::JeugdwetArt2_3 => "jeugdwet-2.3",
            LegalBasis::JeugdwetArt2_4 => "jeugdwet-2.4",
            LegalBasis::JeugdwetArt3_1 => "jeugdwet-3.1",
            LegalBasis::JeugdwetArt3_2 => "jeugdwet-3.2",
            LegalBasis::JeugdwetArt7_3_11Lid4 => "jeugdwet-7.3.11-4",
            LegalBasis::JeugdwetArt7_4_1Lid2 => "jeugdwet-7.4.1-2",
            LegalBasis::Jeugdwet => "jeugdwet",
            LegalBasis::ParticipatiewetArt7_1 => "participatiewet-7.1",
            LegalBasis::WgsArt3 => "wgs-3",
            LegalBasis::BwBoek1 => "bw-1",
            LegalBasis::BwArt1_240 => "bw-1:240",
            LegalBasis::BwArt1_255Jo1_257 => "bw-1:255-1:257",
            LegalBasis::SrArt77o => "sr-77o",
            LegalBasis::SrArt77hh => "sr-77hh",
            LegalBasis::SvArt126nd => "sv-126nd",
            LegalBasis::SvArt491 => "sv-491",
            LegalBasis::BtjArt28 => "btj-28",
            LegalBasis::Awb => "awb",
            LegalBasis::Wpg => "wpg",
            LegalBasis::Wjsg => "wjsg",
            LegalBasis::Wpo => "wpo",
            LegalBasis::Wvo => "wvo",
            LegalBasis::Web => "web",
            LegalBasis::Leerplichtwet1969 => "leerplichtwet-1969",
        }
    }

    /// The inverse of [`LegalBasis::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r7_r8_the_item_form_proposes_the_statutory_task_else_consent_only_about_someone() {
        assert_eq!(
            OrganisationType::Wijkteam.proposed_basis(false),
            BasisProposal::Legal(LegalBasis::JeugdwetArt2_3)
        );
        assert_eq!(
            OrganisationType::Ggz.proposed_basis(true),
            BasisProposal::Consent
        );
        // Consent comes from a person: about nobody there is nobody to ask.
        assert_eq!(
            OrganisationType::Ggz.proposed_basis(false),
            BasisProposal::Later
        );
    }
    use std::collections::HashSet;

    #[test]
    fn r7_the_default_basis_is_one_of_the_organisations_own_or_consent() {
        for t in OrganisationType::ALL {
            match t.default_legal_basis() {
                Some(b) => assert!(t.legal_bases().contains(&b), "{t:?}"),
                // Without a ground of their own, consent is the start.
                None => assert!(
                    t.legal_bases().is_empty() || t == OrganisationType::Onderwijs,
                    "{t:?}"
                ),
            }
        }
        assert_eq!(OrganisationType::Ggz.default_legal_basis(), None);
        assert_eq!(
            OrganisationType::VeiligThuis.default_legal_basis(),
            Some(LegalBasis::Wmo2015Art4_1_1)
        );
    }

    #[test]
    fn r8_wgbo_applies_to_health_care_only() {
        let wgbo: Vec<_> = OrganisationType::ALL
            .into_iter()
            .filter(|t| t.wgbo_applies())
            .collect();
        assert_eq!(
            wgbo,
            [
                OrganisationType::Huisarts,
                OrganisationType::Ggz,
                OrganisationType::Jgz,
                OrganisationType::Ziekenhuis
            ]
        );
    }

    #[test]
    fn r7_legal_bases_follow_seed_004_article_5_2() {
        use OrganisationType as O;
        assert_eq!(O::VeiligThuis.legal_bases(), [LegalBasis::Wmo2015Art4_1_1]);
        assert!(O::GecertificeerdeInstelling
            .legal_bases()
            .contains(&LegalBasis::JeugdwetArt1_1));
        assert!(O::RaadVoorDeKinderbescherming
            .legal_bases()
            .contains(&LegalBasis::BwArt1_255Jo1_257));
        assert!(O::Gemeente
            .legal_bases()
            .contains(&LegalBasis::ParticipatiewetArt7_1));
        // R7b: the wijkteam shares the college's social-domain grounds, not the leerplicht.
        assert!(O::Gemeente
            .legal_bases()
            .iter()
            .all(|b| O::Wijkteam.legal_bases().contains(b)
                || matches!(b, LegalBasis::Leerplichtwet1969 | LegalBasis::Wpo)));
        for health in [O::Huisarts, O::Ggz, O::Jgz, O::Ziekenhuis, O::Overig] {
            assert!(health.legal_bases().is_empty(), "{health:?}");
        }
        // A Veilig Thuis ground is not a ground for the school.
        assert!(!O::Onderwijs
            .legal_bases()
            .contains(&LegalBasis::Wmo2015Art4_1_1));
    }

    /// R7b: each organisation type's list checked against seed 004 art. 5.2 (the partners'
    /// statutory tasks), Bijlage 2 (Wpg/Wjsg, Jeugdwet for GI and jeugdhulp) and seed 003 §2
    /// (the table of partners and their laws). Health care (WGBO, a consent regime) and
    /// `Overig` have no statutory ground there.
    #[test]
    fn r7b_every_organisation_type_offers_the_laws_of_the_seed_tables() {
        use LegalBasis as L;
        use OrganisationType as O;
        let expected: [(O, &[L]); 13] = [
            // Art. 5.2a; seed 003 "Leerlingzaken (Leerplicht, Vroegtijdig Schoolverlaters):
            // Wbp, WPO": the leerplichtambtenaar works for the college.
            (
                O::Gemeente,
                &[
                    L::Wmo2015Art2_3_1To2_3_5,
                    L::Wmo2015Art5_1_1,
                    L::JeugdwetArt2_3,
                    L::JeugdwetArt2_4,
                    L::JeugdwetArt7_4_1Lid2,
                    L::ParticipatiewetArt7_1,
                    L::WgsArt3,
                    L::Leerplichtwet1969,
                    L::Wpo,
                ],
            ),
            // Art. 5.2a: the wijkteam carries out the college's social-domain tasks, not
            // the leerplicht.
            (
                O::Wijkteam,
                &[
                    L::Wmo2015Art2_3_1To2_3_5,
                    L::Wmo2015Art5_1_1,
                    L::JeugdwetArt2_3,
                    L::JeugdwetArt2_4,
                    L::JeugdwetArt7_4_1Lid2,
                    L::ParticipatiewetArt7_1,
                    L::WgsArt3,
                ],
            ),
            (O::Jeugdhulpaanbieder, &[L::Jeugdwet]),
            (
                O::GecertificeerdeInstelling,
                &[L::JeugdwetArt1_1, L::Jeugdwet],
            ),
            (O::VeiligThuis, &[L::Wmo2015Art4_1_1]),
            (
                O::RaadVoorDeKinderbescherming,
                &[
                    L::BwBoek1,
                    L::BwArt1_240,
                    L::BwArt1_255Jo1_257,
                    L::SrArt77o,
                    L::SrArt77hh,
                    L::SvArt126nd,
                    L::SvArt491,
                    L::BtjArt28,
                    L::Awb,
                    L::JeugdwetArt2_4,
                    L::JeugdwetArt3_1,
                    L::JeugdwetArt3_2,
                    L::JeugdwetArt7_3_11Lid4,
                ],
            ),
            // Seed 003 "Onderwijs: Wbp, WPO, WVO, WEB".
            (O::Onderwijs, &[L::Wpo, L::Wvo, L::Web]),
            (O::Huisarts, &[]),
            (O::Ggz, &[]),
            (O::Jgz, &[]),
            (O::Ziekenhuis, &[]),
            (O::Politie, &[L::Wpg, L::Wjsg]),
            (O::Overig, &[]),
        ];
        for (t, bases) in expected {
            assert_eq!(t.legal_bases(), bases, "{t:?}");
        }
    }

    #[test]
    fn codes_are_unique_and_round_trip() {
        let codes: HashSet<_> = LegalBasis::ALL.iter().map(|b| b.code()).collect();
        assert_eq!(codes.len(), LegalBasis::ALL.len());
        for b in LegalBasis::ALL {
            assert_eq!(LegalBasis::from_code(b.code()), Some(b));
        }
        let codes: HashSet<_> = OrganisationType::ALL.iter().map(|t| t.code()).collect();
        assert_eq!(codes.len(), OrganisationType::ALL.len());
        for t in OrganisationType::ALL {
            assert_eq!(OrganisationType::from_code(t.code()), Some(t));
        }
        assert_eq!(LegalBasis::from_code("nope"), None);
    }

    #[test]
    fn every_listed_basis_is_in_all() {
        for t in OrganisationType::ALL {
            for b in t.legal_bases() {
                assert!(LegalBasis::ALL.contains(b));
            }
        }
    }
}

/// R7/R8: the basis the item form proposes ([`OrganisationType::proposed_basis`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BasisProposal {
    /// The organisation's general statutory task.
    Legal(LegalBasis),
    /// Consent of the family (R7a).
    Consent,
    /// Nothing yet: set later in the basis editor.
    Later,
}

/// Serde: an organisation type as its stable code (`OrganisationType::code`). Use as
/// `#[serde(with = "crate::organisation::type_code")]`.
pub(crate) mod type_code {
    use super::OrganisationType;

    /// Writes the code.
    pub fn serialize<S: serde::Serializer>(t: &OrganisationType, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(t.code())
    }
}
