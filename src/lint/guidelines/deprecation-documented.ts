// analyze: a deprecated operation or parameter names its sunset and its replacement. Several
// forms say so and each counts: `x-sunset`, a `Sunset` response header (RFC 8594) or a removal
// date in the description for the date; `x-replaced-by`, the description, or a `Link` header
// (rel="successor-version") for the replacement. Response headers sit behind `$ref`s, so this reads the document, not one node.
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import type { JsonObject } from '../../specs/json-object.js';
import { operationsOf, responseHeaderNames, responsesOf, type Path } from './api-document.js';
import { NAMES_REPLACEMENT, NAMES_SUNSET } from './deprecation-wording.js';

export interface DeprecationEvidence {
  sunsetHeader: boolean;
  successorLink: boolean;
}

export function missingParts(element: JsonObject, evidence: DeprecationEvidence): string[] {
  const missing: string[] = [];
  const prose = typeof element.description === 'string' ? element.description : '';
  const sunset = element['x-sunset'] !== undefined || evidence.sunsetHeader || NAMES_SUNSET.test(prose);
  const replacement =
    element['x-replaced-by'] !== undefined || evidence.successorLink || NAMES_REPLACEMENT.test(prose);
  if (!sunset) missing.push('its sunset (x-sunset, a Sunset response header, or a removal date in the description)');
  if (!replacement) missing.push('its replacement (x-replaced-by, the description, or a Link rel="successor-version" header)');
  return missing;
}

export function deprecationFindings(root: unknown): IFunctionResult[] {
  const findings: IFunctionResult[] = [];
  const report = (what: string, path: Path, missing: string[]): void => {
    if (missing.length > 0) findings.push({ message: `Deprecated ${what} must name ${missing.join(' and ')}`, path });
  };
  for (const operation of operationsOf(root)) {
    const headers = responseHeaderNames(responsesOf(root, operation));
    const evidence = { sunsetHeader: headers.has('sunset'), successorLink: headers.has('link') };
    const where = `${operation.method.toUpperCase()} ${operation.template}`;
    if (operation.value.deprecated === true) report(`operation ${where}`, operation.path, missingParts(operation.value, evidence));
    for (const parameter of operation.parameters) {
      if (parameter.value.deprecated !== true) continue;
      report(`parameter "${String(parameter.value.name)}" of ${where}`, parameter.path, missingParts(parameter.value, evidence));
    }
  }
  return findings;
}

export const apiDeprecationDocumented = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function apiDeprecationDocumented(document) {
    return deprecationFindings(document);
  },
);
