//! R7b: legal bases the chair adds for an organisation type, beyond the fixed lists of
//! seed 004 art. 5.2 and seed 003 §2 (`OrganisationType::legal_bases`). The lists of the
//! seed are not complete for every partner (art. 5.2 names the tasks of the partners
//! "onder meer"), so the chair can name a law and its article for one organisation type.
//! Such a basis holds only for contributors of that organisation type, exactly like the
//! fixed ones (seed 004 art. 5.2: each partner processes on its own statutory task).

use crate::{CustomBasisId, Dependency, DomainError, Field, Label, OrganisationType};

/// What the basis editor sends for a custom basis: this prefix and the basis's id.
pub const CUSTOM_BASIS_PREFIX: &str = "custom:";

impl CustomBasisId {
    /// R7b: the wire code of a custom legal basis, `custom:<id>`, in the same list as the
    /// codes of the fixed ones (so the basis editor offers both alike).
    pub fn code(self) -> String {
        format!("{CUSTOM_BASIS_PREFIX}{self}")
    }

    /// The inverse of [`CustomBasisId::code`]: `None` when `code` is no custom basis code
    /// (a fixed basis's code), else its id or, when what follows the prefix is no id, the
    /// "choose a valid basis" error.
    pub fn from_code(code: &str) -> Option<Result<Self, DomainError>> {
        code.strip_prefix(CUSTOM_BASIS_PREFIX).map(|raw| {
            Self::parse(
                raw.trim(),
                DomainError::UnknownValue {
                    field: Field::Basis,
                },
            )
        })
    }
}

/// R7b: shortest name of a law ("Awb" is the shortest common abbreviation).
pub const CUSTOM_LAW_MIN_CHARS: usize = 3;
/// R7b: longest name of a law.
pub const CUSTOM_LAW_MAX_CHARS: usize = 120;
/// R7b: longest article reference (`art. 7.3.11 lid 4 onder b`).
pub const CUSTOM_ARTICLE_MAX_CHARS: usize = 40;
/// R7b: longest note with a custom basis.
pub const CUSTOM_NOTE_MAX_CHARS: usize = 200;

/// R7b: a statutory ground the chair added for one organisation type: a law and its
/// article, with an optional short note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomBasis {
    /// Its id.
    pub id: CustomBasisId,
    /// The type of organisation it is for.
    pub organisation: OrganisationType,
    /// The name of the law.
    pub law: Label,
    /// The article.
    pub article: Label,
    /// A note by the chair.
    pub note: Option<Label>,
}

/// R7b: what the chair types to add a legal basis for an organisation type.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewCustomBasis {
    /// Code of the organisation type.
    pub organisation_type: String,
    /// The name of the law.
    pub law: String,
    /// The article.
    pub article: String,
    /// A note by the chair.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub note: Option<String>,
}

impl NewCustomBasis {
    /// R7b: the basis under `id`, validated as [`CustomBasis::new`] does, for a known
    /// organisation type.
    pub fn parse(&self, id: CustomBasisId) -> Result<CustomBasis, DomainError> {
        CustomBasis::new(
            id,
            OrganisationType::parse(&self.organisation_type)?,
            &self.law,
            &self.article,
            self.note.as_deref().unwrap_or_default(),
        )
    }
}

impl CustomBasis {
    /// R7b: validates what the chair typed. The law has 3–120 characters with letters;
    /// the article 1–40 characters with a number in it (`art. 10b`, `7.1`).
    pub fn new(
        id: CustomBasisId,
        organisation: OrganisationType,
        law: &str,
        article: &str,
        note: &str,
    ) -> Result<Self, DomainError> {
        let law = Label::parse(law, Field::CustomLaw)?;
        let law_chars = law.as_str().chars().count();
        if law_chars > CUSTOM_LAW_MAX_CHARS {
            return Err(DomainError::TooLong {
                field: Field::CustomLaw,
                max: CUSTOM_LAW_MAX_CHARS,
            });
        }
        if law_chars < CUSTOM_LAW_MIN_CHARS || !law.as_str().chars().any(char::is_alphabetic) {
            return Err(DomainError::CustomLawInvalid);
        }
        let article = Label::parse(article, Field::CustomArticle)?;
        if article.as_str().chars().count() > CUSTOM_ARTICLE_MAX_CHARS {
            return Err(DomainError::TooLong {
                field: Field::CustomArticle,
                max: CUSTOM_ARTICLE_MAX_CHARS,
            });
        }
        if !article.as_str().chars().any(|c| c.is_ascii_digit()) {
            return Err(DomainError::CustomArticleWithoutNumber);
        }
        let note = Label::parse_optional(note, Field::CustomNote)?;
        if note
            .as_ref()
            .is_some_and(|n| n.as_str().chars().count() > CUSTOM_NOTE_MAX_CHARS)
        {
            return Err(DomainError::TooLong {
                field: Field::CustomNote,
                max: CUSTOM_NOTE_MAX_CHARS,
            });
        }
        Ok(Self {
            id,
            organisation,
            law,
            article,
            note,
        })
    }

