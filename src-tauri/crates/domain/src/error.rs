use crate::SubjectId;
use std::fmt;

/// The input field a validation error belongs to, so the UI can show it next to that field.
/// Its serde name is its wire name: the name of the input field in the IPC request types,
/// sent as the `field` of an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    /// The case label of a meeting.
    CaseLabel,
    #[serde(rename = "date")]
    /// The day of a meeting.
    MeetingDate,
    /// The purpose of a meeting.
    Purpose,
    /// A person's name.
    Name,
    /// A participant's organisation.
    Organisation,
    /// A participant's function.
    Function,
    /// The department or contact of an organisation in the address book.
    Department,
    /// A phone number.
    Phone,
    /// An e-mail address.
    Email,
    /// A participant's role.
    Role,
    /// The contributor of an item.
    #[serde(rename = "contributorId")]
    Contributor,
    /// The text of an item.
    #[serde(rename = "text")]
    ItemText,
    /// A subject's relation to the family.
    Relation,
    /// A date of birth.
    BirthDate,
    /// The passphrase.
    Passphrase,
    #[serde(rename = "confirmation")]
    /// The passphrase typed again.
    PassphraseConfirmation,
    /// R3: why the case meets the criteria for a casusoverleg.
    Criteria,
    /// R6: the subjects an item is about.
    #[serde(rename = "subjectIds")]
    Subjects,
    /// R7: the basis for bringing an item in.
    Basis,
    /// R8: the consent records of a basis.
    Consent,
    /// R9: the recipient of a release.
    #[serde(rename = "recipientId")]
    Recipient,
    /// R9: on whose decision a release is recorded.
    DecidedBy,
    /// R9: the action a release serves.
    #[serde(rename = "actionId")]
    Action,
    /// R9/R12: a written motivation.
    Motivation,
    /// R9/R11: the item a decision or action refers to.
    #[serde(rename = "itemId")]
    Item,
    /// R11: who carries out an action.
    #[serde(rename = "who")]
    ActionWho,
    /// R11: what an action is.
    #[serde(rename = "what")]
    ActionWhat,
    /// R11: the event that triggers a conditional action.
    #[serde(rename = "condition")]
    ActionCondition,
    /// R11: by when an action is done.
    Due,
    /// R11: the released items an action relies on.
    ReliesOn,
    /// R12: who informs the family.
    #[serde(rename = "informerId")]
    Informer,
    /// R12: the subjects a notification is about.
    #[serde(rename = "about")]
    NotificationSubjects,
    /// R12: when a postponed notification is reviewed.
    ReviewDate,
    /// R15: the destroy-after date.
    #[serde(rename = "until")]
    RetentionUntil,
    /// R8: holds parental authority (gezag).
    ParentalAuthority,
    /// R14/R21: a subject's secret address (never shown).
    SecretAddress,
    /// R12: the language an interpreter speaks with a family member.
    SpokenLanguage,
    /// R12: the language of a family member's letter.
    LetterLanguage,
    /// R6: fact or opinion.
    Kind,
    /// R6: general, special or criminal.
    Category,
    /// R7a: how consent was given.
    #[serde(rename = "method")]
    ConsentMethod,
    /// R9: the contributor's answer for one release cell.
    #[serde(rename = "choice")]
    ReleaseChoice,
    /// R12: how the family is informed.
    #[serde(rename = "method")]
    NotificationMethod,
    /// R12: when the family is informed.
    #[serde(rename = "timing")]
    NotificationTiming,
    /// R15: why the destroy-after date is extended.
    #[serde(rename = "reason")]
    RetentionReason,
    /// R15: the default retention period, in months.
    RetentionMonths,
    /// R21: the current passphrase, when changing it.
    OldPassphrase,
    /// R21: the idle time before the store locks, in minutes.
    IdleMinutes,
    /// R16: why an item is corrected.
    #[serde(rename = "reason")]
    CorrectionReason,
    /// R16: the family's reaction (zienswijze) to an item.
    Reaction,
    /// R16: the family member who asked for the correction.
    RequestedBy,
    /// R19: first day of a report period.
    #[serde(rename = "from")]
    PeriodFrom,
    /// R19: last day of a report period.
    #[serde(rename = "to")]
    PeriodTo,
    /// R17: the family member a rights request is about.
    #[serde(rename = "subject")]
    RequestSubject,
    /// R17: what the rights request asks for.
    RequestKind,
    /// R17: who makes the rights request, in relation to the family member.
    Requester,
    /// R17: the name of who makes the request.
    RequesterName,
    /// R17: the day the request was received.
    ReceivedOn,
    /// R17: the notice of an extension of the term.
    Notice,
    /// R17: why a request is refused.
    #[serde(rename = "reason")]
    RefusalReason,
    /// R17: the rights request.
    #[serde(rename = "requestId")]
    Request,
    /// R11/R13: the status of an action carried over from the previous meeting.
    CarriedStatus,
    /// Issue 17 point 1: whose view, wish or objection it is.
    VoiceSubject,
    /// Issue 17 point 1: view, wish or objection.
    VoiceKind,
    /// Issue 17 point 1: how it reached the meeting.
    VoiceChannel,
    /// Issue 17 point 1: what the family member said.
    VoiceText,
    /// Issue 17 point 1: how the meeting answered it.
    VoiceAnswer,
    /// R11: why a carried-over action was not done, in the chair's words.
    CarriedNote,
    /// What the chair searches for across meetings.
    #[serde(rename = "query")]
    Search,
    /// How a participant attended: present, apologies, observer.
    Attendance,
    /// R19: the fixed period of a management report (month, quarter, year).
    Period,
    /// R20: when a data breach was discovered.
    DiscoveredAt,
    /// R20: the short description of a data breach.
    #[serde(rename = "description")]
    BreachDescription,
    /// R20: when the partners were told of a data breach.
    #[serde(rename = "informedAt")]
    PartnersInformedAt,
    /// R20: the breach in the register.
    #[serde(rename = "breachId")]
    Breach,
    /// R12: the day the outcome was told to the family.
    #[serde(rename = "doneOn")]
    NotificationDoneOn,
    /// R12/AVG art. 23: the day a postponement of informing was lifted.
    LiftedOn,
    /// R14c: why an action is not for the family.
    ForFamily,
    /// R14c/R17: where complaints about an organisation go.
    ComplaintRoute,
    /// Issue 17 point 9: the name of the chair's own organisation.
    OwnOrganisation,
    /// Issue 17 point 9: the address of the chair's own organisation.
    OwnAddress,
    /// Issue 17 point 9: the privacy officer's name.
    PrivacyOfficer,
    /// Issue 17 point 9: the privacy officer's e-mail address.
    PrivacyEmail,
    /// Issue 17 point 9: the privacy officer's phone number.
    PrivacyPhone,
    /// Issue 17 point 9: the complaint procedure of the chair's organisation.
    ComplaintProcedure,
    /// Issue 17 point 9: the version of an organisation profile file.
    ProfileVersion,
    /// Issue 17 point 9: the logo of the chair's organisation.
    Logo,
    /// The type of an organisation (R7/R8 follow from it).
    OrganisationType,
    /// R3/R4: why the family is not at the meeting (seed 001 position 4).
    FamilyAbsenceReason,
    /// R2: the day an absent participant confirmed confidentiality afterwards.
    PledgeDate,
    /// R15: the maximum retention of a meeting, in months after the meeting.
    RetentionCeiling,
    /// R15/R17: how long the rights register is kept after an answer, in months.
    RightsRetentionMonths,
    /// R6: from whom the contributor has an item.
    Source,
    /// R6: the short free text of the source (who, which document).
    SourceDetail,
    /// R16: the contributor's decision on a correction (granted or refused).
    #[serde(rename = "decision")]
    CorrectionDecision,
    /// R16: the day the contributor decided on a correction.
    DecidedOn,
    /// Seed 004 art. 6.4b: to whom a consent lets the data go.
    #[serde(rename = "scopeRecipients")]
    ConsentRecipients,
    /// Seed 004 art. 6.4b: for which purpose a consent was given.
    #[serde(rename = "scopePurpose")]
    ConsentPurpose,
    /// R7b: the name of the law of a custom legal basis.
    #[serde(rename = "law")]
    CustomLaw,
    /// R7b: the article of a custom legal basis.
    #[serde(rename = "article")]
    CustomArticle,
    /// R7b: the short note with a custom legal basis.
    #[serde(rename = "note")]
    CustomNote,
    /// R7b: the custom legal basis chosen (to remove it).
    #[serde(rename = "basisId")]
    CustomBasis,
    /// R10: the day a consent was withdrawn.
    WithdrawnOn,
    /// R8: who gave a consent (refused when the law does not entitle them).
    GivenBy,
    /// R10: who withdrew a consent.
    WithdrawnBy,
    /// R10: the day a recipient was told of a withdrawal.
    InformedOn,
    /// R1/R5/R9: the participant takes part with expertise only (seed 002).
    ExpertiseOnly,
    /// R11/seed 002: what was decided.
    #[serde(rename = "what")]
    DecisionWhat,
    /// R11/seed 002: why it was decided.
    #[serde(rename = "why")]
    DecisionWhy,
    /// R11: the items of the meeting a decision rests on.
    RestsOn,
    /// R11: the decision an action hangs under, or a dissent is about.
    #[serde(rename = "decisionId")]
    Decision,
    /// Seed 002: the participant who disagrees with a decision.
    #[serde(rename = "participantId")]
    Dissenter,
    /// Seed 002: why the participant disagrees.
    #[serde(rename = "why")]
    DissentWhy,
    /// Seed 002 Feitenonderzoek 4: when the meeting started (a time of day).
    StartTime,
    /// Seed 002 Feitenonderzoek 4: when the meeting ended (a time of day).
    EndTime,
    /// Seed 002 Feitenonderzoek 4: the short account of the course of the meeting.
    Account,
    /// Seed 002 Feitenonderzoek 4: the table agreed the account.
    #[serde(rename = "agreed")]
    AccountAgreed,
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(crate::wire::wire_name(self).unwrap_or("field"))
    }
}

