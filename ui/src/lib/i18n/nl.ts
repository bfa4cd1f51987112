// The one Dutch message catalog. Every text the chair sees comes from here (B1 Dutch).
// Error messages from the back end arrive in Dutch already and are shown as they are.
import type { Category } from "../bindings/Category";
import type { ConsentMethod } from "../bindings/ConsentMethod";
import type { Kind } from "../bindings/Kind";
import type { NotDoneReason } from "../bindings/NotDoneReason";
import type { NotificationMethod } from "../bindings/NotificationMethod";
import type { PostponeGround } from "../bindings/PostponeGround";
import type { Relation } from "../bindings/Relation";
import type { Role } from "../bindings/Role";
import type { SearchSource } from "../bindings/SearchSource";
import type { Section } from "../bindings/Section";
import type { VoiceChannel } from "../bindings/VoiceChannel";
import type { VoiceKind } from "../bindings/VoiceKind";
import type { SourceKind } from "../bindings/SourceKind";
import type { AttendanceCounts } from "../bindings/AttendanceCounts";
import type { AttendanceKind } from "../bindings/AttendanceKind";
import type { AuditProblem } from "../bindings/AuditProblem";
import type { Strength } from "../strength";

const auditProblems: Record<AuditProblem, string> = {
  hashMismatch: "een regel is veranderd.",
  gap: "er ontbreekt een regel of er is er een tussengevoegd.",
  headMismatch: "er zijn regels aan het eind verwijderd.",
};

const roles: Record<Role, string> = {
  caseLead: "Regiehouder",
  contentRole: "Inhoudelijke rol",
  expert: "Adviseur of expert",
  informant: "Informant",
  other: "Overig",
};

const kinds: Record<Kind, string> = {
  fact: "Feit",
  opinion: "Mening",
};

// R6: from whom the contributor has an item (seed 002 feitenonderzoek 5).
const sources: Record<SourceKind, string> = {
  own: "Eigen waarneming",
  family: "Het gezin",
  thirdParty: "Iemand anders (een derde)",
  document: "Document of register",
  unknown: "Onbekend (van vóór het vastleggen van de bron)",
};

const categories: Record<Category, string> = {
  general: "Algemeen persoonsgegeven",
  special: "Bijzonder persoonsgegeven",
  criminal: "Strafrechtelijk persoonsgegeven",
};

const strengths: Record<Strength, string> = {
  tooShort: "Te kort (minimaal 12 tekens)",
  weak: "Zwak",
  fair: "Redelijk",
  strong: "Sterk",
};

const relations: Record<Relation, string> = {
  youth: "Jeugdige",
  parent: "Ouder",
  carer: "Verzorger",
  guardian: "Voogd",
  other: "Ander familielid",
};

const sections: Record<Section, string> = {
  preparation: "Voorbereiding",
  subjects: "Gezin",
  participants: "Deelnemers",
  items: "Inbreng",
  plan: "Plan van aanpak",
  releases: "Vrijgave",
  family: "Gezin informeren",
  finalize: "Afronden",
};

const consentMethods: Record<ConsentMethod, string> = {
  verbal: "Mondeling",
  written: "Schriftelijk",
  digital: "Digitaal",
};

const notificationMethods: Record<NotificationMethod, string> = {
  conversation: "In een gesprek",
  letter: "Met een brief",
  folder: "Met een folder",
};

type TimingKind = "beforehand" | "afterwards" | "postponed";
const timings: Record<TimingKind, string> = {
  beforehand: "Vooraf, voor het overleg (standaard)",
  afterwards: "Pas achteraf, na het overleg (met reden)",
  postponed: "Uitgesteld: het gezin hoort voorlopig niets",
};

const grounds: Record<PostponeGround, string> = {
  safety: "Informeren brengt iemand in gevaar",
  criminalInvestigation: "Informeren schaadt een strafrechtelijk onderzoek",
};

type BasisKind = "consent" | "legal" | "conflictOfDuties";
const basisKinds: Record<BasisKind, string> = {
  consent: "Toestemming van het gezin",
  legal: "Wettelijke grondslag",
  conflictOfDuties: "Conflict van plichten",
};

// One term per notion (the glossary of the domain: code name → the one Dutch term). Every
// text of this catalog and of the back end's `texts` crate uses these terms and none of the
// words in `avoid` (checked by ui/tests/glossary.test.mjs); the help dialog shows the list.
// `avoid` holds regular expressions (case-insensitive, whole words).
const glossary = [
  {
    term: "casusoverleg",
    meaning: "Eén overleg over één casus, op één datum.",
    avoid: [],
  },
  {
    term: "casus",
    meaning:
      "Het gezin of huishouden waarover het overleg gaat. Kan anoniem zijn.",
    avoid: [],
  },
  {
    term: "betrokkene",
    meaning:
      "Iemand uit het gezin over wie gegevens gaan: een jeugdige, ouder, verzorger, voogd of iemand anders.",
    avoid: ["gezinslid", "gezinsleden"],
  },
  {
    term: "deelnemer",
    meaning:
      "Een professional aan tafel, met naam, organisatie, functie en zakelijke contactgegevens.",
    avoid: [],
  },
  {
    term: "rol",
    meaning:
      "Waarom iemand aan tafel zit: regiehouder, inhoudelijke rol, adviseur of expert, informant of overig.",
    avoid: [],
  },
  {
    term: "inbreng",
    meaning: "Eén stuk informatie dat een deelnemer in het overleg brengt.",
    avoid: [
      "(?:dit|het|een|elk|ieder|welk|deze|dat) gegeven",
      "soort gegeven",
      "algemeen gegeven",
      "(?<!open )punt",
      "(?<!open )punten",
    ],
  },
  {
    term: "inbrenger",
    meaning:
      "De deelnemer die de inbreng in het overleg bracht. Die houdt er zeggenschap over.",
    avoid: [],
  },
  {
    term: "vrijgave",
    meaning:
      "Het besluit van de inbrenger dat één deelnemer één inbreng buiten het overleg mag gebruiken, voor één doel.",
    avoid: ["meenemen", "meegenomen", "mee te nemen", "delen", "gedeeld"],
  },
  {
    term: "afspraak",
    meaning: "Een regel van het plan van aanpak: wie doet wat, en wanneer.",
    avoid: ["actie", "acties"],
  },
  {
    term: "plan van aanpak",
    meaning: "Alle afspraken aan het eind van het overleg.",
    avoid: [],
  },
  {
    term: "informeren van het gezin",
    meaning:
      "Wie het gezin vertelt wat er is besproken en afgesproken, wanneer en hoe.",
    avoid: [],
  },
  {
    term: "toestemming",
    meaning:
      "Toestemming van de betrokkene(n) die die mogen geven, met wie, wanneer en hoe.",
    avoid: [],
  },
  {
    term: "grondslag",
    meaning:
      "De reden waarom inbreng mag: toestemming, een wet, of een conflict van plichten.",
    avoid: [],
  },
  {
    term: "conflict van plichten",
    meaning:
      "Het beroepsgeheim doorbreken zonder toestemming, na de vier vragen en met een motivering.",
    avoid: [],
  },
  {
    term: "beroepsgeheim",
    meaning:
      "De plicht van een professional om te zwijgen over wat hij of zij weet.",
    avoid: ["geheimhoudingsplicht"],
  },
  {
    term: "bijzonder persoonsgegeven",
    meaning:
      "Gegevens over bijvoorbeeld gezondheid, afkomst, geloof of seksualiteit.",
    avoid: [],
  },
  {
    term: "strafrechtelijk persoonsgegeven",
    meaning: "Gegevens over strafbare feiten of veroordelingen.",
    avoid: ["strafrechtelijk gegeven"],
  },
  {
    term: "algemeen persoonsgegeven",
    meaning: "Elk ander persoonsgegeven.",
    avoid: ["gewoon persoonsgegeven", "normaal persoonsgegeven"],
  },
  {
    term: "feit of mening",
    meaning: "Elke inbreng is het een of het ander.",
    avoid: [],
  },
  {
    term: "bewaartermijn",
    meaning:
      "De datum waarna de persoonsgegevens van het overleg worden vernietigd.",
    avoid: [],
  },
  {
    term: "logboek",
    meaning: "Wie deed wat, en wanneer.",
    avoid: ["auditlog", "audit log", "audittrail"],
  },
  {
    term: "geheimhouding",
    meaning:
      "Elke deelnemer bevestigt dat het overleg vertrouwelijk is (de geheimhoudingsverklaring).",
    avoid: [],
  },
] as const;

// Names of formats and standards the chair need not know: say what the file is for instead
// (checked by ui/tests/glossary.test.mjs like `avoid`).
export const avoidEverywhere = ["JSON", "ISO", "IEC", "27560", "CSV"] as const;

