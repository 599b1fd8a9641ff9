// analyze: the value keywords: `enum` (a set: reordering is no change), `x-extensible-enum`,
// `const` and `default`. Direction lives in the ids: a removed enum value breaks a request and
// narrows a response; an added one is harmless in a request and a warning in a response.
import { jsonEqual, missingValues, showValue } from './json-equal.js';
import type { NodeComparison } from './node-comparison.js';
import { has, listKeyword } from './schema-object.js';

export function compareValues(comparison: NodeComparison): void {
  compareEnum(comparison);
  compareExtensibleEnum(comparison);
  compareConst(comparison);
  compareDefault(comparison);
}

function compareEnum(comparison: NodeComparison): void {
  const base = listKeyword(comparison.base, 'enum');
  const head = listKeyword(comparison.head, 'enum');
  if (base === undefined && head === undefined) return;
  if (base === undefined && head !== undefined) {
    comparison.aspect('became-enum', `was restricted to the values ${head.map(showValue).join(', ')}`);
  }
  for (const value of missingValues(base ?? [], head ?? [])) {
    comparison.aspect('enum-value-removed', `lost the enum value ${showValue(value)}`, 'head');
  }
  for (const value of missingValues(head ?? [], base ?? [])) {
    comparison.aspect('enum-value-added', `gained the enum value ${showValue(value)}`);
  }
}

function compareExtensibleEnum(comparison: NodeComparison): void {
  const base = listKeyword(comparison.base, 'x-extensible-enum') ?? [];
  const head = listKeyword(comparison.head, 'x-extensible-enum') ?? [];
  for (const value of missingValues(base, head)) {
    comparison.aspect('x-extensible-enum-value-removed', `lost the \`x-extensible-enum\` value ${showValue(value)}`);
  }
}

function compareConst(comparison: NodeComparison): void {
  compareKeywordValue(comparison, 'const', 'const');
}

function compareDefault(comparison: NodeComparison): void {
  const { site, root } = comparison.position;
  // The default of a required parameter is never used, so oasdiff does not judge it.
  if (site.subject === 'parameter' && root && site.required === true) return;
  compareKeywordValue(comparison, 'default', 'default-value');
}

function compareKeywordValue(comparison: NodeComparison, keyword: string, aspect: string): void {
  const inBase = has(comparison.base, keyword);
  const inHead = has(comparison.head, keyword);
  const base = comparison.base[keyword];
  const head = comparison.head[keyword];
  if (inBase && inHead) {
    if (!jsonEqual(base, head)) {
      comparison.aspect(`${aspect}-changed`, `\`${keyword}\` changed from ${showValue(base)} to ${showValue(head)}`);
    }
  } else if (inHead) {
    comparison.aspect(`${aspect}-added`, `gained \`${keyword}\` ${showValue(head)}`);
  } else if (inBase) {
    comparison.aspect(`${aspect}-removed`, `lost \`${keyword}\` ${showValue(base)}`, 'base');
  }
}
