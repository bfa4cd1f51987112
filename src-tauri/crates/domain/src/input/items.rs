//! What the UI sends about items: a new item with its basis and consents (R6–R8), a
//! consent, a basis, a withdrawal (R10) and a correction (R16).

use super::{item_id, participant_id, subject_id, subject_ids, Choice};
use crate::{
    Basis, Category, ConsentMethod, ConsentScope, Consenter, CorrectionInput, CustomBasisId,
    DecisionChoice, DomainError, Field, FourQuestions, ItemId, ItemInput, Kind, LegalBasis,
    ParticipantId, Prose, SourceKind, SubjectId, WithdrawalRequest,
};
use serde::Deserialize;

/// A new item as the chair enters it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewItem {
    /// The meeting.
    pub meeting_id: String,
    /// R5: the participant who brings it in.
    pub contributor_id: String,
    /// What is shared.
    pub text: String,
    /// A fact, an observation or an opinion.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Kind"))]
    pub kind: Choice<Kind>,
    /// R7: ordinary, special or criminal data.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Category"))]
    pub category: Choice<Category>,
    /// R6: from whom the contributor has it (required).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "SourceKind"))]
    pub source: Choice<SourceKind>,
    /// R6: the short text of the source; required for a third party or a document.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub source_detail: Option<String>,
    /// R6: the subjects the item is about (may be empty).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub subject_ids: Option<Vec<String>>,
    /// R7 in the same step (optional): the item's basis; without it the basis is settled
    /// later in the basis editor.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional, as = "Option<BasisInput>"))]
    pub basis: Option<Choice<BasisInput>>,
    /// R8 in the same step (optional): the consents given for the item. Item, basis and
    /// consents are stored together or not at all.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub consents: Option<ItemConsents>,
}

/// A new item, parsed: what the store adds in one step.
#[derive(Debug, Clone)]
pub struct ItemEntry {
    /// The item itself (its texts are parsed when it is added).
    pub item: ItemInput,
    /// R6: the subjects it is about.
    pub subjects: Vec<SubjectId>,
    /// R7: its basis, if given now.
    pub basis: Option<BasisChoice>,
    /// R8: the consents given for it now.
    pub consents: Vec<ConsentGiven>,
}

impl NewItem {
    /// The item, its subjects, basis and consents; the first fault in form order.
    pub fn parse(&self) -> Result<ItemEntry, DomainError> {
        // An id that does not parse cannot be anyone at this table (R5).
        let contributor =
            ParticipantId::parse(&self.contributor_id, DomainError::ContributorNotInMeeting)?;
        let subjects = subject_ids(
            self.subject_ids.as_deref().unwrap_or_default(),
            Field::Subjects,
        )?;
        let item = ItemInput {
            contributor,
            text: self.text.clone(),
            kind: self.kind.parse(Field::Kind)?,
            category: self.category.parse(Field::Category)?,
            source: self.source.parse(Field::Source)?,
            source_detail: self.source_detail.clone().unwrap_or_default(),
        };
        let basis = self
            .basis
            .clone()
            .map(|b| b.parse(Field::Basis)?.parse())
            .transpose()?;
        let consents = match &self.consents {
            Some(c) => c.parse()?,
            None => Vec::new(),
        };
        Ok(ItemEntry {
            item,
            subjects,
            basis,
            consents,
        })
    }
}

/// R8, seed 004 art. 6.4b: consents given for a new item, with one method and one scope.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ItemConsents {
    /// Who consented, per subject.
    pub given: Vec<ItemConsent>,
    /// How the consent was given.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "ConsentMethod"))]
    pub method: Choice<ConsentMethod>,
    /// The participants the family agreed the item may go to.
    #[serde(default)]
    pub scope_recipients: Vec<String>,
    /// For which purpose the family gave consent.
    #[serde(default)]
    pub scope_purpose: String,
}

impl ItemConsents {
    /// Each consent with the shared method and scope; none given: no method or scope asked.
    pub fn parse(&self) -> Result<Vec<ConsentGiven>, DomainError> {
        if self.given.is_empty() {
            return Ok(Vec::new());
        }
        let method = self.method.parse(Field::ConsentMethod)?;
        let scope = consent_scope(&self.scope_recipients, &self.scope_purpose)?;
        self.given
            .iter()
            .map(|g| {
                Ok(ConsentGiven {
                    subject: subject_id(&g.subject_id, Field::Consent)?,
                    given_by: g
                        .given_by
                        .clone()
                        .parse(Field::Consent)?
                        .parse(Field::Consent)?,
                    method,
                    scope: scope.clone(),
                })
            })
            .collect()
    }
}

