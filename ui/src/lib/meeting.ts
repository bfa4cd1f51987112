// Look-ups on a MeetingFlow for display: names, labels and the release matrix. No rules
// are decided here; the back end sends what follows from them (basisProblem, withdrawn,
// checklist).
import type { Basis } from "./bindings/Basis";
import type { CarriedStatus } from "./bindings/CarriedStatus";
import type { ItemProfile } from "./bindings/ItemProfile";
import type { MeetingFlow } from "./bindings/MeetingFlow";
import type { ParticipantProfile } from "./bindings/ParticipantProfile";
import type { ReferenceData } from "./bindings/ReferenceData";
import type { Subject } from "./bindings/Subject";
import { nl } from "./i18n/nl";

/** How the chair recognises a family member: relation, name (or anonymous), age. */
export function subjectLabel(subject: Subject): string {
  return nl.subjects.label(
    nl.subjects.relations[subject.relation],
    subject.name,
    subject.age,
  );
}

export function subjectLabels(meeting: MeetingFlow): Map<string, string> {
  return new Map(meeting.subjects.map((s) => [s.id, subjectLabel(s)]));
}

export function participantNames(meeting: MeetingFlow): Map<string, string> {
  return new Map(meeting.participants.map((p) => [p.id, p.name]));
}

export function profilesById(
  meeting: MeetingFlow,
): Map<string, ParticipantProfile> {
  return new Map(meeting.profiles.map((p) => [p.participantId, p]));
}

export function itemProfilesById(
  meeting: MeetingFlow,
): Map<string, ItemProfile> {
  return new Map(meeting.itemProfiles.map((p) => [p.itemId, p]));
}

/** Organisation type code → Dutch label (the code itself while not loaded). */
export function organisationTypeLabel(
  reference: ReferenceData | null,
  code: string,
): string {
  return (
    reference?.organisationTypes.find((t) => t.code === code)?.label ?? code
  );
}

/** Legal basis code → Dutch label, searched over all organisation types. */
export function legalBasisLabel(
  reference: ReferenceData | null,
  code: string,
): string {
  for (const type of reference?.organisationTypes ?? []) {
    const basis = type.legalBases.find((b) => b.code === code);
    if (basis) return basis.label;
  }
  return code;
}

export function basisText(
  reference: ReferenceData | null,
  basis: Basis | null,
): string {
  if (basis === null) return nl.items.noBasis;
  switch (basis.kind) {
    case "consent":
      return nl.basis.current.consent(
        basis.records.filter((r) => r.withdrawnAt === null).length,
      );
    case "legal":
      return nl.basis.current.legal(
        legalBasisLabel(reference, basis.legalBasis),
      );
    case "conflictOfDuties":
      return nl.basis.current.conflictOfDuties;
  }
}

/** R9/R10: whether the domain allows releasing this item (decided in the back end). */
export function releasable(profile: ItemProfile | undefined): boolean {
  return profile?.releasable ?? false;
}

/** The key of one release matrix cell. */
export function cellKey(itemId: string, recipientId: string): string {
  return `${itemId} ${recipientId}`;
}

/** Release matrix cells as select values: "" undecided, "stays", "release:<actionId>". */
export function releaseValues(meeting: MeetingFlow): Map<string, string> {
  const values = new Map<string, string>();
  for (const cell of meeting.releases) {
    values.set(
      cellKey(cell.itemId, cell.recipientId),
      cell.kind === "stays" ? "stays" : `release:${cell.actionId}`,
    );
  }
  return values;
}

/** R11: what became of an action of the previous meeting, in words. */
export function carriedStatusText(status: CarriedStatus): string {
  switch (status.kind) {
    case "unsettled":
      return nl.carried.unsettled;
    case "done":
      return nl.carried.done;
    case "conditionNotMet":
      return nl.carried.conditionNotMet;
    case "notDone":
      return nl.carried.notDoneWith(nl.carried.reasons[status.reason]);
  }
}