    /// R7b: the basis is offered to, and holds for, contributors of its organisation type
    /// only.
    pub fn holds_for(&self, organisation: OrganisationType) -> bool {
        self.organisation == organisation
    }
}

/// R7b: a custom basis that items rest on stays; removing it would leave those items
/// without a ground (R13).
pub fn check_custom_basis_removal(items_resting_on_it: usize) -> Result<(), DomainError> {
    if items_resting_on_it > 0 {
        Err(DomainError::StillNeeded(Dependency::ItemsRestOnBasis))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check_basis, Basis, ContributorProfile};
    use chrono::NaiveDate;

    fn wpo_10b() -> CustomBasis {
        CustomBasis::new(
            CustomBasisId::new(),
            OrganisationType::Onderwijs,
            "Wet op het primair onderwijs",
            "art. 10b",
            "zorgplicht passend onderwijs",
        )
        .unwrap()
    }

    #[test]
    fn r7b_custom_basis_only_for_its_organisation_type() {
        let basis = Basis::CustomLegal(wpo_10b());
        let on = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let school = ContributorProfile {
            secrecy: false,
            organisation: OrganisationType::Onderwijs,
        };
        assert_eq!(check_basis(&basis, school, &[], &[], on), Ok(()));
        for other in OrganisationType::ALL
            .into_iter()
            .filter(|t| *t != OrganisationType::Onderwijs)
        {
            let profile = ContributorProfile {
                secrecy: true,
                organisation: other,
            };
            let err = check_basis(&basis, profile, &[], &[], on).unwrap_err();
            assert_eq!(err, DomainError::LegalBasisNotForOrganisation, "{other:?}");
            assert_eq!(err.field(), Some(Field::Basis));
        }
    }

    #[test]
    fn r7b_custom_basis_needs_law_and_article() {
        let new = |law: &str, article: &str| {
            CustomBasis::new(
                CustomBasisId::new(),
                OrganisationType::Politie,
                law,
                article,
                "",
            )
        };
        assert!(new("Wet op het primair onderwijs", "art. 10b").is_ok());
        assert!(new("Awb", "4:8").is_ok());
        assert_eq!(
            new("", "art. 1").unwrap_err().field(),
            Some(Field::CustomLaw)
        );
        assert_eq!(
            new("Wp", "art. 1").unwrap_err(),
            DomainError::CustomLawInvalid
        );
        assert_eq!(
            new("12.3.4", "art. 1").unwrap_err(),
            DomainError::CustomLawInvalid
        );
        assert_eq!(
            new(&"W".repeat(CUSTOM_LAW_MAX_CHARS + 1), "art. 1").unwrap_err(),
            DomainError::TooLong {
                field: Field::CustomLaw,
                max: CUSTOM_LAW_MAX_CHARS
            }
        );
        let err = new("Jeugdwet", "artikel").unwrap_err();
        assert_eq!(err, DomainError::CustomArticleWithoutNumber);
        assert_eq!(err.field(), Some(Field::CustomArticle));
        assert_eq!(
            new("Jeugdwet", "  ").unwrap_err(),
            DomainError::Empty {
                field: Field::CustomArticle
            }
        );
        assert_eq!(
            new("Jeugdwet", &format!("art. 1{}", "a".repeat(40))).unwrap_err(),
            DomainError::TooLong {
                field: Field::CustomArticle,
                max: CUSTOM_ARTICLE_MAX_CHARS
            }
        );
        let noted = CustomBasis::new(
            CustomBasisId::new(),
            OrganisationType::Politie,
            "Politiewet 2012",
            "art. 3",
            "  ",
        )
        .unwrap();
        assert_eq!(noted.note, None);
        assert_eq!(noted.law.as_str(), "Politiewet 2012");
    }

    #[test]
    fn r7b_custom_basis_in_use_is_not_removed() {
        assert_eq!(check_custom_basis_removal(0), Ok(()));
        assert_eq!(
            check_custom_basis_removal(2),
            Err(DomainError::StillNeeded(Dependency::ItemsRestOnBasis))
        );
    }
}