/// R8: one consent of [`ItemConsents`]: about whom, by whom.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ItemConsent {
    /// The subject the consent is about.
    pub subject_id: String,
    /// Who gave it.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Consenter"))]
    pub given_by: Choice<ConsenterInput>,
}

/// R8: one consent as the store records it: about whom, by whom, how and for what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentGiven {
    /// The subject the consent is about.
    pub subject: SubjectId,
    /// Who gave it.
    pub given_by: Consenter,
    /// How it was given.
    pub method: ConsentMethod,
    /// Seed 004 art. 6.4b: to whom and for what.
    pub scope: ConsentScope,
}

/// R7: the basis of an item, as the chair enters it.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum BasisInput {
    /// Consent; the consent records are added one by one (`add_consent`).
    #[serde(rename_all = "camelCase")]
    Consent {
        /// Subjects aged 12–15 judged not able to judge their interests (R8).
        not_competent: Vec<String>,
    },
    /// A statutory task: a fixed basis's code or a custom basis's (`custom:<id>`, R7b).
    #[serde(rename_all = "camelCase")]
    Legal {
        /// The basis's code.
        legal_basis: String,
    },
    /// R7c: conflict of duties, with the four questions and the motivation.
    #[serde(rename_all = "camelCase")]
    ConflictOfDuties {
        /// The answers to the four questions.
        answers: FourQuestions,
        /// Why sharing is needed.
        motivation: String,
    },
}

/// A basis from the wire: ready, or a custom legal basis the store looks up (R7b).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BasisChoice {
    /// The basis as the domain checks it.
    Ready(Basis),
    /// R7b: the chair's own legal basis with this id.
    Custom(CustomBasisId),
}

impl BasisInput {
    /// The basis; an unknown legal basis code is "choose a valid basis", a conflict of
    /// duties is checked by [`crate::conflict_of_duties`].
    pub fn parse(&self) -> Result<BasisChoice, DomainError> {
        Ok(BasisChoice::Ready(match self {
            BasisInput::Consent { not_competent } => Basis::Consent {
                records: Vec::new(),
                not_competent: subject_ids(not_competent, Field::Consent)?,
            },
            BasisInput::Legal { legal_basis } => {
                if let Some(custom) = CustomBasisId::from_code(legal_basis) {
                    return custom.map(BasisChoice::Custom);
                }
                Basis::Legal(LegalBasis::from_code(legal_basis).ok_or(
                    DomainError::UnknownValue {
                        field: Field::Basis,
                    },
                )?)
            }
            BasisInput::ConflictOfDuties {
                answers,
                motivation,
            } => crate::conflict_of_duties(*answers, motivation)?,
        }))
    }
}

/// R8: who gave a consent, as the chair chooses it: `Consenter` with its name not yet
/// checked (`Consenter::parse` checks it).
pub type ConsenterInput = Consenter<String>;

/// R8: one consent record for an item resting on consent.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewConsent {
    /// The meeting.
    pub meeting_id: String,
    /// The item.
    pub item_id: String,
    /// The subject the consent is about.
    pub subject_id: String,
    /// Who gave it.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Consenter"))]
    pub given_by: Choice<ConsenterInput>,
    /// How it was given.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "ConsentMethod"))]
    pub method: Choice<ConsentMethod>,
    /// Seed 004 art. 6.4b: the participants the family agreed the item may go to.
    #[serde(default)]
    pub scope_recipients: Vec<String>,
    /// Seed 004 art. 6.4b: for which purpose the family gave consent.
    #[serde(default)]
    pub scope_purpose: String,
}

impl NewConsent {
    /// The item and the consent given for it.
    pub fn parse(&self) -> Result<(ItemId, ConsentGiven), DomainError> {
        let item = item_id(&self.item_id, Field::Item)?;
        let subject = subject_id(&self.subject_id, Field::Consent)?;
        let given_by = self
            .given_by
            .clone()
            .parse(Field::Consent)?
            .parse(Field::Consent)?;
        let method = self.method.parse(Field::ConsentMethod)?;
        let scope = consent_scope(&self.scope_recipients, &self.scope_purpose)?;
        Ok((
            item,
            ConsentGiven {
                subject,
                given_by,
                method,
                scope,
            },
        ))
    }
}

