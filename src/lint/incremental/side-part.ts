// analyze: one part of one side's lint described as data — which rules, and which units the
// unit-local rules see and traverse from — cached under one label.
import type { LintPart } from '../lint-spec.js';

export interface SidePart {
  /** Names the part in the lint cache's key, together with the spec's content and the ruleset. */
  label: string;
  /** The rules to run, by name; all of them when absent. */
  rules?: readonly string[];
  /**
   * The units the unit-local rules traverse from, in a document reduced to the `kept` units (see
   * lint-change.ts); the whole document when absent.
   */
  units?: { kept: readonly string[]; linted: readonly string[] };
  /** The rules read no more than operations' own fields (see operation-level-view.ts). */
  operationLevel?: boolean;
  /**
   * The run shares its spec's resolution: a whole-document run keeps it, a run of kept units takes
   * it. Not part of the label: it changes how the findings are reached, not what they are.
   */
  shareResolution?: boolean;
}

export function lintPartOf(part: SidePart): LintPart {
  const names = part.rules && new Set(part.rules);
  const rules = names && ((rule: { name: string }) => names.has(rule.name));
  if (!part.units) return { ...(rules ? { rules } : {}), ...(part.operationLevel ? { operationLevelView: true } : {}) };
  return { ...(rules ? { rules } : {}), keptUnits: new Set(part.units.kept), lintedUnits: new Set(part.units.linted), incremental: true };
}
