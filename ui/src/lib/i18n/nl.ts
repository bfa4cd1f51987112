// The one Dutch message catalog. Every text the chair sees comes from here (B1 Dutch).
// Error messages from the back end arrive in Dutch already and are shown as they are.
import type { Category } from "../bindings/Category";
import type { Kind } from "../bindings/Kind";
import type { Role } from "../bindings/Role";
import type { Strength } from "../bindings/Strength";

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

const categories: Record<Category, string> = {
  general: "Algemeen persoonsgegeven",
  special: "Bijzonder persoonsgegeven",
  criminal: "Strafrechtelijk gegeven",
};

const strengths: Record<Strength, string> = {
  tooShort: "Te kort (minimaal 12 tekens)",
  weak: "Zwak",
  fair: "Redelijk",
  strong: "Sterk",
};

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
  },
  header: {
    lock: "Vergrendel",
    lockDescription: "Vergrendel de app. Daarna is het wachtwoord weer nodig.",
  },
  common: {
    optional: "(niet verplicht)",
    busy: "Bezig…",
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
    title: "Overzicht",
    heading: "Casusoverleggen",
    newMeeting: "Nieuw casusoverleg",
    empty:
      "Er zijn nog geen casusoverleggen. Kies 'Nieuw casusoverleg' om te beginnen.",
    caption: "Alle casusoverleggen, nieuwste eerst",
    columns: {
      caseLabel: "Casus",
      date: "Datum",
      purpose: "Doel van het overleg",
      participants: "Deelnemers",
      items: "Inbreng",
    },
    open: (caseLabel: string) => `Open casusoverleg ${caseLabel}`,
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
    date: "Datum",
    purpose: "Doel van het overleg",
  },
  participants: {
    heading: "Deelnemers",
    empty: "Er zijn nog geen deelnemers.",
    caption: "Deelnemers aan dit casusoverleg",
    columns: {
      name: "Naam",
      organisation: "Organisatie",
      function: "Functie",
      role: "Rol",
    },
    formHeading: "Deelnemer toevoegen",
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
    heading: "Inbreng",
    empty: "Er is nog geen inbreng.",
    caption: "Inbreng in dit casusoverleg",
    columns: {
      contributor: "Inbrenger",
      kind: "Feit of mening",
      category: "Soort gegeven",
      text: "Inbreng",
    },
    formHeading: "Inbreng toevoegen",
    noParticipants:
      "Voeg eerst een deelnemer toe. Daarna kunt u inbreng vastleggen.",
    contributor: "Inbrenger",
    text: "Inbreng",
    kind: "Feit of mening",
    category: "Soort gegeven",
    submit: "Inbreng toevoegen",
    unknownContributor: "Onbekende deelnemer",
    kinds,
    categories,
  },
} as const;
