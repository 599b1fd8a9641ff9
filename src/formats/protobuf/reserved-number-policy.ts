// analyze: a policy over buf's findings. buf's FILE category reports every deleted field or enum
// value (`FIELD_NO_DELETE`), whether or not its number was reserved. A deletion whose number is
// reserved keeps the wire format compatible: only generated code loses an accessor, so it is a
// warning. buf's own `*_NO_DELETE_UNLESS_NUMBER_RESERVED` rules, run beside FILE, tell which is which;
// where both name one deletion, the companion is folded into the FILE finding, so one deletion is one
// finding (as `buf breaking` with FILE reports it) and says whether its number is reserved.
import type { Change } from '../../diff/change.js';

const companions: Readonly<Record<string, string>> = {
  FIELD_NO_DELETE: 'FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED',
  ENUM_VALUE_NO_DELETE: 'ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED',
};

/** The rules to run beside the repository's selection so that the policy can decide. */
export const reservationRules: readonly string[] = Object.values(companions);

export function applyReservedNumberPolicy(changes: readonly Change[]): Change[] {
  const unreserved = new Set(changes.filter((change) => Object.values(companions).includes(change.id)).map((change) => `${change.id}\u0000${deletedElement(change.message)}`));
  const folded = new Set(changes.flatMap((change) => (companions[change.id] === undefined ? [] : [`${companions[change.id]}\u0000${deletedElement(change.message)}`])));
  // A companion without its FILE finding stays: the repository's selection has only the companion (WIRE).
  const kept = changes.filter((change) => !folded.has(`${change.id}\u0000${deletedElement(change.message)}`));
  return kept.map((change) => {
    const companion = companions[change.id];
    if (companion === undefined) return change;
    if (unreserved.has(`${companion}\u0000${deletedElement(change.message)}`)) {
      return { ...change, message: `${change.message} Its number is not reserved, so a later field may reuse it with another meaning.` };
    }
    return {
      ...change,
      level: 'warning',
      message: `${change.message} Its number is reserved, so the wire format stays compatible; code generated from the old file loses it.`,
    };
  });
}

/** `field "2" … on message "User"` / `enum value "1" on enum "Status"`: what both rules name. */
function deletedElement(message: string): string {
  const field = /field "(\d+)".*? on message "([^"]+)"/.exec(message);
  if (field) return `field ${field[1]} ${field[2]}`;
  const value = /enum value "(-?\d+)".*? on enum "([^"]+)"/.exec(message);
  return value ? `enum ${value[1]} ${value[2]}` : message;
}
