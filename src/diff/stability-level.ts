// analyze: `x-stability-level` on operations, as oasdiff reads it: draft < alpha < beta < stable,
// no value counts as stable, and draft/alpha operations may change freely.
export type StabilityLevel = 'draft' | 'alpha' | 'beta' | 'stable';

const ORDER: readonly StabilityLevel[] = ['draft', 'alpha', 'beta', 'stable'];

export type StabilityReading =
  | { ok: true; level: StabilityLevel; declared: boolean }
  | { ok: false; raw: unknown };

export function readStability(operation: unknown): StabilityReading {
  const raw = typeof operation === 'object' && operation !== null
    ? (operation as Record<string, unknown>)['x-stability-level']
    : undefined;
  if (raw === undefined || raw === null) return { ok: true, level: 'stable', declared: false };
  if (typeof raw === 'string' && (ORDER as readonly string[]).includes(raw)) {
    return { ok: true, level: raw as StabilityLevel, declared: true };
  }
  return { ok: false, raw };
}

export function stabilityRank(level: StabilityLevel): number {
  return ORDER.indexOf(level);
}

/** oasdiff's default threshold (`beta`): draft and alpha operations are outside the contract. */
export function isInContract(level: StabilityLevel): boolean {
  return stabilityRank(level) >= stabilityRank('beta');
}