/// What still depends on something the chair wants to remove (before finalizing, R13).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dependency {
    /// R6: items are about this subject.
    ItemsAboutSubject,
    /// R8: this subject gave consent as a holder of gezag.
    ConsentGivenBySubject,
    /// R12: a family-notification agreement names this subject.
    NotificationAboutSubject,
    /// R5: this participant brought items in and keeps control over them.
    ItemsOfParticipant,
    /// R11: this participant carries out actions of the plan.
    ActionsOfParticipant,
    /// R12: this participant informs the family.
    NotificationsByParticipant,
    /// R9: release decisions name this participant as recipient.
    ReleasesToParticipant,
    /// R9: this item is released to someone.
    ItemReleased,
    /// R11: an action relies on this item.
    ItemReliedOn,
    /// R9: a release serves this action.
    ReleasesForAction,
    /// R7b: items rest on this custom legal basis.
    ItemsRestOnBasis,
    /// R11: actions hang under this decision.
    ActionsUnderDecision,
    /// Seed 002: a participant recorded that they disagree with this decision.
    DissentWithDecision,
    /// R11: a decision rests on this item.
    ItemDecisionRestsOn,
    /// Seed 002: this participant recorded a dissent with a decision.
    DissentOfParticipant,
}

/// Why the domain refused an input. Messages here are for developers; the `texts` crate
/// holds the Dutch message for the chair of each variant. Never carries the refused value itself,
/// so no personal data ends up in logs or error messages (R21).
///
/// Each variant's wire code (the `code` the UI gets, e.g. `second_case_lead`) is its name in
/// snake_case, declared here once (`strum`), with a few shorter or shared codes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum DomainError {
    #[error("{field} is empty")]
    /// A required text is empty.
    Empty {
        /// The field concerned.
        field: Field,
    },
    #[error("{field} is longer than {max} characters")]
    /// A text is longer than `max` characters.
    TooLong {
        /// The field concerned.
        field: Field,
        /// The maximum number of characters.
        max: usize,
    },
    #[error("{field} contains control characters")]
    /// A text holds control characters (e.g. a line break in a name).
    ControlCharacters {
        /// The field concerned.
        field: Field,
    },
    #[error("{field} is not a valid e-mail address")]
    /// Not an e-mail address.
    InvalidEmail {
        /// The field concerned.
        field: Field,
    },
    #[error("{field} is not a valid phone number")]
    /// Not a phone number.
    InvalidPhone {
        /// The field concerned.
        field: Field,
    },
    #[error("{field} is not a valid date")]
    /// Not a date.
    InvalidDate {
        /// The field concerned.
        field: Field,
    },
    #[error("{field} is not a valid time of day")]
    /// Not a time of day (hours and minutes).
    InvalidTime {
        /// The field concerned.
        field: Field,
    },
    #[error("{field} lies outside the accepted range")]
    /// A date outside the range the field accepts.
    DateOutOfRange {
        /// The field concerned.
        field: Field,
    },
    #[error("{field} has an unknown value")]
    /// A value the field does not know.
    #[strum(serialize = "invalid_input")]
    UnknownValue {
        /// The field concerned.
        field: Field,
    },
    /// R1: a meeting has exactly one case lead.
    #[error("the meeting already has a case lead (R1)")]
    SecondCaseLead,
    /// Issue 17 point 9: a profile file names a partner twice.
    #[error("the profile file names a partner twice")]
    DuplicatePartner,
    /// Issue 17 point 9: a logo is a PNG or JPEG file.
    #[error("the logo is not a PNG or JPEG file")]
    LogoNotAnImage,
    /// Issue 17 point 9: a logo in a profile file is base64 (or a base64 data URL).
    #[error("the logo in the profile file is not base64")]
    #[strum(serialize = "logo_not_an_image")]
    LogoNotBase64,
    /// Issue 17 point 9: a logo file is at most this many kB.
    #[error("the logo is larger than {max_kb} kB")]
    LogoTooLarge {
        /// The largest size in kB.
        max_kb: usize,
    },
    /// Issue 17 point 9: a logo is at most this many pixels wide and high.
    #[error("the logo is wider or higher than {max} pixels")]
    LogoTooManyPixels {
        /// The most pixels in either direction.
        max: u32,
    },
    /// R5: the contributor must be a participant of the same meeting.
    #[error("the contributor is not a participant of this meeting (R5)")]
    ContributorNotInMeeting,
    /// R4: an anonymous meeting stores no identifying data about subjects.
    #[error("{field} may not be stored in an anonymous meeting (R4)")]
    #[strum(serialize = "anonymous_meeting")]
    IdentifyingDataInAnonymousMeeting {
        /// The field concerned.
        field: Field,
    },
    #[error("the passphrase is shorter than {min} characters")]
    /// R21: the passphrase is shorter than `min` characters.
    PassphraseTooShort {
        /// The minimum number of characters.
        min: usize,
    },
    #[error("the passphrase and its confirmation differ")]
    /// R21: the passphrase and its confirmation differ.
    PassphraseMismatch,
    /// R21: a new passphrase must differ from the current one.
    #[error("the new passphrase is the same as the current one")]
    PassphraseUnchanged,
    /// A number outside its configurable range.
    #[error("{field} must lie between {min} and {max}")]
    OutOfRange {
        /// The field concerned.
        field: Field,
        /// The lowest value allowed.
        min: u32,
        /// The highest value allowed.
        max: u32,
    },
    /// R15: the destroy-after date has passed; the meeting is destroyed at the next unlock.
    #[error("the retention period has already expired (R15)")]
    RetentionExpired,
    /// The chosen subject is not a subject of this meeting.
    #[error("{field} refers to a subject that is not part of this meeting")]
    UnknownSubject {
        /// The field concerned.
        field: Field,
    },
    /// The chosen item is not an item of this meeting.
    #[error("{field} refers to an item that is not part of this meeting")]
    UnknownItem {
        /// The field concerned.
        field: Field,
    },
    /// R11/R12: the chosen person is not a participant of this meeting.
    #[error("{field} is not a participant of this meeting")]
    ParticipantNotInMeeting {
        /// The field concerned.
        field: Field,
    },
    /// R7: the legal basis is not one of the contributor's organisation (seed 004 art. 5.2).
    #[error("this legal basis does not belong to the contributor's organisation (R7)")]
    LegalBasisNotForOrganisation,
    /// R7: conflict of duties needs all four questions answered yes (seed 003 §3.3).
    #[error("not all four questions of the conflict of duties are answered yes (R7)")]
    ConflictOfDutiesNotAllYes {
        /// The answers given, so the message can name the ones still "nee".
        answers: crate::FourQuestions,
    },
    /// R7: without professional secrecy there is no duty to be in conflict with.
    #[error("a contributor without professional secrecy cannot invoke a conflict of duties (R7)")]
    ConflictOfDutiesWithoutSecrecy,
    /// R7/R8: not every entitled family member consented for this subject.
    #[error("consent for a subject is missing (R8)")]
    ConsentIncomplete {
        /// The subject concerned.
        subject: SubjectId,
        /// Its relation to the family (to say whose consent is missing without a name).
        relation: crate::Relation,
        /// Whose consent is still missing (R8).
        missing: crate::Consenters,
    },
    /// R8: this party's consent does not count for this subject (seed 003 §3.2).
    #[error("this party is not entitled to consent for this subject (R8)")]
    ConsentNotEntitled(crate::NotEntitled),
    /// R10: consent for this subject was withdrawn.
    #[error("consent for a subject was withdrawn (R10)")]
    ConsentWithdrawn {
        /// The subject concerned.
        subject: SubjectId,
    },
    /// R5/R9: only the item's contributor decides on its release.
    #[error("only the contributor of an item decides on its release (R9)")]
    NotTheContributor,
    /// R9: the recipient must sit at this meeting's table.
    #[error("the recipient is not a participant of this meeting (R9)")]
    RecipientNotInMeeting,
    /// R9: the contributor already has the item; releasing to themself means nothing.
    #[error("the recipient is the contributor of the item (R9)")]
    RecipientIsContributor,
    /// R9: the action is not part of the plan of action.
    #[error("the action is not part of the plan of action (R9)")]
    ActionNotInPlan,
    /// R9: a release serves an action the recipient carries out (need to know).
    #[error("the recipient does not carry out this action (R9)")]
    ActionNotForRecipient,
    /// R9: a release to an Expert/Informant or of special/criminal data needs a motivation.
    #[error("this release needs a motivation (R9)")]
    MotivationRequired,
    /// R7/R10: the item has no valid basis or rests on withdrawn consent.
    #[error("the item cannot be released: its basis is not valid or consent was withdrawn (R10)")]
    ItemNotReleasable,
    /// R10: who already received an item resting on withdrawn consent stays on record.
    #[error("a release of an item whose consent was withdrawn cannot be changed (R10)")]
    ReleaseFrozen,
    /// R13: a finalized meeting is immutable; a correction is a new version (R16).
    #[error("the meeting is finalized and can no longer be changed (R13)")]
    MeetingFinalized,
    /// R8: only a parent, carer or guardian can hold parental authority (gezag).
    #[error("only a parent, carer or guardian can hold parental authority (R8)")]
    AuthorityNotForRelation,
    /// R8: a parent's consent counts only from a holder of parental authority (gezag).
    #[error("this family member does not hold parental authority (R8)")]
    NoParentalAuthority,
    /// R12: the notification agreement is not one of this meeting.
    #[error("the notification agreement is not part of this meeting (R12)")]
    UnknownNotification,
    /// R11: the decision is not one of this meeting.
    #[error("the decision is not part of this meeting (R11)")]
    UnknownDecision,
    /// Seed 002: the dissent is not one of this meeting.
    #[error("the dissent is not part of this meeting")]
    UnknownDissent,
    /// Seed 002: a participant records one dissent per decision.
    #[error("this participant already recorded a dissent with this decision")]
    DissentAlreadyRecorded,
    /// R16: a correction is the one change of a finalized meeting; a draft is simply edited.
    #[error("only an item of a finalized meeting can be corrected (R16)")]
    CorrectionBeforeFinalize,
    /// R16: an opinion is not corrected; the family's reaction is added to it (seed 002).
    #[error("the text of an opinion cannot be corrected, only a reaction added (R16)")]
    OpinionNotCorrectable,
    /// R16: the new text of a fact is the same as the current version.
    #[error("the corrected text is the same as the current version (R16)")]
    CorrectionUnchanged,
    /// R19: a report period ends before it starts.
    #[error("the report period ends before it starts (R19)")]
    PeriodReversed,
    /// R17: this person may not make this request about this family member (seed 003 §5.1).
    #[error("the requester may not exercise this right for this family member (R17)")]
    RequesterNotEntitled,
    /// R8/R10: this person may not withdraw this consent.
    #[error("this person may not withdraw this consent (R8, R10)")]
    WithdrawerNotEntitled,
    /// R10: this consent was withdrawn already.
    #[error("this consent was withdrawn already (R10)")]
    ConsentAlreadyWithdrawn,
    /// R17: the age rules need the birth date of a young person.
    #[error("the age rules need the birth date of the young person (R17)")]
    #[strum(serialize = "birth_date_needed")]
    BirthDateNeededForRights,
    /// R17: the term of a request is extended only once.
    #[error("the term of this request was already extended (R17)")]
    AlreadyExtended,
    /// R17: the term can only be extended while it runs.
    #[error("the term of this request has already passed (R17)")]
    ExtensionAfterDeadline,
    /// R17: the request was already answered.
    #[error("the request was already answered (R17)")]
    RequestClosed,
    /// R17: only a granted request can be marked done.
    #[error("the request has not been granted (R17)")]
    RequestNotGranted,
    /// R17: an objection was granted: no new items about this family member.
    #[error("this family member objected to processing (R17)")]
    SubjectObjected,
    /// R5/R6/R9/R11/R12: something else in the meeting still depends on what is removed.
    #[error("cannot remove: {0:?} depends on it")]
    StillNeeded(Dependency),
    /// R11/R13: only a finalized meeting has an agreed plan to follow up on.
    #[error("only a finalized meeting can get a follow-up meeting (R13)")]
    FollowUpOfDraft,
    /// R11: the carried-over action is not one of this meeting.
    #[error("the carried-over action is not part of this meeting (R11)")]
    UnknownCarriedAction,
    /// Issue 17 point 1 / R12: "said it at the table" for a family member who was not there.
    #[error("the family member was not at the meeting (R12)")]
    VoiceNotAtTheTable,
    /// Issue 17 point 1: the view, wish or objection is not one of this meeting.
    #[error("the family member's view is not part of this meeting")]
    UnknownVoice,
    /// R11: only an action with a condition can be settled as "the condition did not occur".
    #[error("the carried-over action had no condition (R11)")]
    CarriedActionHasNoCondition,
    /// R9/R11: an observer carries out no action and receives no release.
    #[error("an observer carries out no action and receives nothing (R9, R11)")]
    ObserverHasNoPart,
    /// R1: only an adviseur/expert or "overig" can take part with expertise only; the
    /// regiehouder and an inhoudelijke rol need data for the plan, an informant brings it.
    #[error("only an expert or other role can take part with expertise only (R1)")]
    ExpertiseOnlyRole,
    /// R5: who takes part with expertise only brings no items in (seed 002).
    #[error("a participant with expertise only brings no items in (R5)")]
    ExpertiseOnlyBringsNoItems,
    /// R9/R11: who takes part with expertise only takes no items away: no release to them,
    /// no action of theirs relies on items.
    #[error("{field}: a participant with expertise only receives no items (R9, R11)")]
    ExpertiseOnlyReceivesNoItems {
        /// The field concerned (the recipient of a release, or an action's items).
        field: Field,
    },
    /// R1/R5/R9: the participant already has data (items brought in, items released to
    /// them, an action relying on items), so they cannot become expertise-only.
    #[error("cannot take part with expertise only: {0:?}")]
    ExpertiseOnlyButInvolved(Dependency),
    /// R19: a report covers a calendar month, quarter or year only (`2026-07`,
    /// `2026-Q3`, `2026`), so two reports cannot be subtracted.
    #[error("a report period is a month, quarter or year (R19)")]
    InvalidPeriod,
    /// R20: a moment of the breach register lies in the future.
    #[error("this moment lies in the future (R20)")]
    MomentInFuture {
        /// The field concerned.
        field: Field,
    },
    /// R20: the partners were already told of this breach.
    #[error("the partners were already informed of this breach (R20)")]
    PartnersAlreadyInformed,
    /// R20: the partners cannot have been told before the breach was discovered.
    #[error("the partners cannot be informed before the breach was discovered (R20)")]
    InformedBeforeDiscovery,
    /// R12/AVG art. 23: informing is postponed; nothing is told until it is lifted.
    #[error("informing the family is postponed (R12)")]
    NotificationPostponed,
    /// R12: only a postponement in force can be lifted.
    #[error("this notification is not postponed (R12)")]
    NotificationNotPostponed,
    /// R12/R13: this happens after the meeting, so only once it is finalized.
    #[error("the meeting is not finalized yet (R13)")]
    NotYetFinalized,
    /// R7c/R9/R12/R15/R17: a required motivation must be a real sentence.
    #[error("{field} is too short to be a motivation")]
    MotivationTooShort {
        /// The field concerned.
        field: Field,
    },
    /// R2/R9: nothing is released to someone who has not confirmed confidentiality.
    #[error("the recipient has not confirmed confidentiality (R2)")]
    RecipientWithoutPledge,
    /// R2: a pledge with its own date is for a participant who sent apologies.
    #[error("a dated pledge is only for a participant who sent apologies (R2)")]
    PledgeDateNotForPresent,
    /// R15: the destroy-after date lies beyond the default term; longer only by extending.
    #[error("the destroy-after date lies beyond the default term of {months} months (R15)")]
    RetentionBeyondTerm {
        /// The term in months.
        months: u32,
    },
    /// R15: the destroy-after date is not after the meeting (the message names the date).
    #[error("the destroy-after date must lie after the meeting of {meeting_date} (R15)")]
    RetentionNotAfterMeeting {
        /// The meeting's date.
        meeting_date: chrono::NaiveDate,
        /// The latest date allowed (the term or an extension), so the message names the
        /// real range.
        latest: Option<chrono::NaiveDate>,
    },
    /// R15: an extension would pass the maximum retention of the settings.
    #[error("the retention would pass the maximum of {months} months (R15)")]
    RetentionMaximumReached {
        /// The term in months.
        months: u32,
    },
    /// R16/R17: only the family member the item is about, or who may act for them under
    /// the age rules of seed 003 §5.1, may ask for its correction.
    #[error("this family member may not ask for a correction of this item (R16, R17)")]
    CorrectionRequesterNotEntitled,
    /// R17: without a birth date, a person is only known within one meeting.
    #[error("more than one person matches; choose the person again (R17)")]
    AmbiguousSubject,
    /// R7a/R8: consent is always somebody's: an item about nobody cannot rest on consent.
    #[error("a consent basis must name at least one subject (R7, R8)")]
    ConsentWithoutSubject,
    /// Seed 004 art. 6.4b: the consent for this subject does not cover this recipient.
    #[error("the consent does not cover this recipient (seed 004 art. 6.4b)")]
    OutsideConsentScope {
        /// The subject concerned.
        subject: SubjectId,
    },
    /// Seed 004 art. 6.4b: the consent for this subject was recorded without a scope and
    /// must be re-confirmed before the item goes out.
    #[error(
        "the consent was recorded without a scope and must be re-confirmed (seed 004 art. 6.4b)"
    )]
    /// Seed 004 art. 6.4b: this subject's consent has no scope yet.
    ConsentScopeUnconfirmed {
        /// The subject concerned.
        subject: SubjectId,
    },
    /// R4: in an anonymous meeting the case label is a code (seed 004 art. 3.3).
    #[error("the case label of an anonymous meeting must be a code (R4)")]
    CaseLabelNotACode,
    /// R4: in an anonymous meeting no text may identify the family.
    #[error("{field} holds identifying data ({found:?}) in an anonymous meeting (R4)")]
    #[strum(serialize = "identifying_text")]
    IdentifyingTextInAnonymousMeeting {
        /// The field.
        field: Field,
        /// What kind of identifying data was found.
        found: crate::Identifying,
    },
    /// R7b: the name of a law is at least a few characters and contains letters.
    #[error("the name of the law is too short or has no letters (R7b)")]
    CustomLawInvalid,
    /// R7b: an article is named by its number (`art. 7.1`), so it contains a digit.
    #[error("the article has no number (R7b)")]
    CustomArticleWithoutNumber,
    /// Seed 002 Feitenonderzoek 4: the meeting ends after it starts.
    #[error("the end time is not after the start time")]
    EndNotAfterStart,
    /// Seed 002 Feitenonderzoek 4: the table can only agree an account that is written.
    #[error("an account is agreed, but none is written")]
    AgreedWithoutAccount,
    /// Several field errors of one form at once (collected by [`FieldErrors`]); never
    /// empty, never one (one error is that error itself), never nested.
    #[error("{} fields are not valid", .0.len())]
    Several(Vec<DomainError>),
}