/// Seed 004 art. 6.4b: the scope as the chair enters it.
fn consent_scope(recipients: &[String], purpose: &str) -> Result<ConsentScope, DomainError> {
    Ok(ConsentScope::Given {
        recipients: recipients
            .iter()
            .map(|r| participant_id(r, Field::ConsentRecipients))
            .collect::<Result<_, _>>()?,
        purpose: Prose::parse(
            purpose,
            Field::ConsentPurpose,
            crate::CONSENT_PURPOSE_MAX_CHARS,
        )?,
    })
}

/// R6/R7: the subjects and the basis of an item.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ItemBasisInput {
    /// The meeting.
    pub meeting_id: String,
    /// The item.
    pub item_id: String,
    /// The subjects the item is about.
    pub subject_ids: Vec<String>,
    /// Its basis.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "BasisInput"))]
    pub basis: Choice<BasisInput>,
}

impl ItemBasisInput {
    /// The item, its subjects and its basis.
    pub fn parse(&self) -> Result<(ItemId, Vec<SubjectId>, BasisChoice), DomainError> {
        let item = item_id(&self.item_id, Field::Item)?;
        let subjects = subject_ids(&self.subject_ids, Field::Subjects)?;
        let basis = self.basis.clone().parse(Field::Basis)?.parse()?;
        Ok((item, subjects, basis))
    }
}

/// R10: the chair records on a finalized meeting that a consent was withdrawn: the day,
/// who withdrew it and how.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct NewWithdrawal {
    /// The meeting.
    pub meeting_id: String,
    /// The consent withdrawn.
    pub consent_id: String,
    /// Who withdrew it.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Consenter"))]
    pub withdrawn_by: Choice<ConsenterInput>,
    /// How it was withdrawn.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "ConsentMethod"))]
    pub method: Choice<ConsentMethod>,
    /// `YYYY-MM-DD`
    pub withdrawn_on: String,
}

impl NewWithdrawal {
    /// Who withdrew the consent, how and on which day.
    pub fn parse(&self) -> Result<WithdrawalRequest, DomainError> {
        let by = self
            .withdrawn_by
            .clone()
            .parse(Field::WithdrawnBy)?
            .parse(Field::WithdrawnBy)?;
        let method = self.method.parse(Field::ConsentMethod)?;
        let on = crate::parse_date(&self.withdrawn_on, Field::WithdrawnOn)?;
        Ok(WithdrawalRequest { by, method, on })
    }
}

/// R16: the chair records a family member's request to correct an item of a finalized
/// meeting. `text` empty = the text stays (always for an opinion); `reaction` = the
/// family's reaction (zienswijze), empty when none.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CorrectionRequest {
    /// The meeting.
    pub meeting_id: String,
    /// The item.
    pub item_id: String,
    /// The corrected text; empty = the text stays.
    #[serde(default)]
    pub text: String,
    /// Why the family member asks for it.
    pub reason: String,
    /// The family's reaction (zienswijze); empty when none.
    #[serde(default)]
    pub reaction: String,
    /// The subject (family member) who asked: the one the item is about, or a parent with
    /// gezag / guardian who may act for them (R16 with the R17 age rules).
    pub requested_by: String,
    /// Seed 003 §5.1b: a 12–15-year-old the item is about can judge their interests
    /// (default true, as for a rights request).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub competent: Option<bool>,
    /// R16/seed 003 §5.3.3: the contributor's decision.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "DecisionChoice"))]
    pub decision: Choice<DecisionChoice>,
    /// ISO date of the contributor's decision.
    #[serde(default)]
    pub decided_on: String,
    /// Why the contributor refused (required for a refusal).
    #[serde(default)]
    pub motivation: String,
}

impl CorrectionRequest {
    /// The correction as the domain decides on it (`correct_item`).
    pub fn parse(&self) -> Result<CorrectionInput, DomainError> {
        Ok(CorrectionInput {
            item: item_id(&self.item_id, Field::Item)?,
            text: self.text.clone(),
            reason: self.reason.clone(),
            reaction: self.reaction.clone(),
            requested_by: subject_id(&self.requested_by, Field::RequestedBy)?,
            competent: self.competent.unwrap_or(true),
            decision: self.decision.parse(Field::CorrectionDecision)?,
            decided_on: self.decided_on.clone(),
            motivation: self.motivation.clone(),
        })
    }
}
