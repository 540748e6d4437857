import type { RegistrationStatus, SessionState, StakeholderGroup } from '../../../../../shared/model/session';
import { registrationsOf } from '../../../../../shared/model/session';
import { doorRound, nameMatches } from '../../../../../shared/rules/door';
import { tableFor } from '../../../../../shared/rules/phase';

/** One line of the desk's check-in list: a registration, or someone added at the door without one. */
export type DoorRow = {
  /** The registration's id; null for a walk-in (nothing to tick: they were added checked in). */
  registrationId: string | null;
  participantId: string;
  name: string;
  group: StakeholderGroup | null;
  sandwich: boolean;
  remarks: string;
  status: RegistrationStatus | null;
  here: boolean;
  /** They opened their personal link on their own phone. */
  onPhone: boolean;
  /** Where they sit in the round the door tells (a plan is out and they have a seat). */
  seat: { table: string; round: number } | null;
};

/** Where someone sits in the round the door tells, once a plan is out. */
export function seatOf(state: SessionState, participantId: string): DoorRow['seat'] {
  const round = doorRound(state);
  if (round === null || (state.planPublishedAt ?? null) === null) return null;
  const tableId = tableFor(state, participantId, round);
  const table = state.tables.find((t) => t.id === tableId);
  return table === undefined ? null : { table: table.title, round };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The desk's list, by name: the registrations (the desk holds them without e-mail and phone)
 * and the walk-ins (named to the desk because it added them), the search applied.
 */
export function doorRows(state: SessionState, query: string): { registrations: DoorRow[]; walkIns: DoorRow[] } {
  const rows = (list: DoorRow[]) =>
    list.filter((r) => nameMatches(r.name, query)).sort((a, b) => collator.compare(a.name, b.name));
  const registrations = Object.values(registrationsOf(state)).map((r): DoorRow => {
    const p = state.participants[r.participantId];
    const here = p !== undefined && p.checkedInAt !== null;
    return {
      registrationId: r.id,
      participantId: r.participantId,
      name: r.name,
      group: r.group,
      sandwich: r.sandwich,
      remarks: r.remarks,
      status: r.status,
      here,
      onPhone: p !== undefined && p.noPhone !== true,
      seat: here ? seatOf(state, r.participantId) : null,
    };
  });
  const walkIns = Object.values(state.participants)
    .filter((p) => p.noPhone === true && (p.registrationId ?? null) === null && p.name !== null)
    .map(
      (p): DoorRow => ({
        registrationId: null,
        participantId: p.id,
        name: p.name ?? '',
        group: p.group,
        sandwich: p.sandwich,
        remarks: '',
        status: null,
        here: p.checkedInAt !== null,
        onPhone: false,
        seat: seatOf(state, p.id),
      }),
    );
  return { registrations: rows(registrations), walkIns: rows(walkIns) };
}