/// Collects the errors of one form, so the chair sees every fault at once, each at its
/// field, instead of one per submit. One error stays that error; two or more become
/// [`DomainError::Several`]; a later error of a field that already has one is dropped.
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<DomainError>);

impl FieldErrors {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps the error of `result`, if any, and gives its value otherwise.
    pub fn check<T>(&mut self, result: Result<T, DomainError>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.push(e);
                None
            }
        }
    }

    /// Keeps `error` (the errors inside a [`DomainError::Several`] one by one).
    pub fn push(&mut self, error: DomainError) {
        match error {
            DomainError::Several(all) => all.into_iter().for_each(|e| self.push(e)),
            e => {
                let taken =
                    e.field().is_some() && self.0.iter().any(|known| known.field() == e.field());
                if !taken {
                    self.0.push(e);
                }
            }
        }
    }

    /// Whether nothing was collected.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok` when nothing was collected, else the one error or all of them.
    pub fn finish(mut self) -> Result<(), DomainError> {
        match self.0.len() {
            0 => Ok(()),
            1 => Err(self.0.remove(0)),
            _ => Err(DomainError::Several(self.0)),
        }
    }

    /// `value` when nothing was collected, else the error(s); for a form whose parts all
    /// parsed (`Some`) exactly when no error was collected.
    pub fn finish_with<T>(self, value: Option<T>) -> Result<T, DomainError> {
        self.finish()?;
        value.ok_or(DomainError::Empty { field: Field::Name })
    }
}

