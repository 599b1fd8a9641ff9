// assess: what a consumer of a removed operation does, from what the base said about it. The plan
// says "move to X" only when the operation named X (x-replaced-by, a successor Link header, its
// description); otherwise it says to ask for one, by the sunset date when there is one.
import type { OperationFacts } from './operation-facts.js';

/** The ids of an operation removed from the head (whole path or one method). */
export const OPERATION_REMOVAL = /^api-(?:path-)?removed-/;

export function isOperationRemoval(id: string): boolean {
  return OPERATION_REMOVAL.test(id);
}

export function removalAdvice(operation: string, facts: OperationFacts | undefined): string {
  const deadline = facts?.sunset ?? 'this version ships';
  if (facts?.replacement) return `Stop calling ${operation}: move to ${facts.replacement} before ${deadline}.`;
  return `Stop calling ${operation}: no replacement is named, so ask the provider for one before ${deadline}.`;
}
