// analyze: one versioning scheme per API, applied to every path. A version can travel in a path
// segment (or the server URL), a header, a query parameter or a media type; mixing two leaves
// clients guessing which one wins, and versioning some paths but not others splits the API in
// two. Both are properties of the whole description.
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { isJsonObject } from '../../specs/json-object.js';
import { VERSION_SEGMENT, operationsOf, pathSegments, responsesOf, type Path } from './api-document.js';

type Scheme = 'path segment' | 'header' | 'query parameter' | 'media type';

const VERSION_HEADER = /^(x-)?(api-)?version$|^accept-version$|^x-api-version$/i;
const VERSION_QUERY = /^(api[-_]?version|version|v)$/i;
const VERSIONED_MEDIA_TYPE = /vnd\.[^;]*\.v\d+|[;+]\s*version=|;\s*v=\d/i;

interface SchemeUse {
  scheme: Scheme;
  path: Path;
}

function urlHasVersion(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  return url.split(/[/?#]/).some((segment) => VERSION_SEGMENT.test(segment));
}

function serverVersioned(root: Record<string, unknown>): SchemeUse | undefined {
  if (Array.isArray(root.servers)) {
    const index = root.servers.findIndex((server) => isJsonObject(server) && urlHasVersion(server.url));
    if (index !== -1) return { scheme: 'path segment', path: ['servers', index, 'url'] };
  }
  return urlHasVersion(root.basePath) ? { scheme: 'path segment', path: ['basePath'] } : undefined;
}

function pathVersioned(template: string): boolean {
  return pathSegments(template).some((segment) => segment.literal && VERSION_SEGMENT.test(segment.text));
}

export function schemeUses(root: unknown): SchemeUse[] {
  if (!isJsonObject(root)) return [];
  const uses: SchemeUse[] = [];
  const server = serverVersioned(root);
  if (server) uses.push(server);
  if (isJsonObject(root.paths)) {
    for (const template of Object.keys(root.paths)) if (pathVersioned(template)) uses.push({ scheme: 'path segment', path: ['paths', template] });
  }
  for (const operation of operationsOf(root)) {
    for (const parameter of operation.parameters) {
      const name = String(parameter.value.name);
      if (parameter.value.in === 'header' && VERSION_HEADER.test(name)) uses.push({ scheme: 'header', path: parameter.path });
      if (parameter.value.in === 'query' && VERSION_QUERY.test(name)) uses.push({ scheme: 'query parameter', path: parameter.path });
    }
    const bodies = [operation.value.requestBody, ...[...responsesOf(root, operation).values()].map((response) => response.value)];
    for (const body of bodies) {
      if (!isJsonObject(body) || !isJsonObject(body.content)) continue;
      const versioned = Object.keys(body.content).find((type) => VERSIONED_MEDIA_TYPE.test(type));
      if (versioned !== undefined) uses.push({ scheme: 'media type', path: operation.path });
    }
  }
  return uses;
}

function mixedSchemes(uses: SchemeUse[]): IFunctionResult[] {
  const byScheme = new Map<Scheme, SchemeUse[]>();
  for (const use of uses) byScheme.set(use.scheme, [...(byScheme.get(use.scheme) ?? []), use]);
  if (byScheme.size < 2) return [];
  // The scheme most places use is the API's; the others are reported where they first appear.
  const ranked = [...byScheme.entries()].sort((a, b) => b[1].length - a[1].length);
  const [main] = ranked[0] as [Scheme, SchemeUse[]];
  return ranked.slice(1).map(([scheme, places]) => ({
    message: `This API versions by ${main} and also by ${scheme}: use one versioning scheme`,
    path: (places[0] as SchemeUse).path,
  }));
}

function unversionedPaths(root: unknown): IFunctionResult[] {
  if (!isJsonObject(root) || !isJsonObject(root.paths) || serverVersioned(root)) return [];
  const templates = Object.keys(root.paths);
  const versioned = templates.filter(pathVersioned);
  if (versioned.length === 0 || versioned.length === templates.length) return [];
  return templates
    .filter((template) => !pathVersioned(template))
    .map((template) => ({ message: `Path "${template}" has no version segment while ${versioned.length} other paths have one (e.g. "${String(versioned[0])}")`, path: ['paths', template] }));
}

export function versioningFindings(root: unknown): IFunctionResult[] {
  return [...mixedSchemes(schemeUses(root)), ...unversionedPaths(root)];
}

export const apiVersioning = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function apiVersioning(document) {
    return versioningFindings(document);
  },
);
