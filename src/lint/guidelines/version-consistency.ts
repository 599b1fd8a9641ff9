// analyze: a `/vN` in a server URL, a base path or a path names the major version of
// `info.version`. Clients read the version from the URL; a `/v2` on an API whose description says
// 3.1.0 sends them to the wrong documentation. Only a semantic `info.version` (1.2, 1.2.3) says
// anything about `/vN`: date versions (2023-08-16) are left alone. Code of this package, so the
// shipped ruleset needs no JSONPath filter expressions.
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { isJsonObject } from '../../specs/json-object.js';

const SEMANTIC_VERSION = /^v?(\d+)\.\d+/;
const URL_VERSION = /\/v(\d+)(?:\/|$)/;
const PATH_VERSION = /^\/v(\d+)(?:\/|$)/;

const mismatch = 'The /vN version here does not match the major version of info.version.';

function declaredMajor(root: Record<string, unknown>): string | undefined {
  const info = root.info;
  if (!isJsonObject(info)) return undefined;
  return SEMANTIC_VERSION.exec(String(info.version ?? ''))?.[1];
}

function differs(text: unknown, pattern: RegExp, major: string): boolean {
  if (typeof text !== 'string') return false;
  const found = pattern.exec(text)?.[1];
  return found !== undefined && String(Number(found)) !== String(Number(major));
}

export function versionConsistencyFindings(root: unknown): IFunctionResult[] {
  if (!isJsonObject(root)) return [];
  const major = declaredMajor(root);
  if (major === undefined) return [];
  const findings: IFunctionResult[] = [];
  if (Array.isArray(root.servers)) {
    root.servers.forEach((server, index) => {
      if (isJsonObject(server) && differs(server.url, URL_VERSION, major)) findings.push({ message: mismatch, path: ['servers', index, 'url'] });
    });
  }
  if (differs(root.basePath, URL_VERSION, major)) findings.push({ message: mismatch, path: ['basePath'] });
  if (isJsonObject(root.paths)) {
    for (const template of Object.keys(root.paths)) if (differs(template, PATH_VERSION, major)) findings.push({ message: mismatch, path: ['paths', template] });
  }
  return findings;
}

export const apiVersionConsistent = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function apiVersionConsistent(document) {
    return versionConsistencyFindings(document);
  },
);
