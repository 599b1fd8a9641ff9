// analyze: Spectral throws ruleset problems as one error or an AggregateError of them; this
// flattens either into path + message pairs we can place on a line.
import type { JsonPath } from '../specs/source-location.js';

export interface ValidationError {
  path: JsonPath;
  message: string;
}

export function validationErrors(error: unknown): ValidationError[] {
  const nested = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(nested)) return nested.flatMap(validationErrors);
  const path = (error as { path?: unknown } | null)?.path;
  return [
    {
      path: Array.isArray(path) ? path.filter((segment): segment is string | number => typeof segment === 'string' || typeof segment === 'number') : [],
      message: error instanceof Error ? error.message : String(error),
    },
  ];
}

/** Spectral's messages rarely name the field ("the value has to be one of…"): prefix its path. */
export function describeValidationError(error: ValidationError): string {
  return error.path.length === 0 ? error.message : `${error.path.join('.')}: ${error.message}`;
}