export const nl = {
  app: {
    name: "Casusoverleg",
    title: "Casusoverleg",
    titleWith: (screen: string) => `${screen} – Casusoverleg`,
    loading: "Even geduld…",
    startFailedHeading: "Casusoverleg kan niet starten",
    retry: "Opnieuw proberen",
  },
  errors: {
    generic: "Er ging iets mis. Probeer het opnieuw.",
  },
  autolock: {
    warning: (seconds: number) =>
      `Casusoverleg wordt over ${seconds} seconden vergrendeld, omdat u een tijd niets heeft gedaan. Wat u nog niet heeft opgeslagen, gaat dan verloren.`,
    stay: "Ik ben er nog",
    locked:
      "Casusoverleg is vergrendeld, omdat u een tijd niets heeft gedaan. Vul uw wachtwoord in om verder te gaan.",
    meetingLocked:
      "Het overleg is vergrendeld. Vul uw wachtwoord in: u gaat verder waar u was.",
  },
  header: {
    lock: "Vergrendel",
    lockDescription: "Vergrendel de app. Daarna is het wachtwoord weer nodig.",
  },
  common: {
    datePlaceholder: "dd-mm-jjjj",
    dateTimePlaceholder: "dd-mm-jjjj uu:mm",
    optional: "(niet verplicht)",
    busy: "Bezig…",
    yes: "Ja",
    no: "Nee",
    cancel: "Annuleren",
    saved: "Opgeslagen.",
    remove: "Verwijderen",
    /** R13: the button that shows a row's less frequent actions (change, remove). */
    more: "Meer",
    moreFor: (what: string) => `: meer mogelijkheden voor ${what}`,
    /** Accessible name of a remove button: `Inbreng 2 verwijderen`. */
    removeNamed: (what: string) => `${what} verwijderen`,
    /** The question after pressing a remove button (R13). */
    removeSure: "Zeker weten?",
    removeConfirm: "Ja, verwijderen",
    removeConfirmNamed: (what: string) => `Ja, ${what} verwijderen`,
    removeCancel: "Nee",
    list: (parts: readonly string[]) => parts.join(", "),
  },
  setup: {
    title: "Eerste start",
    heading: "Welkom bij Casusoverleg",
    intro:
      "Alle gegevens worden versleuteld opgeslagen op deze computer. Kies een wachtwoord om de gegevens te beveiligen.",
    warning:
      "Let op: dit wachtwoord kan niet worden hersteld. Bent u het kwijt, dan zijn de gegevens niet meer te openen. Bewaar het op een veilige plek.",
    passphrase: "Wachtwoord",
    passphraseHint:
      "Gebruik minimaal 12 tekens. Een zin van een paar woorden werkt goed.",
    confirmation: "Herhaal het wachtwoord",
    strengthLabel: "Sterkte van het wachtwoord:",
    strengths,
    submit: "Wachtwoord instellen en beginnen",
  },
  unlock: {
    title: "Ontgrendelen",
    heading: "Casusoverleg ontgrendelen",
    intro: "Vul uw wachtwoord in om de gegevens te openen.",
    passphrase: "Wachtwoord",
    submit: "Ontgrendel",
  },
  meetingList: {
    reports: "Rapportages",
    title: "Overzicht",
    heading: "Casusoverleggen",
    newMeeting: "Nieuw casusoverleg",
    settings: "Instellingen",
    truncated: (shown: number, total: number) =>
      `U ziet de ${shown} nieuwste van de ${total} casusoverleggen.`,
    empty:
      "Er zijn nog geen casusoverleggen. Kies 'Nieuw casusoverleg' om te beginnen.",
    caption: "Alle casusoverleggen, nieuwste eerst",
    columns: {
      caseLabel: "Casus",
      date: "Datum",
      purpose: "Doel van het overleg",
      participants: "Deelnemers",
      items: "Inbreng",
      status: "Stand",
    },
    open: (caseLabel: string) => `Open casusoverleg ${caseLabel}`,
    /** R11/R13/R15: the status the domain decided (`meeting_list_status`). */
    status: {
      draft: "Concept",
      finalized: "Afgerond",
      followUpOpen: "Vervolg open",
      expiresSoon: (date: string) => `Wordt vernietigd na ${date}`,
    },
  },
  meetingForm: {
    title: "Nieuw casusoverleg",
    heading: "Nieuw casusoverleg",
    caseLabel: "Casus",
    caseLabelHint:
      "Een korte naam of code voor de casus. Gebruik geen volledige namen.",
    date: "Datum van het overleg",
    purpose: "Doel van het overleg",
    submit: "Casusoverleg aanmaken",
    cancel: "Annuleren",
  },
  meeting: {
    title: "Overleg",
    backToList: "Terug naar het overzicht",
    backLabel: "Terug",
    factsSummary: "Doel van het overleg",
    openPoints: (n: number) => (n === 1 ? "1 open punt" : `${n} open punten`),
    date: "Datum",
    purpose: "Doel van het overleg",
    sectionsLabel: "Onderdelen van het overleg",
    sections,
    finalized: (at: string) =>
      `Afgerond op ${at}. Dit overleg kan niet meer worden gewijzigd.`,
  },
  preparation: {
    intro:
      "Leg vast waarom dit overleg nodig is. Zo is voor iedereen duidelijk waarom de gegevens van het gezin hier besproken worden.",
    purpose: "Doel van het overleg",
    criteria: "Waarom hoort deze casus in een casusoverleg?",
    criteriaHint:
      "Bijvoorbeeld: er zijn zorgen over de veiligheid van een kind en meer organisaties zijn betrokken.",
    familyPresent: "Het gezin is bij het overleg",
    anonymous: "Bespreek de casus anoniem",
    anonymousHint:
      "Kies dit als het overleg ook zonder namen kan. Dan worden van het gezin geen namen, geboortedatums of adressen opgeslagen. De casus krijgt een code in plaats van een naam, bijvoorbeeld Casus K-7M2. In teksten weigert de app BSN, telefoonnummers, e-mailadressen, rekeningnummers en bekende namen.",
    submit: "Voorbereiding opslaan",
  },
  subjects: {
    intro: "De betrokkenen: de mensen uit het gezin over wie het overleg gaat.",
    empty: "Er zijn nog geen betrokkenen toegevoegd.",
    caption: "Betrokkenen in dit casusoverleg",
    columns: {
      relation: "Wie",
      name: "Naam",
      birthDate: "Geboortedatum",
      age: "Leeftijd",
      present: "Aanwezig",
      authority: "Gezag",
      secretAddress: "Geheim adres",
      language: "Taal",
      remove: "Verwijderen",
    },
    language: {
      letter: (label: string) => `Taal van de brief voor ${label}`,
      letterShort: "Taal van de brief",
      names: { nl: "Nederlands", en: "Engels" },
      interpreter: "Tolk nodig",
      spoken: (label: string) => `Taal van de tolk voor ${label}`,
      spokenPlaceholder: "bijvoorbeeld Arabisch",
      /** Display-only: the interpreter with the language, e.g. `tolk nodig (Arabisch)`. */
      interpreterNeeded: (spoken: string | null) =>
        spoken ? `tolk nodig (${spoken})` : "tolk nodig",
    },
    authority: "Heeft gezag over de kinderen",
    authorityHint:
      "Alleen een ouder, verzorger of voogd kan gezag hebben. Voor een kind onder de 16 geeft wie het gezag heeft toestemming.",
    authorityToggle: (label: string) => `${label} heeft gezag`,
    secret: {
      set: "ingesteld",
      none: "geen",
      label: (label: string) => `Geheim adres van ${label}`,
      placeholder: "••••",
      hint: "Het adres wordt versleuteld bewaard en nooit getoond, ook niet in documenten.",
      edit: "wijzigen",
      save: "Opslaan",
      clear: "wissen",
    },
    formHeading: "Betrokkene toevoegen",
    relation: "Wie is het?",
    name: "Naam",
    birthDate: "Geboortedatum",
    birthDateHint: "Nodig om te weten wie toestemming mag geven.",
    present: "Is bij het overleg",
    presentToggle: (label: string) => `${label} is bij het overleg`,
    anonymousNote:
      "Dit overleg is anoniem. Daarom vult u geen naam en geboortedatum in.",
    anonymous: "anoniem",
    unknown: "onbekend",
    age: (years: number) => `${years} jaar`,
    /** `Zoë (jeugdige, 12 jaar)`; in an anonymous meeting `Jeugdige (anoniem)`. */
    label: (relation: string, name: string | null, age: number | null) => {
      const ageText = age === null ? "" : `, ${age} jaar`;
      return name
        ? `${name} (${relation.toLowerCase()}${ageText})`
        : `${relation} (anoniem${ageText})`;
    },
    submit: "Betrokkene toevoegen",
    relations,
  },
  participants: {
    empty: "Er zijn nog geen deelnemers.",
    caption: "Deelnemers aan dit casusoverleg",
    columns: {
      name: "Deelnemer",
      role: "Rol en organisatie",
      attendance: "Aanwezigheid",
      pledge: "Geheimhouding",
    },
    labelsFor: "Kenmerken",
    secrecyYes: "Beroepsgeheim",
    secrecyNo: "Geen beroepsgeheim",
    attendanceOf: (name: string) => `Aanwezigheid van ${name}`,
    pledgeShort: "Bevestigen",
    pledgeFor: (name: string) => `: geheimhouding door ${name}`,
    organisationType: "Soort organisatie",
    secrecy: "Heeft beroepsgeheim",
    secrecyHint:
      "Bijvoorbeeld een hulpverlener, arts of jeugdbeschermer. Die mag alleen inbreng geven met toestemming, een wettelijke grondslag of bij een conflict van plichten.",
    expertiseOnly: "Alleen deskundigheid inbrengen (geen gegevens)",
    expertiseOnlyHint:
      "Voor een adviseur die alleen kennis deelt. Deze deelnemer geeft geen inbreng en krijgt geen gegevens mee. Geheimhouding bevestigen blijft nodig.",
    expertiseOnlyBadge: "Alleen deskundigheid",
    pledgedAt: (at: string) => `Bevestigd op ${at}`,
    formHeading: "Deelnemer toevoegen",
    editHeading: "Deelnemer corrigeren",
    edit: "Wijzigen",
    editLabel: (name: string) => `${name} wijzigen`,
    editSubmit: "Wijziging opslaan",
    editCancel: "Annuleren",
    name: "Naam",
    organisation: "Organisatie",
    function: "Functie",
    phone: "Telefoonnummer",
    email: "E-mailadres",
    role: "Rol in het overleg",
    submit: "Deelnemer toevoegen",
    roles,
  },
  items: {
    removeWhat: (excerpt: string) => `Inbreng „${excerpt}”`,
    empty: "Er is nog geen inbreng.",
    caption: "Inbreng in dit casusoverleg",
    columns: {
      contributor: "Inbrenger",
      text: "Inbreng",
      basis: "Grondslag",
      actions: "Bewerken",
    },
    subjects: "Over welke betrokkenen gaat dit?",
    subjectsHint: "Kies niemand als het over geen van hen gaat.",
    noSubjects: "Niemand in het bijzonder",
    noBasis: "Nog geen grondslag",
    withdrawn: "Toestemming ingetrokken",
    editBasisShort: "Grondslag",
    labelsFor: "Kenmerken",
    about: (who: string) => `Over ${who}`,
    editBasisFor: (excerpt: string) => `voor: ${excerpt}`,
    formHeading: "Inbreng toevoegen",
    noParticipants:
      "Voeg eerst een deelnemer toe. Daarna kunt u inbreng vastleggen.",
    contributor: "Inbrenger",
    text: "Inbreng",
    kind: "Feit of mening",
    category: "Soort persoonsgegeven",
    submit: "Inbreng toevoegen",
    unknownContributor: "Onbekende deelnemer",
    kinds,
    categories,
    // R6: the source ("van wie").
    source: "Bron: van wie komt dit?",
    sourceHint:
      "Sneltoetsen: E = eigen waarneming, G = gezin, D = derde, R = document of register.",
    sources,
    sourceDetail: "Toelichting bij de bron",
    sourceDetailHint:
      "Kort: wie of welk document. Verplicht bij iemand anders en bij een document.",
    sourceLine: (source: string, detail: string | null) =>
      `Bron: ${source}${detail ? ` — ${detail}` : ""}`,
  },
  // R16: corrections after finalizing (seed 003 §5.3; seed 002 feitenonderzoek 7).
  correction: {
    open: "Corrigeren",
    openFor: (excerpt: string) => `inbreng: ${excerpt}`,
    heading: "Inbreng corrigeren op verzoek van het gezin",
    intro:
      "Het overleg is afgerond. Een correctie maakt een nieuwe versie. De oude versie blijft bewaard.",
    opinionIntro:
      "Dit is een mening. Een mening wordt niet aangepast. U legt de reactie van het gezin vast.",
    text: "Nieuwe tekst",
    textHint: "Laat leeg als de tekst niet verandert.",
    reason: "Reden van de correctie",
    reaction: "Reactie van het gezin",
    reactionHint: "Wat vindt het gezin? Bij een mening is dit verplicht.",
    requestedBy: "Wie vroeg om de correctie?",
    noSubjects:
      "Er staan geen betrokkenen bij dit overleg. Alleen een betrokkene kan om een correctie vragen.",
    submit: "Correctie opslaan",
    cancel: "Annuleren",
    corrected: (version: number) => `Gecorrigeerd (versie ${version})`,
    showHistory: "Eerdere versies tonen",
    hideHistory: "Eerdere versies verbergen",
    historyCaption: "Alle versies van deze inbreng",
    version: (n: number) => `Versie ${n}`,
    original: "Oorspronkelijke inbreng",
    reasonLine: (reason: string) => `Reden: ${reason}`,
    reactionLine: (reaction: string) => `Reactie van het gezin: ${reaction}`,
    requestedByLine: (who: string) => `Gevraagd door: ${who}`,
    informHeading: "Informeer deze ontvangers",
    informIntro:
      "Zij kregen de vorige versie. Laat hun zo snel mogelijk weten wat er is gecorrigeerd:",
    informNobody:
      "De correctie is opgeslagen. Niemand had deze inbreng gekregen, dus u hoeft niemand te informeren.",
    informLine: (name: string, organisation: string) =>
      `${name} (${organisation})`,
    // R16 with the R17 age rules; the contributor decides (seed 003 §5.3.3).
    requestedByHint:
      "Alleen de betrokkene over wie de inbreng gaat, of een ouder met gezag of voogd die voor die persoon mag optreden.",
    competent:
      "Een jongere (12 tot 16 jaar) over wie dit gaat kan zijn of haar belangen goed overzien",
    decision: "Beslissing van de inbrenger",
    decisions: {
      granted: "Akkoord: de correctie gaat door",
      refused: "Geweigerd",
    },
    decidedOn: "Datum van de beslissing",
    motivation: "Waarom weigert de inbrenger?",
    motivationHint:
      "Verplicht bij weigeren. Het gezin krijgt dit schriftelijk te horen.",
    decidedOnLine: (date: string) => `Inbrenger akkoord op: ${date}`,
    refused:
      "De weigering is vastgelegd. De inbreng is niet veranderd. Laat het gezin schriftelijk weten waarom.",
  },
  /** R7/R8 in the item form: basis and consent in the same step. */
  itemBasis: {
    legend: "Grondslag en toestemming",
    kind: "Waarom mag deze inbreng in het overleg?",
    kinds: {
      consent: basisKinds.consent,
      legal: basisKinds.legal,
      later: "Later vastleggen (ook voor conflict van plichten)",
    },
    defaultFor: (organisationType: string) =>
      `Voorgesteld voor ${organisationType}. U kunt het aanpassen.`,
    chooseSubjects:
      "Kies hierboven over wie de inbreng gaat. Dan ziet u wie toestemming geeft.",
    who: (subject: string) => `Wie gaf toestemming voor ${subject}?`,
    needs: {
      subject: "Nodig: de toestemming van de betrokkene zelf.",
      parents: "Nodig: de toestemming van één ouder of voogd met gezag.",
      subjectAndParents:
        "Nodig: de toestemming van de betrokkene zelf én van één ouder of voogd met gezag.",
    },
    self: (label: string) => `${label} zelf`,
    holder: (label: string) => `${label}, met gezag`,
    noHolderKnown:
      "Er is geen ouder of voogd met gezag ingevoerd. Voeg die toe bij Gezin, of leg de toestemming later vast bij de grondslag van de inbreng.",
    nobodyYet:
      "Nog niemand aangevinkt: de toestemming staat dan bij de open punten.",
  },
  basis: {
    heading: "Grondslag van deze inbreng",
    kind: "Waarom mag deze inbreng in het overleg?",
    kinds: basisKinds,
    subjects: "Over welke betrokkenen gaat dit?",
    legalBasis: "Wettelijke grondslag",
    legalBasisHint: (organisationType: string) =>
      `Alleen de grondslagen voor: ${organisationType}.`,
    chooseLegalBasis: "Kies een grondslag",
    noLegalBases:
      "Voor dit soort organisatie staat geen wettelijke grondslag in de lijst. Kies toestemming of conflict van plichten.",
    questionsLegend:
      "Conflict van plichten: kunt u alle vier vragen met ja beantwoorden?",
    questions: {
      legitimatePurpose: "Dient het inbrengen een gerechtvaardigd doel?",
      onlyWay: "Is inbrengen de enige manier om dit doel te bereiken?",
      consentAskedOrImpossible:
        "Is om toestemming gevraagd? Of is vragen niet mogelijk of niet verantwoord?",
      childInterestOutweighs:
        "Weegt het belang van het kind zwaarder dan het belang van geheimhouding?",
    },
    noSecrecy:
      "Deze inbrenger heeft geen beroepsgeheim. Een conflict van plichten is dan niet mogelijk.",
    motivation: "Motivering",
    motivationHint: "Schrijf op waarom u zonder toestemming deelt.",
    notCompetentLegend:
      "Jongeren van 12 tot 16 jaar geven zelf toestemming, als zij hun belangen goed kunnen overzien. Wie kan dat niet?",
    notCompetent: (label: string) => `${label} kan dit niet goed overzien`,
    submit: "Grondslag opslaan",
    close: "Sluiten",
    saved: "De grondslag is opgeslagen.",
    current: {
      consent: (count: number) =>
        count === 0
          ? "Toestemming ingetrokken"
          : count === 1
            ? "Toestemming van 1 persoon"
            : `Toestemming van ${count} personen`,
      legal: (label: string) => `Wettelijke grondslag: ${label}`,
      conflictOfDuties: "Conflict van plichten",
    },
  },
  consent: {
    heading: "Toestemmingen",
    empty: "Er is nog geen toestemming vastgelegd.",
    saveBasisFirst:
      "Sla eerst de grondslag 'Toestemming van het gezin' op. Daarna legt u hier vast wie toestemming gaf.",
    caption: "Vastgelegde toestemmingen voor deze inbreng",
    columns: {
      subject: "Voor",
      givenBy: "Gegeven door",
      method: "Hoe",
      at: "Wanneer",
      status: "Status",
    },
    formHeading: "Toestemming vastleggen",
    subject: "Toestemming voor",
    givenBy: "Gegeven door",
    givenBySubject: "De betrokkene zelf",
    givenByParent: (label: string) => `Ouder of verzorger: ${label}`,
    givenByOther: "Iemand anders met gezag",
    otherName: "Naam van degene met gezag",
    method: "Hoe is de toestemming gegeven?",
    methods: consentMethods,
    submit: "Toestemming vastleggen",
    withdraw: "Toestemming intrekken",
    withdrawnAt: (at: string) => `Ingetrokken op ${at}`,
    active: "Geldig",
    noSubjects:
      "Kies eerst in de grondslag over welke betrokkenen deze inbreng gaat.",
    /** Seed 004 art. 6.4b: what a consent covers. */
    scopeRecipients: "Voor welke deelnemers geldt de toestemming?",
    scopeRecipientsHint:
      "Kies alleen wie het gezin zelf noemde. Naar anderen mag de inbreng niet.",
    scopePurpose: "Waarvoor gaf het gezin toestemming?",
    scopePurposeHint:
      "In de woorden van het gezin, bijvoorbeeld: hulp op school.",
    scopeColumn: "Geldt voor",
    scopeGiven: (recipients: string, purpose: string) =>
      `${recipients}. Doel: ${purpose}`,
    scopeNobody: "niemand meer aan tafel",
    scopeUnconfirmed:
      "Niet vastgelegd voor welke deelnemers de toestemming geldt. Vraag het gezin opnieuw en leg de toestemming opnieuw vast.",
    /** R4: anonymous meeting: a holder of gezag by relation, without a name. */
    otherRelation: "Relatie van degene met gezag",
    otherRelationHint:
      "Dit overleg is anoniem. Vul geen naam in, alleen de relatie.",
    givenByRelation: (relation: string) =>
      `Iemand anders met gezag: ${relation}`,
    receivedHeading: "De toestemming is ingetrokken",
    receivedIntro:
      "Deze inbreng krijgt geen vrijgave meer. Deze deelnemers hadden de inbreng al gekregen. Laat hen weten dat de toestemming is ingetrokken:",
    received: (excerpt: string, recipient: string) =>
      `${excerpt} – ontvangen door ${recipient}`,
    receivedNobody:
      "Deze inbreng krijgt geen vrijgave meer. Niemand had de inbreng al gekregen.",
  },
  /** R10: a consent withdrawn after the meeting, and whom to inform. */
  withdrawal: {
    heading: "Toestemming na het overleg",
    intro:
      "Trekt iemand uit het gezin toestemming in? Leg het hier vast. Die inbreng gaat dan niet meer mee in een nieuw verslag of een nieuwe brief.",
    caption: "Toestemmingen van dit overleg",
    columns: {
      item: "Inbreng",
      subject: "Voor",
      givenBy: "Gegeven door",
      status: "Status",
    },
    open: "Toestemming ingetrokken",
    formHeading: (subject: string) => `Toestemming van ${subject} ingetrokken`,
    by: "Wie trekt de toestemming in?",
    byHint:
      "Dat mag wie de toestemming gaf, of wie volgens de leeftijd toestemming moet geven.",
    bySelf: (subject: string) => `${subject} zelf`,
    byParent: (label: string) => `Ouder of verzorger: ${label}`,
    method: "Hoe is de toestemming ingetrokken?",
    on: "Datum van intrekken",
    submit: "Intrekking vastleggen",
    cancel: "Annuleren",
    withdrawnOn: (on: string) => `Ingetrokken op ${on}`,
    active: "Geldig",
    tasksHeading: "Wie moet u informeren",
    tasksIntro:
      "Deze deelnemers hadden inbreng gekregen waarvoor de toestemming is ingetrokken. Laat hen weten dat zij die niet meer mogen gebruiken.",
    tasksNone:
      "Niemand had deze inbreng al gekregen. U hoeft niemand te informeren.",
    taskItems: "Over:",
    doneOn: "Geïnformeerd op",
    doneSave: "Gedaan",
    done: (on: string) => `Gedaan op ${on}`,
    noConsents: "In dit overleg is geen toestemming vastgelegd.",
  },
  plan: {
    intro: "Wie doet wat, en wanneer? En welke inbreng is daarvoor nodig?",
    empty: "Er zijn nog geen afspraken.",
    caption: "Afspraken in het plan van aanpak",
    columns: {
      who: "Wie",
      what: "Wat",
      due: "Wanneer klaar",
      reliesOn: "Nodig uit de inbreng",
    },
    formHeading: "Afspraak toevoegen",
    noParticipants:
      "Voeg eerst een deelnemer toe. Daarna kunt u afspraken maken.",
    who: "Wie doet het?",
    what: "Wat wordt er gedaan?",
    condition: "Alleen als dit gebeurt (niet verplicht)",
    conditionHint:
      "Bijvoorbeeld: Noah verzuimt weer een dag zonder bericht. Laat leeg als de afspraak in elk geval wordt uitgevoerd.",
    conditionShown: (condition: string) => `Voorwaarde: ${condition}`,
    due: "Wanneer is het klaar?",
    reliesOn: "Welke inbreng is hiervoor nodig?",
    reliesOnHint: "Kies niets als er geen inbreng nodig is.",
    expertiseOnlyNoItems:
      "Deze deelnemer brengt alleen deskundigheid in. De afspraak steunt dus niet op inbreng, bijvoorbeeld: geeft advies aan de regiehouder.",
    nothing: "Geen",
    submit: "Afspraak toevoegen",
    decision: "Hoort bij besluit",
    noDecision: "Bij geen besluit",
    looseHeading: "Afspraken zonder besluit",
  },
  // R11 and seed 002: decisions with their reasons, and dissent.
  decisions: {
    heading: "Besluiten",
    intro:
      "Wat is er besloten, en waarom? Zet de afspraken onder het besluit waar ze bij horen.",
    empty: "Er zijn nog geen besluiten.",
    why: "Waarom:",
    restsOn: "Berust op inbreng:",
    actions: "Afspraken bij dit besluit",
    noActions: "Nog geen afspraken bij dit besluit.",
    formHeading: "Besluit vastleggen",
    what: "Besluit",
    whyLabel: "Waarom is dit besloten?",
    whyHint: "Leg uit waarom. Dit komt in het plan van aanpak.",
    restsOnLabel: "Berust op inbreng",
    restsOnHint: "Kies de inbreng waar het besluit op berust.",
    submit: "Besluit opslaan",
    number: (n: number) => `Besluit ${n}`,
    dissentOpen: "Verschil van inzicht vastleggen",
    dissentHeading: "Verschil van inzicht",
    dissentWho: "Wie is het niet eens?",
    dissentWhy: "Waarom is hij of zij het niet eens?",
    dissentSubmit: "Verschil opslaan",
    dissentLine: (name: string, organisation: string, why: string) =>
      `${name} (${organisation}) is het niet eens: ${why}`,
    dissentRemove: (name: string) => `verschil van inzicht van ${name}`,
  },
  releases: {
    intro:
      "Alleen wie informatie nodig heeft voor een afspraak in het plan van aanpak, kan vrijgave krijgen. De inbrenger beslist. Zolang er niets is besloten, blijft alles in het overleg. Alleen de gele cellen moeten nog besloten worden; de grijze cellen hebben geen besluit nodig en tellen niet mee.",
    caption:
      "Per inbreng (rij) en per deelnemer met een afspraak (kolom): geeft de inbrenger deze inbreng vrij aan deze deelnemer?",
    empty:
      "Er is nog geen inbreng of er zijn nog geen deelnemers. Dan valt er niets vrij te geven.",
    itemColumn: "Inbreng",
    undecided: "Nog niet besloten",
    open: "Nog beslissen",
    openNeeded: "Nog beslissen: nodig voor een afspraak",
    stays: "Blijft in het overleg",
    releaseFor: (what: string) => `Vrijgeven voor: ${what}`,
    releasedShort: "Vrijgegeven",
    releasedFor: (what: string) => `voor: ${what}`,
    noDecision: {
      ownItem: "Eigen inbreng",
      noAction: "Geen besluit nodig",
      expertOnly: "Geen besluit nodig",
      expertiseOnly: "Geen besluit nodig",
      notReliedOn: "Geen besluit nodig",
    } as const,
    noDecisionWhy: {
      noAction: "geen afspraak",
      expertOnly: "adviseur of informant",
      expertiseOnly: "alleen deskundigheid",
      notReliedOn: "geen afspraak gebruikt dit",
    } as const,
    openCount: (n: number) =>
      n === 0
        ? "Alle besluiten over vrijgave zijn genomen."
        : n === 1
          ? "Nog 1 besluit over vrijgave te nemen."
          : `Nog ${n} besluiten over vrijgave te nemen.`,
    showAll: (n: number) =>
      n === 1
        ? "Toon ook de deelnemer zonder afspraak (1)"
        : `Toon ook de deelnemers zonder afspraak (${n})`,
    legend: [
      ["v", "vrijgeven"],
      ["b", "blijft in het overleg"],
      ["n", "volgende cel die een besluit nodig heeft"],
      ["r", "rest van de rij blijft"],
      ["k", "rest van de kolom blijft"],
      ["a", "alles wat niet nodig is blijft"],
      ["u", "ongedaan maken"],
      ["Enter", "kiezen"],
      ["pijltjes", "naar een andere cel"],
    ] as const,
    bulkMatrix:
      "Alles wat niet nodig is voor een afspraak, blijft in het overleg",
    bulkRow: "Rest blijft",
    bulkColumn: "Rest blijft",
    bulkRowLabel: (item: string) => `Rest blijft in het overleg, rij: ${item}`,
    bulkColumnLabel: (name: string) =>
      `Rest blijft in het overleg, kolom: ${name}`,
    bulkDone: (n: number) =>
      n === 1
        ? "1 besluit vastgelegd namens de inbrenger: blijft in het overleg."
        : `${n} besluiten vastgelegd namens de inbrengers: blijft in het overleg.`,
    bulkNone:
      "Er was hier niets meer te besluiten dat niet nodig is voor een afspraak.",
    bulkUndone: (n: number) =>
      n === 1
        ? "1 besluit ongedaan gemaakt."
        : `${n} besluiten ongedaan gemaakt.`,
    undo: "Ongedaan maken",
    chooseHeading: "Besluit over vrijgave",
    dialogCell: (item: string, recipient: string) =>
      `Over de inbreng „${item}” voor ${recipient}.`,
    choiceLabel: "Wat besluit de inbrenger?",
    choiceSubmit: "Vastleggen",
    withdrawn: "Toestemming ingetrokken",
    noBasis: "Geen geldige grondslag",
    by: (name: string) => `van ${name}`,
    motivationHeading: "Waarom is dit nodig?",
    motivationIntro:
      "Voor deze vrijgave is een motivering nodig. Bijvoorbeeld omdat het om een bijzonder of strafrechtelijk persoonsgegeven gaat, of omdat de ontvanger adviseur of informant is.",
    motivation: "Motivering",
    motivationSubmit: "Vrijgeven",
    motivationCancel: "Annuleren",
  },
  family: {
    removeWhat: (informer: string) =>
      `Afspraak over informeren door ${informer}`,
    intro:
      "Leg vast wie het gezin informeert en hoe. Het gezin hoort het liefst vooraf dat hun situatie besproken wordt. Wat er is afgesproken, hoort het gezin na het overleg.",
    empty: "Er is nog niets afgesproken over het informeren van het gezin.",
    caption: "Afspraken over het informeren van het gezin",
    columns: {
      subjects: "Wie wordt geïnformeerd",
      informer: "Door wie",
      method: "Hoe",
      timing: "Wanneer",
    },
    wholeFamily: "Het hele gezin",
    /** R12: a covered member's letter language (and interpreter) under the agreement. */
    languageOf: (label: string, language: string, interpreter: string) =>
      interpreter
        ? `${label}: brief in het ${language}, ${interpreter}`
        : `${label}: brief in het ${language}`,
    formHeading: "Informeren van het gezin vastleggen",
    noParticipants:
      "Voeg eerst een deelnemer toe. Daarna kunt u afspreken wie het gezin informeert.",
    subjects: "Wie wordt geïnformeerd?",
    subjectsHint: "Kies niemand als het hele gezin wordt geïnformeerd.",
    informer: "Wie informeert het gezin?",
    method: "Hoe?",
    methods: notificationMethods,
    timing: "Wanneer hoort het gezin dat hun situatie besproken wordt?",
    timings,
    // R12 (seed 003 §3.6c): the outcome can only be told afterwards.
    outcomeNote:
      "Wat er is afgesproken, hoort het gezin altijd na het overleg. Dat kan niet vooraf.",
    motivation: "Motivering",
    motivationAfterwardsHint:
      "Waarom wordt het gezin pas achteraf geïnformeerd?",
    motivationPostponedHint: "Waarom wordt informeren uitgesteld?",
    ground: "Reden voor uitstel",
    grounds,
    reviewDate: "Wanneer kijkt u opnieuw of het gezin geïnformeerd kan worden?",
    reviewOn: (date: string) => `opnieuw bekijken op ${date}`,
    submit: "Informeren vastleggen",
    // R12: where an agreement stands; never "geïnformeerd" for an agreement.
    statusColumn: "Uitkomst gemeld?",
    status: {
      postponed: "Uitgesteld: er gaat nog niets naar het gezin",
      agreed: "Afgesproken, nog niet gedaan",
      done: (date: string) => `Gedaan op ${date}`,
    },
    liftedOn: (date: string) => `Uitstel gestopt op ${date}`,
    doneOn: "Wanneer is het gezin geïnformeerd?",
    doneSave: "Opslaan als gedaan",
    liftOn: "Vanaf wanneer mag het gezin het horen?",
    liftSave: "Uitstel stoppen",
    // R14c: what the family letter shows.
    letterHeading: "Wat leest het gezin in de brief?",
    letterIntro:
      "Elke betrokkene krijgt een eigen brief. Teksten van hulpverleners komen alleen in de brief als u heeft gecontroleerd dat het gezin ze goed kan lezen. Anders staat er een algemene zin.",
    purposeChecked: "Het doel is gecontroleerd: het gezin kan het goed lezen",
    purposeCheckedHint: (purpose: string) => `Doel: ${purpose}`,
    actionChoice: (what: string) => `Afspraak: ${what}`,
    decisionChoice: (what: string) => `Besluit: ${what}`,
    forFamily: {
      unchecked: "Nog niet gecontroleerd (algemene zin in de brief)",
      checked: "Gecontroleerd: zo in de brief",
      notForFamily: "Niet voor het gezin (niet in de brief)",
    },
    notForFamilyMotivation: "Waarom is deze afspraak niet voor het gezin?",
    actionSave: "Opslaan",
    complaintsHeading: "Waar kan het gezin klagen?",
    complaintsIntro:
      "Een klacht gaat naar de organisatie waar die over gaat. Vul per organisatie in hoe dat kan, bijvoorbeeld de klachtenfunctionaris en een e-mailadres.",
    complaintRoute: (organisation: string) => `Klachten over ${organisation}`,
    complaintSave: "Opslaan",
  },
  // Seed 002 Feitenonderzoek 4: the time and the record of the meeting.
  record: {
    heading: "Tijd en verloop van het overleg",
    intro:
      "Leg vast hoe laat het overleg begon en eindigde. Schrijf kort en neutraal op hoe het overleg verliep, niet wat er is ingebracht: dat staat al bij de inbreng. Lees het verloop aan het eind voor. Is iedereen akkoord, vink dat dan aan.",
    startTime: "Begintijd",
    endTime: "Eindtijd",
    timeHint: "Uren en minuten, bijvoorbeeld 09:30.",
    now: "Nu",
    nowLabel: (field: string) => `${field}: vul de tijd van nu in`,
    account: "Verloop van het overleg",
    accountHint:
      "Kort en neutraal, bijvoorbeeld: wie aan het woord kwam, hoe het gesprek ging en hoe het overleg eindigde. Geen inbreng, geen BSN of telefoonnummers.",
    agreed: "Het overleg is akkoord met dit verslag",
    submit: "Tijd en verloop opslaan",
    time: "Tijd",
    timeRange: (start: string, end: string) => `${start}–${end} uur`,
    timeFrom: (start: string) => `vanaf ${start} uur`,
    timeUntil: (end: string) => `tot ${end} uur`,
    notRecorded: "Niet vastgelegd",
    agreedYes: "Het overleg is akkoord gegaan met dit verslag.",
    agreedNo: "Het overleg is nog niet akkoord gegaan met dit verslag.",
    hintsHeading: "Nog niet ingevuld (niet verplicht)",
    hints: {
      timesNotRecorded: "De begintijd en de eindtijd van het overleg.",
      noAccount: "Het verloop van het overleg.",
    },
    identifying: (kinds: string) =>
      `In het verloop staat ${kinds}. Is dat nodig? Het verloop gaat over hoe het overleg ging, niet over de gegevens van het gezin.`,
  },
  finalize: {
    retentionHeading: "Bewaartermijn",
    retentionIntro:
      "Na deze datum worden de persoonsgegevens van dit overleg vernietigd. Meestal is dat 6 maanden na het overleg.",
    retentionUntil: "Bewaren tot en met",
    retentionCurrent: (date: string) => `Nu: bewaren tot en met ${date}.`,
    retentionNone: "Er is nog geen bewaartermijn ingesteld.",
    retentionSubmit: "Bewaartermijn opslaan",
    checklistHeading: "Wat moet nog gebeuren?",
    checklistIntro: "Kies een open punt om er meteen naartoe te gaan.",
    checklistDone: "Alles is geregeld. U kunt het overleg afronden.",
    checklistGroup: (section: string, n: number) =>
      `${section}: ${n === 1 ? "1 open punt" : `${n} open punten`}`,
    checklistShowAll: (n: number) => `Toon alle ${n}`,
    checklistShowFewer: "Toon minder",
    finalizeIntro: "Na het afronden kan niemand dit overleg meer wijzigen.",
    submit: "Overleg afronden",
  },
  documents: {
    heading: "Documenten",
    intro:
      "Sla de documenten op als PDF en druk ze af. Elk uittreksel bevat alleen wat aan die ontvanger is vrijgegeven.",
    loading: "Documenten worden klaargezet…",
    save: "Opslaan en openen",
    saveLabel: (title: string) => `${title}: opslaan en openen`,
    saveAll: "Alle documenten opslaan in een map",
    busy: "Bezig met opslaan…",
    cancelled: "Niets opgeslagen: u heeft het venster gesloten.",
    saved: (count: number, directory: string) =>
      count === 1
        ? `1 document opgeslagen in ${directory}.`
        : `${count} documenten opgeslagen in ${directory}.`,
    // R12/AVG art. 23: no letter while informing is postponed.
    postponed: (date: string) =>
      `Uitgesteld: deze brief wordt niet gemaakt zolang het informeren is uitgesteld (opnieuw bekijken op ${date}).`,
  },
  /** Issue 17 point 8: invitations and the attendance sheet. */
  invitations: {
    heading: "Uitnodigingen en presentielijst",
    intro:
      "Stuur elke deelnemer vooraf een uitnodiging met de datum, het doel en de geheimhoudingsverklaring. Een uitnodiging noemt het gezin niet: noemt het doel een betrokkene, dan staat het doel er niet in. Overlegt u op papier? Druk de presentielijst af, lees de verklaring voor en laat iedereen tekenen.",
    noParticipants: "Voeg eerst deelnemers toe.",
    saveAll: "Alle uitnodigingen opslaan in een map",
    saveSheet: "Presentielijst opslaan en openen",
    one: "Uitnodiging voor één deelnemer",
  },
  exports: {
    heading: "Bestanden voor andere systemen",
    intro:
      "Sla de toestemmingen of de uitkomst van het overleg op als bestand dat andere systemen kunnen lezen, in de vorm die de sector afsprak. Deze bestanden bevatten persoonsgegevens.",
    consent: "Toestemmingen opslaan als bestand",
    outcome: "Uitkomst van het overleg opslaan als bestand",
  },
  auditLog: {
    heading: "Logboek",
    intro:
      "Wat er in deze app is gedaan en bekeken: wie, wat en wanneer. Gegevens zelf staan er nooit in. Kies een overleg of een periode om minder regels te zien. Ook dit bekijken komt in het logboek.",
    meeting: "Overleg",
    allMeetings: "Alle overleggen",
    from: "Eerste dag",
    to: "Laatste dag",
    show: "Logboek tonen",
    caption: "Regels van het logboek, nieuwste eerst",
    columns: {
      seq: "Nr.",
      at: "Tijd",
      what: "Wat",
      meeting: "Overleg",
      decidedBy: "Besluit van",
    },
    chair: "Voorzitter",
    noMeeting: "—",
    empty: "Geen regels voor deze keuze.",
    shown: (shown: number, total: number) =>
      shown === total
        ? `${total} ${total === 1 ? "regel" : "regels"}.`
        : `De nieuwste ${shown} van ${total} regels. Kies een overleg of een kortere periode om de andere te zien.`,
  },
  reports: {
    title: "Rapportages",
    heading: "Rapportages",
    back: "Terug naar de casusoverleggen",
    reportHeading: "Anonieme rapportage",
    reportIntro:
      'Alleen aantallen, zonder namen of tekst. Een aantal van 1 tot en met 4 staat er als "<5". Een "x" is verborgen, zodat u een klein aantal niet kunt terugrekenen. "n.b." betekent: nog niet beschikbaar.',
    periodKind: "Soort periode",
    periodKinds: { month: "Maand", quarter: "Kwartaal", year: "Jaar" },
    year: "Jaar",
    quarter: "Kwartaal",
    month: "Maand",
    quarters: [
      "1e kwartaal (januari tot en met maart)",
      "2e kwartaal (april tot en met juni)",
      "3e kwartaal (juli tot en met september)",
      "4e kwartaal (oktober tot en met december)",
    ],
    months: [
      "januari",
      "februari",
      "maart",
      "april",
      "mei",
      "juni",
      "juli",
      "augustus",
      "september",
      "oktober",
      "november",
      "december",
    ],
    periodHint:
      "U kiest een hele maand, een kwartaal of een jaar. Zo kunt u twee rapportages niet van elkaar aftrekken.",
    captionFor: (period: string, from: string, to: string) =>
      `Aantallen in ${period} (${from} tot en met ${to})`,
    show: "Toon rapportage",
    columns: { line: "Onderdeel", value: "Aantal" },
    saveJson: "Opslaan voor andere systemen",
    saveCsv: "Opslaan als tabel (Excel)",
    register: {
      heading: "Datalekregister",
      intro:
        "Leg een datalek vast zodra u het ontdekt, bijvoorbeeld een kwijtgeraakte laptop. U moet de partners binnen 24 uur na het ontdekken informeren. De app laat per overleg zien welke organisaties en betrokkenen u moet informeren.",
      discovered: "Ontdekt op (datum en tijd)",
      description: "Korte omschrijving",
      descriptionHint: "Wat is er gebeurd? Namen zijn niet nodig.",
      scope: "Om welke overleggen gaat het?",
      scopeAll: "Alle overleggen op deze laptop",
      scopeMeeting: (date: string, label: string) => `${date} – ${label}`,
      submit: "Datalek vastleggen",
      empty: "Er staat nog geen datalek in het register.",
      caption: "Vastgelegde datalekken",
      columns: {
        discovered: "Ontdekt op",
        description: "Omschrijving",
        scope: "Overleggen",
        clock: "Partners informeren (binnen 24 uur)",
        actions: "Bewerken",
      },
      all: "Alle overleggen",
      hoursLeft: (minutes: number) =>
        minutes < 60
          ? "Nog minder dan een uur"
          : `Nog ${Math.floor(minutes / 60)} uur`,
      overdue: (minutes: number) =>
        `Te laat: de 24 uur zijn ${minutes < 60 ? "net" : `${Math.floor(minutes / 60)} uur geleden`} verstreken`,
      deadline: (when: string) => `uiterlijk ${when}`,
      informed: (when: string, inTime: boolean) =>
        `Geïnformeerd op ${when}${inTime ? "" : " (te laat)"}`,
      markInformed: "Partners zijn geïnformeerd",
      showLists: "Wie moet ik informeren?",
      listsHeading: (when: string) =>
        `Wie moet u informeren? Datalek ontdekt op ${when}`,
      listsNone:
        "Er staan geen overleggen meer op deze laptop waar dit datalek over gaat.",
      meetingHeading: (label: string, date: string, reference: string) =>
        `${label} – ${date} (${reference})`,
      organisations: "Organisaties",
      noOrganisations: "Geen organisatie bracht gegevens in of kreeg gegevens.",
      organisationRole: (contributed: boolean, received: boolean) =>
        contributed && received
          ? "bracht gegevens in en kreeg gegevens"
          : contributed
            ? "bracht gegevens in"
            : "kreeg gegevens",
      family: "Betrokkenen",
      noFamily: "Er staan geen betrokkenen bij dit overleg.",
      anonymousMember: "anoniem besproken, er staat geen naam op deze laptop",
    },
    breachHeading: "Datalek: welke organisaties kregen gegevens?",
    breachIntro:
      "Bij een datalek moet u de partners binnen 24 uur informeren. Kies de overleggen waar het om gaat, of alle overleggen op deze laptop.",
    breachAll: "Alle overleggen op deze laptop",
    breachShow: "Toon ontvangers",
    breachNone: "Geen enkele organisatie kreeg gegevens uit deze overleggen.",
    breachCaption: "Ontvangende organisaties",
    breachColumns: {
      organisation: "Organisatie",
      type: "Soort",
      meetings: "Overleggen",
      recipients: "Ontvangers",
      categories:
        "Soort persoonsgegeven (aantal keer inbreng, aantal betrokkenen)",
    },
    breachCategory: (category: string, items: number, subjects: number) =>
      `${category}: ${items} keer inbreng over ${subjects} ${subjects === 1 ? "betrokkene" : "betrokkenen"}`,
    breachSave: "Lijst opslaan voor andere systemen",
    breachSavePdf: "Lijst opslaan (PDF)",
    busy: "Bezig…",
    cancelled: "Niets opgeslagen: u heeft het venster gesloten.",
    saved: (file: string, directory: string) =>
      `${file} opgeslagen in ${directory}.`,
  },
  settings: {
    title: "Instellingen",
    heading: "Instellingen",
    back: "Terug naar de casusoverleggen",
    passphraseHeading: "Wachtwoord wijzigen",
    passphraseIntro:
      "Vul eerst uw huidige wachtwoord in. Het nieuwe wachtwoord heeft minimaal 12 tekens.",
    oldPassphrase: "Huidig wachtwoord",
    newPassphrase: "Nieuw wachtwoord",
    confirmation: "Herhaal het nieuwe wachtwoord",
    passphraseSubmit: "Wachtwoord wijzigen",
    passphraseChanged:
      "Het wachtwoord is gewijzigd. Gebruik voortaan het nieuwe wachtwoord. Let op: oudere back-ups openen nog steeds alleen met het oude wachtwoord.",
    idleHeading: "Automatisch vergrendelen",
    idleMinutes: "Vergrendelen na dit aantal minuten zonder gebruik",
    between: (min: number, max: number) =>
      `Een heel getal van ${min} tot en met ${max}.`,
    idleOverridden:
      "Deze app is gestart met een vaste tijd. Uw keuze geldt bij de volgende start.",
    save: "Opslaan",
    idleSaved: (minutes: number) =>
      `Opgeslagen. De app vergrendelt na ${minutes} ${minutes === 1 ? "minuut" : "minuten"} zonder gebruik.`,
    notANumber: "Vul een heel getal in.",
    retentionHeading: "Bewaartermijn van nieuwe overleggen",
    retentionMonths:
      "Bewaren tot dit aantal maanden na de datum van het overleg",
    retentionNote:
      "Geldt voor overleggen die u vanaf nu aanmaakt. Daarna worden de persoonsgegevens vernietigd.",
    retentionSaved: (months: number) =>
      `Opgeslagen. Nieuwe overleggen worden ${months} ${months === 1 ? "maand" : "maanden"} na de datum van het overleg vernietigd.`,
    auditHeading: "Logboek controleren",
    auditIntro:
      "De app controleert of het logboek compleet en onveranderd is, en of het versleutelde bestand heel is.",
    auditVerify: "Controleer het logboek",
    auditOk: (entries: number) =>
      `Het logboek is in orde: ${entries} regels gecontroleerd.`,
    auditBroken: (at: number, problem: AuditProblem) =>
      `Het logboek klopt niet vanaf regel ${at}: ${auditProblems[problem]} Neem contact op met uw beheerder.`,
    fileOk: "Het versleutelde bestand is heel.",
    fileBroken:
      "Het versleutelde bestand is beschadigd. Neem contact op met uw beheerder.",
  },
  retention: {
    destroyed: (n: number) =>
      n === 1
        ? "1 casusoverleg had zijn bewaartermijn bereikt en is vernietigd."
        : `${n} casusoverleggen hadden hun bewaartermijn bereikt en zijn vernietigd.`,
    expiringHeading: "Bewaartermijn loopt binnenkort af",
    expiringIntro:
      "Deze casusoverleggen worden binnen 30 dagen vernietigd. Is dat te vroeg? Verleng de bewaartermijn dan met 6 maanden en schrijf op waarom.",
    caption: "Casusoverleggen die binnen 30 dagen worden vernietigd",
    columns: {
      caseLabel: "Casus",
      date: "Datum overleg",
      destroyAfter: "Bewaard tot en met",
      action: "Bewerken",
    },
    extend: "Verleng met 6 maanden",
    extendLabel: (caseLabel: string) =>
      `Verleng de bewaartermijn van ${caseLabel} met 6 maanden`,
    reason: "Waarom moet dit overleg langer bewaard blijven?",
    extendSubmit: "Verlengen",
    extended: "De bewaartermijn is verlengd met 6 maanden.",
  },
  // Theme, keyboard help, status/undo, data-minimisation hints.
  theme: {
    highContrast: "Hoog contrast",
    highContrastOn: "Hoog contrast staat aan.",
    highContrastOff: "Hoog contrast staat uit.",
  },
  help: {
    open: "Hulp",
    heading: "Hulp: sneltoetsen en begrippen",
    intro:
      "U kunt alles met het toetsenbord doen. Deze toetsen werken overal, behalve waar het anders staat.",
    close: "Sluiten",
    caption: "Sneltoetsen en wat ze doen",
    keyColumn: "Toets",
    whatColumn: "Wat gebeurt er",
    shortcuts: [
      ["F1 of ?", "Deze hulp openen (? niet in een tekstveld)"],
      ["Esc", "Deze hulp sluiten"],
      ["Alt+N", "Nieuwe inbreng: naar het tekstveld van Inbreng"],
      ["Alt+1 tot Alt+9", "Inbrenger kiezen: deelnemer 1 tot 9"],
      ["F of M", "Feit of mening, in het veld Feit of mening (O kan ook)"],
      [
        "A, B of S",
        "Algemeen, bijzonder of strafrechtelijk, in het veld Soort persoonsgegeven",
      ],
      ["Ctrl+Enter", "Inbreng opslaan"],
      [
        "Ctrl+Z",
        "Laatste toevoeging ongedaan maken (niet in een tekstveld met tekst)",
      ],
      ["Alt+C", "Hoog contrast aan of uit"],
      ["Tab en Shift+Tab", "Naar het volgende of vorige veld"],
    ] as const,
    glossaryHeading: "Begrippen",
    glossaryIntro:
      "Deze woorden gebruikt de app steeds voor hetzelfde, op elk scherm en in elk document.",
    glossaryCaption: "Begrippen en wat ze betekenen",
    termColumn: "Begrip",
    meaningColumn: "Betekenis",
    glossary,
  },
  status: {
    region: "Meldingen",
    undo: "Ongedaan maken",
    itemAdded: (who: string) => `Inbreng van ${who} is toegevoegd.`,
    itemUndone: "De inbreng is weer verwijderd.",
    nothingToUndo: "Er is niets om ongedaan te maken.",
    contributorPicked: (who: string) => `Inbrenger: ${who}.`,
    participantAdded: (who: string) => `Deelnemer ${who} is toegevoegd.`,
    participantUndone: "De deelnemer is weer verwijderd.",
    subjectAdded: "De betrokkene is toegevoegd.",
    subjectUndone: "De betrokkene is weer verwijderd.",
    actionAdded: "De afspraak is toegevoegd.",
    actionUndone: "De afspraak is weer verwijderd.",
    // No name in it: once removed, nothing of it stays on the page.
    removed: "De regel is verwijderd.",
  },
  displaySettings: {
    heading: "Weergave",
    highContrast: "Hoog contrast",
    highContrastHint: "Zwart op wit met dikke randen. Sneltoets: Alt+C.",
    hints: "Waarschuw bij persoonsgegevens tijdens het typen",
    hintsHint:
      "Bij het typen van inbreng vraagt de app „Is dit nodig?” als u iets typt dat lijkt op een BSN, telefoonnummer, e-mailadres of IBAN. De tekst gaat nergens heen.",
  },
  hints: {
    question: "Is dit nodig?",
    intro: "Het lijkt erop dat u dit typt:",
    decide: "Schrijf alleen op wat nodig is voor het overleg. U beslist zelf.",
    /** R4: anonymous meeting: the app refuses it. */
    refusedAnonymous:
      "Dit overleg is anoniem. Dan slaat de app dit niet op. Haal het weg.",
    kinds: {
      bsn: "een burgerservicenummer (BSN)",
      phone: "een telefoonnummer",
      email: "een e-mailadres",
      iban: "een bankrekeningnummer (IBAN)",
    },
  },
  rights: {
    title: "Verzoeken",
    open: "Verzoeken",
    heading: "Verzoeken van betrokkenen",
    intro:
      "Een betrokkene mag vragen om inzage, correctie, verwijdering, bezwaar of een overzicht in een bestand. U moet binnen een maand antwoorden. Dat mag één keer met twee maanden worden verlengd, als u dat laat weten.",
    back: "Terug naar de casusoverleggen",
    registerHeading: "Nieuw verzoek vastleggen",
    subject: "Over wie gaat het verzoek?",
    subjectNone: "Kies een betrokkene",
    // R17: without a birth date a person is only known within one meeting.
    subjectOptionOneMeeting: (name: string, meetingDate: string) =>
      `${name}, geboortedatum onbekend (alleen overleg van ${meetingDate})`,
    subjectOption: (name: string, birth: string | null, meetings: number) =>
      `${name}${birth ? `, geboren ${birth}` : ""} (${meetings} ${meetings === 1 ? "overleg" : "overleggen"})`,
    subjectSearch: "Zoek op naam",
    subjectSearchHint:
      "Typ een deel van de naam, bijvoorbeeld de achternaam. Kies daarna de betrokkene uit de lijst hieronder.",
    subjectsFound: (n: number) =>
      `${n} ${n === 1 ? "betrokkene" : "betrokkenen"} gevonden. Kies hieronder wie het is. Staat de persoon er niet bij? Typ meer van de naam.`,
    noSubjects:
      "Niemand gevonden met deze naam. Een verzoek gaat altijd over een betrokkene uit een casusoverleg.",
    kind: "Wat wordt er gevraagd?",
    kinds: {
      access: "Inzage",
      correction: "Correctie",
      erasure: "Verwijderen of beperken",
      objection: "Bezwaar (verzet)",
      portability: "Overzicht in een bestand",
    },
    requester: "Wie doet het verzoek?",
    requesters: {
      subject: "De betrokkene zelf",
      parentWithAuthority: "Ouder met gezag",
      guardian: "Voogd",
      thirdPartyWithConsent: "Iemand anders, met toestemming",
    },
    requesterName: "Naam van wie het verzoek doet",
    receivedOn: "Datum van ontvangst",
    competent:
      "De jongere (12 tot 16 jaar) kan zijn of haar belangen goed overzien",
    submit: "Verzoek vastleggen",
    registered: "Het verzoek is vastgelegd.",
    listHeading: "Open verzoeken",
    caption: "Open verzoeken, de eerste termijn bovenaan",
    empty: "Er zijn geen open verzoeken.",
    columns: {
      deadline: "Antwoord uiterlijk",
      subject: "Over",
      kind: "Verzoek",
      requester: "Gevraagd door",
      status: "Stand",
      actions: "Bewerken",
    },
    overdue: "Te laat",
    statuses: {
      open: "Open",
      extended: "Verlengd",
      granted: "Toegekend, nog uitvoeren",
      refused: "Geweigerd",
      done: "Afgehandeld",
    },
    textLabel: "Toelichting (bij verlengen of weigeren)",
    extend: "Verleng met 2 maanden",
    grant: "Toekennen",
    refuse: "Weigeren",
    done: "Afgehandeld",
    report: "Inzageoverzicht maken",
    saved: (files: string[], directory: string | null) =>
      `Opgeslagen: ${files.join(" en ")}${directory ? ` in ${directory}` : ""}.`,
    erased: (items: number, meetings: number) =>
      `${items} keer inbreng ${items === 1 ? "is" : "zijn"} verwijderd uit ${meetings} ${meetings === 1 ? "overleg" : "overleggen"}.`,
    informHeading:
      "Laat deze ontvangers weten dat de gegevens zijn verwijderd:",
  },
  followUp: {
    open: "Nieuw vervolgoverleg",
    intro:
      "Een vervolgoverleg gaat over dezelfde casus. De afspraken van dit overleg gaan mee; u legt straks per afspraak vast of die is uitgevoerd. De deelnemers en het gezin die aangevinkt blijven, gaan mee. Geheimhouding, aanwezigheid, inbreng, toestemming en vrijgave gaan niet mee: die legt u opnieuw vast.",
    date: "Datum van het vervolgoverleg",
    participantsLegend: "Deelnemers overnemen",
    participantsHint:
      "Vink uit wie er niet meer bij is. Elke deelnemer bevestigt de geheimhouding opnieuw.",
    subjectsLegend: "Gezin overnemen",
    subjectsHint:
      "Vink uit wie dit overleg niet nodig heeft. Een geheim adres gaat nooit mee.",
    /** `Anna Regie – Wijkteam Zuid, Regiehouder (Gezinscoach, 06-12345678)` */
    participantLabel: (
      name: string,
      organisation: string,
      role: string,
      contact: string,
    ) =>
      `${name} – ${organisation}, ${role.toLowerCase()}${contact ? ` (${contact})` : ""}`,
    /** `Sanne de Vries (ouder, geboren 02-03-1988) – geheim adres: opnieuw invoeren` */
    subjectLabel: (
      name: string | null,
      relation: string,
      born: string | null,
      secretAddressLeftBehind: boolean,
    ) => {
      const bornText = born === null ? "" : `, geboren ${born}`;
      const who = name
        ? `${name} (${relation.toLowerCase()}${bornText})`
        : `${relation} (anoniem${bornText})`;
      return secretAddressLeftBehind
        ? `${who} – geheim adres: opnieuw invoeren`
        : who;
    },
    submit: "Vervolgoverleg maken",
    cancel: "Annuleren",
  },
  /** Issue 17 point 1: the family's own voice. */
  voices: {
    heading: "Wat het gezin vindt",
    intro:
      "Leg vast wat het gezin of het kind zelf vindt, wil of niet wil, en hoe het overleg daarop antwoordt. Bij een bezwaar is een antwoord nodig voordat het overleg kan worden afgerond.",
    caption: "Wat het gezin vindt, en het antwoord van het overleg",
    empty: "Er is nog niets vastgelegd van wat het gezin vindt.",
    columns: {
      who: "Van wie",
      what: "Wat zei of schreef diegene",
      answer: "Antwoord van het overleg",
    },
    kinds: {
      view: "Mening",
      wish: "Wens",
      objection: "Bezwaar",
    } as Record<VoiceKind, string>,
    channels: {
      inPerson: "Zelf gezegd in het overleg",
      byCaseLead: "Ingebracht door de regiehouder",
      inWriting: "Schriftelijk",
    } as Record<VoiceChannel, string>,
    noAnswer: "Nog geen antwoord",
    formHeading: "Vastleggen wat het gezin vindt",
    noSubjects: "Voeg eerst een betrokkene toe.",
    who: "Van wie komt het?",
    kind: "Wat is het?",
    channel: "Hoe kwam het in het overleg?",
    text: "Wat zei of schreef diegene?",
    textHint: "Zo veel mogelijk in de eigen woorden.",
    answerOptional: "Antwoord van het overleg (kan ook later)",
    submit: "Toevoegen",
    answerHeading: "Het overleg antwoordt",
    which: "Waarop?",
    answer: "Antwoord",
    saveAnswer: "Antwoord opslaan",
  },
  /** R11: a follow-up shows what was said and decided last time (read-only). */
  lastTime: {
    voicesHeading: (date: string) =>
      `Vorige keer (${date}): wat het gezin vond`,
    voicesCaption: "Wat het gezin in het vorige overleg vond, en het antwoord",
    decisionsHeading: (date: string) =>
      `Besluiten van het vorige overleg (${date})`,
    decisionsCaption:
      "Besluiten van het vorige overleg, waarom, en wie het er niet mee eens was",
    columns: {
      decision: "Besluit",
      why: "Waarom",
      dissent: "Niet mee eens",
    },
    noDissent: "Iedereen was het eens",
  },
  carried: {
    heading: "Afspraken uit het vorige overleg",
    intro:
      "Leg per afspraak vast of die is uitgevoerd. Niet uitgevoerd? Kies waarom. Had de afspraak een voorwaarde die zich niet voordeed? Dan blijft de afspraak staan voor het volgende overleg. Pas daarna kan dit overleg worden afgerond.",
    caption: "Afspraken uit het vorige overleg en wat ervan terechtkwam",
    columns: {
      who: "Wie",
      what: "Wat",
      due: "Wanneer klaar",
      status: "Uitgevoerd?",
    },
    unsettled: "Nog niet vastgelegd",
    done: "Uitgevoerd",
    conditionNotMet: "Voorwaarde deed zich niet voor: de afspraak blijft staan",
    reasons: {
      changedCircumstances: "Omstandigheden veranderd",
      notActedUpon: "Niet opgepakt",
    } as Record<NotDoneReason, string>,
    note: "Toelichting (niet verplicht)",
    save: "Vastleggen",
    which: "Welke afspraak?",
    notDoneWith: (reason: string) => `Niet uitgevoerd: ${reason.toLowerCase()}`,
  },
  presentation: {
    on: "Presentatiemodus",
    off: "Presentatiemodus uit",
    hint: "Sneltoets: Alt + P",
    family: "Gezin",
    participants: "Aan tafel",
    plan: "Plan van aanpak",
    carried: "Afspraken uit het vorige overleg",
    about: "Over",
    empty: "Nog niets.",
    present: "aanwezig",
    absent: "niet aanwezig",
    /** The wall: one topic at a time. */
    opening: "Het overleg",
    date: "Datum",
    purpose: "Doel",
    itemsOf: (name: string, organisation: string) =>
      `Inbreng van ${name} (${organisation})`,
    hidden: (n: number) =>
      n === 1
        ? "1 keer inbreng niet op het scherm"
        : `${n} keer inbreng niet op het scherm`,
    position: (at: number, of: number) => `Onderwerp ${at} van ${of}`,
    keys: "Pijltjes of Page Up/Down: volgend of vorig onderwerp. Esc: terug.",
    region: "Presentatie",
  },
  /** The wall: the chair's per-item mark, in the item row. */
  wall: {
    toggle: "Op het scherm",
    toggleFor: (excerpt: string) => `: ${excerpt}`,
    off: "Niet op het scherm",
  },
  search: {
    heading: "Zoeken",
    query: "Zoek in casussen, deelnemers en inbreng",
    hint: "Elk woord moet voorkomen. Het begin van een woord is genoeg.",
    submit: "Zoeken",
    none: "Niets gevonden.",
    found: (n: number) =>
      n === 1 ? "1 casusoverleg gevonden." : `${n} casusoverleggen gevonden.`,
    matched: {
      caseLabel: "casus",
      participant: "deelnemer",
      item: "inbreng",
    } as Record<SearchSource, string>,
    matchedIn: (where: string) => `gevonden in: ${where}`,
    hits: (n: number) => (n === 1 ? "1 treffer" : `${n} treffers`),
  },
  attendance: {
    heading: "Aanwezigheid",
    kinds: {
      present: "Aanwezig",
      apologies: "Afgemeld",
      observer: "Toehoorder",
    } as Record<AttendanceKind, string>,
    /** The choices of the attendance column (short: they fit a select in a table row). */
    choiceWithInfo: "Afgemeld, info gestuurd",
    choiceWithoutInfo: "Afgemeld, geen info",
    counts: (c: AttendanceCounts) =>
      `${c.present} aanwezig, ${c.apologies} afgemeld (${c.apologiesInfoSent} met informatie vooraf), ${c.observers} ${c.observers === 1 ? "toehoorder" : "toehoorders"}`,
  },
  addressBook: {
    heading: "Adresboek van organisaties",
    intro:
      "Het formulier voor een deelnemer biedt deze organisaties aan: kies er een en de soort organisatie is ingevuld. Een organisatie komt hier als u een deelnemer van die organisatie toevoegt, of als u het profielbestand importeert. De klachtroute komt in de brief aan het gezin. Namen en contactgegevens van deelnemers staan hier niet in.",
    caption: "Organisaties in het adresboek",
    name: "Organisatie",
    type: "Soort organisatie",
    department: "Afdeling of contact",
    departmentHint: "Bijvoorbeeld het team of het algemene telefoonnummer.",
    route: "Klachtroute",
    routeHint:
      "Waar een gezin een klacht over deze organisatie indient: een webadres of een korte uitleg. De brief aan het gezin noemt dit.",
    none: "Het adresboek is leeg.",
    addHeading: "Organisatie opslaan",
    add: "Organisatie opslaan",
    saved: "De organisatie staat in het adresboek.",
    remove: "Verwijderen",
    removeFor: (name: string) => `: ${name} uit het adresboek`,
    removed: "De organisatie is uit het adresboek verwijderd.",
  },
  // Issue 17 point 9: the chair's own organisation, printed on every document.
  organisation: {
    heading: "Organisatie",
    intro:
      "Uw eigen organisatie staat bovenaan het plan, de brief aan het gezin en het inzageoverzicht. De brief noemt ook de privacyfunctionaris en uw klachtenprocedure.",
    none: "Er is nog geen organisatieprofiel. Vul het in of importeer het bestand van uw ICT-afdeling.",
    importHeading: "Profielbestand importeren",
    importIntro:
      "Uw ICT-afdeling kan één bestand geven met uw organisatie en de partnerorganisaties, met hun klachtroute en grondslagen. Importeren vervangt uw organisatie en werkt partners met dezelfde naam bij.",
    importButton: "Profielbestand kiezen en importeren",
    imported: (partners: number) =>
      `Het organisatieprofiel is geïmporteerd, met ${partners} ${partners === 1 ? "partnerorganisatie" : "partnerorganisaties"}.`,
    name: "Naam van uw organisatie",
    address: "Adres",
    addressHint:
      "Straat en huisnummer op de eerste regel, postcode en plaats op de tweede.",
    officer: "Naam van de privacyfunctionaris",
    email: "E-mailadres van de privacyfunctionaris",
    phone: "Telefoonnummer van de privacyfunctionaris",
    procedure: "Klachtenprocedure van uw organisatie",
    procedureHint:
      "Hoe een gezin een klacht over uw organisatie indient. Dit komt in de brief aan het gezin.",
    save: "Organisatie opslaan",
    saved: "Uw organisatie is opgeslagen.",
    logoHeading: "Logo",
    logoIntro:
      "Het logo staat rechtsboven op elk document. Kies een PNG- of JPEG-bestand van hoogstens 200 kB en 2000 bij 2000 pixels.",
    logoAlt: "Het logo van uw organisatie",
    logoNone: "Er is nog geen logo gekozen.",
    logoChoose: "Logo kiezen",
    logoRemove: "Logo verwijderen",
    logoChosen: "Het logo is opgeslagen.",
    logoRemoved: "Het logo is verwijderd.",
  },
  // R2: who sent apologies confirms confidentiality later, before receiving anything.
  laterPledge: {
    heading: "Geheimhouding later bevestigd",
    intro:
      "Wie zich had afgemeld, krijgt pas gegevens of een afspraak als hij of zij de geheimhouding heeft bevestigd. Dat kan ook na het overleg. Leg vast op welke dag dat was.",
    participant: "Deelnemer die zich had afgemeld",
    date: "Datum van bevestigen",
    submit: "Bevestiging vastleggen",
    pledgedOn: (date: string) => `Later bevestigd op ${date}`,
  },
  // R3/R4: why the family is not at the meeting.
  familyAbsence: {
    reason: "Waarom is het gezin er niet bij?",
    hint: "Schrijf dit in een hele zin. Bijvoorbeeld: moeder wil eerst zelf met de school praten en sluit daarna aan.",
  },
  // R15/R17: the maximum retention and the retention of the rights register.
  customBases: {
    heading: "Eigen grondslagen per soort organisatie",
    intro:
      "Mist u een wet waarop een organisatie gegevens mag inbrengen? Voeg de wet en het artikel toe voor dat soort organisatie. Alleen deelnemers van dat soort organisatie kunnen de grondslag daarna kiezen.",
    none: "U heeft nog geen eigen grondslagen toegevoegd.",
    caption: "Eigen grondslagen",
    type: "Soort organisatie",
    law: "Naam van de wet",
    lawHint: "Bijvoorbeeld: Wet op het primair onderwijs",
    article: "Artikel",
    articleHint: "Met het nummer. Bijvoorbeeld: art. 10b",
    note: "Toelichting",
    noteLabel: "Toelichting (niet verplicht)",
    actions: "Bewerken",
    addHeading: "Grondslag toevoegen",
    add: "Grondslag toevoegen",
    added: "De grondslag is toegevoegd.",
    remove: "Verwijderen",
    removed: "De grondslag is verwijderd.",
    removeLabel: (label: string, type: string) =>
      `Verwijder ${label} (${type})`,
  },
  retentionLimits: {
    ceilingHeading: "Langste bewaartermijn",
    ceilingMonths: "Nooit langer bewaren dan dit aantal maanden na het overleg",
    ceilingNote:
      "Verlengen gaat telkens met 6 maanden en een reden, tot deze grens.",
    ceilingSaved: (months: number) =>
      `Opgeslagen. Een overleg wordt nooit langer dan ${months} maanden na de datum bewaard.`,
    rightsHeading: "Bewaartermijn van het register van verzoeken",
    rightsMonths:
      "Bewaren tot dit aantal maanden na het antwoord op een verzoek",
    rightsNote:
      "Daarna worden het verzoek en een toegekend bezwaar vernietigd, met naam en geboortedatum. Open verzoeken blijven staan.",
    rightsSaved: (months: number) =>
      `Opgeslagen. Beantwoorde verzoeken worden ${months} ${months === 1 ? "maand" : "maanden"} na het antwoord vernietigd.`,
  },
} as const;