impl DomainError {
    /// The first single error: itself, or the first of [`DomainError::Several`] (where one
    /// sentence is shown, e.g. in the checklist).
    pub fn into_first(self) -> DomainError {
        match self {
            DomainError::Several(mut all) if !all.is_empty() => all.remove(0),
            e => e,
        }
    }

    /// Every single error inside this one: itself, or the errors of [`DomainError::Several`].
    pub fn each(&self) -> Vec<&DomainError> {
        match self {
            DomainError::Several(all) => all.iter().collect(),
            e => vec![e],
        }
    }
}

impl DomainError {
    /// The field the error belongs to, if it belongs to one.
    pub fn field(&self) -> Option<Field> {
        match self {
            DomainError::Empty { field }
            | DomainError::TooLong { field, .. }
            | DomainError::ControlCharacters { field }
            | DomainError::InvalidEmail { field }
            | DomainError::InvalidPhone { field }
            | DomainError::InvalidDate { field }
            | DomainError::InvalidTime { field }
            | DomainError::DateOutOfRange { field }
            | DomainError::UnknownValue { field }
            | DomainError::IdentifyingDataInAnonymousMeeting { field }
            | DomainError::IdentifyingTextInAnonymousMeeting { field, .. }
            | DomainError::UnknownSubject { field }
            | DomainError::UnknownItem { field }
            | DomainError::ParticipantNotInMeeting { field }
            | DomainError::OutOfRange { field, .. }
            | DomainError::MomentInFuture { field }
            | DomainError::ExpertiseOnlyReceivesNoItems { field } => Some(*field),
            DomainError::LegalBasisNotForOrganisation
            | DomainError::ConflictOfDutiesNotAllYes { .. }
            | DomainError::ConflictOfDutiesWithoutSecrecy => Some(Field::Basis),
            DomainError::ConsentIncomplete { .. } | DomainError::ConsentWithdrawn { .. } => {
                Some(Field::Consent)
            }
            DomainError::NotTheContributor => Some(Field::DecidedBy),
            DomainError::RecipientNotInMeeting | DomainError::RecipientIsContributor => {
                Some(Field::Recipient)
            }
            DomainError::ActionNotInPlan | DomainError::ActionNotForRecipient => {
                Some(Field::Action)
            }
            DomainError::MotivationRequired => Some(Field::Motivation),
            DomainError::ItemNotReleasable
            | DomainError::ReleaseFrozen
            | DomainError::MeetingFinalized
            | DomainError::CorrectionBeforeFinalize
            | DomainError::StillNeeded(_)
            | DomainError::FollowUpOfDraft
            | DomainError::NotYetFinalized => None,
            DomainError::VoiceNotAtTheTable => Some(Field::VoiceChannel),
            DomainError::UnknownVoice => Some(Field::VoiceText),
            DomainError::UnknownCarriedAction | DomainError::CarriedActionHasNoCondition => {
                Some(Field::CarriedStatus)
            }
            DomainError::ObserverHasNoPart => Some(Field::Attendance),
            DomainError::ExpertiseOnlyRole | DomainError::ExpertiseOnlyButInvolved(_) => {
                Some(Field::ExpertiseOnly)
            }
            DomainError::ExpertiseOnlyBringsNoItems => Some(Field::Contributor),
            DomainError::UnknownNotification => Some(Field::NotificationSubjects),
            DomainError::UnknownDecision => Some(Field::Decision),
            DomainError::UnknownDissent => None,
            DomainError::DissentAlreadyRecorded => Some(Field::Dissenter),
            DomainError::NotificationPostponed => Some(Field::NotificationDoneOn),
            DomainError::NotificationNotPostponed => Some(Field::LiftedOn),
            DomainError::PeriodReversed => Some(Field::PeriodTo),
            DomainError::AuthorityNotForRelation => Some(Field::ParentalAuthority),
            DomainError::NoParentalAuthority | DomainError::ConsentNotEntitled(_) => {
                Some(Field::GivenBy)
            }
            DomainError::SecondCaseLead => Some(Field::Role),
            DomainError::DuplicatePartner => Some(Field::Organisation),
            DomainError::LogoNotAnImage
            | DomainError::LogoNotBase64
            | DomainError::LogoTooLarge { .. }
            | DomainError::LogoTooManyPixels { .. } => Some(Field::Logo),
            DomainError::ContributorNotInMeeting => Some(Field::Contributor),
            DomainError::PassphraseTooShort { .. } => Some(Field::Passphrase),
            DomainError::PassphraseMismatch => Some(Field::PassphraseConfirmation),
            DomainError::PassphraseUnchanged => Some(Field::Passphrase),
            DomainError::RetentionExpired => Some(Field::RetentionUntil),
            DomainError::OpinionNotCorrectable | DomainError::CorrectionUnchanged => {
                Some(Field::ItemText)
            }
            DomainError::RequesterNotEntitled => Some(Field::Requester),
            DomainError::WithdrawerNotEntitled => Some(Field::WithdrawnBy),
            DomainError::ConsentAlreadyWithdrawn => None,
            DomainError::BirthDateNeededForRights => Some(Field::RequestSubject),
            DomainError::AlreadyExtended | DomainError::ExtensionAfterDeadline => {
                Some(Field::Notice)
            }
            DomainError::RequestClosed | DomainError::RequestNotGranted => Some(Field::Request),
            DomainError::SubjectObjected => Some(Field::Subjects),
            DomainError::InvalidPeriod => Some(Field::Period),
            DomainError::PartnersAlreadyInformed => Some(Field::Breach),
            DomainError::InformedBeforeDiscovery => Some(Field::PartnersInformedAt),
            DomainError::MotivationTooShort { field } => Some(*field),
            DomainError::RecipientWithoutPledge => Some(Field::Recipient),
            DomainError::PledgeDateNotForPresent => Some(Field::PledgeDate),
            DomainError::RetentionBeyondTerm { .. }
            | DomainError::RetentionNotAfterMeeting { .. } => Some(Field::RetentionUntil),
            DomainError::RetentionMaximumReached { .. } => Some(Field::RetentionReason),
            DomainError::CorrectionRequesterNotEntitled => Some(Field::RequestedBy),
            DomainError::AmbiguousSubject => Some(Field::RequestSubject),
            DomainError::ConsentWithoutSubject => Some(Field::Subjects),
            DomainError::OutsideConsentScope { .. }
            | DomainError::ConsentScopeUnconfirmed { .. } => Some(Field::Recipient),
            DomainError::CaseLabelNotACode => Some(Field::CaseLabel),
            DomainError::CustomLawInvalid => Some(Field::CustomLaw),
            DomainError::CustomArticleWithoutNumber => Some(Field::CustomArticle),
            DomainError::EndNotAfterStart => Some(Field::EndTime),
            DomainError::AgreedWithoutAccount => Some(Field::AccountAgreed),
            DomainError::Several(all) => all.first().and_then(DomainError::field),
        }
    }
}

impl DomainError {
    /// The error's wire code for the UI (`second_case_lead`, `invalid_input`, …).
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_code_is_the_variant_name_in_snake_case_or_its_declared_code() {
        assert_eq!(DomainError::SecondCaseLead.code(), "second_case_lead");
        assert_eq!(
            DomainError::MotivationTooShort {
                field: Field::Motivation
            }
            .code(),
            "motivation_too_short"
        );
        assert_eq!(
            DomainError::UnknownValue { field: Field::Role }.code(),
            "invalid_input"
        );
        assert_eq!(DomainError::LogoNotBase64.code(), "logo_not_an_image");
        assert_eq!(DomainError::LogoNotAnImage.code(), "logo_not_an_image");
        assert_eq!(
            DomainError::BirthDateNeededForRights.code(),
            "birth_date_needed"
        );
    }
}
