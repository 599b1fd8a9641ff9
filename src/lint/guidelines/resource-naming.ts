// analyze: resource names in paths. Collections are plural nouns and actions are not segments:
// a reviewer reads `/shipment/{id}`, `/fetchOrders` and `POST /accounts/{id}/suspend` as the same
// mistake, a URL naming a procedure instead of a resource. Reads path keys only; version
// segments (`v1`) and path parameters are neither nouns nor verbs.
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { isJsonObject } from '../../specs/json-object.js';
import { VERSION_SEGMENT, pathSegments } from './api-document.js';

export interface ResourceNamingOptions {
  check: 'plural' | 'no-verbs';
}

/** Verbs that start RPC-style segments wherever they stand first (`/get-orders`, `/fetchOrders`, `/{id}/suspend`). */
const VERBS = new Set(
  (
    'get fetch create add update modify edit delete remove do make execute exec perform cancel approve reject suspend activate ' +
    'deactivate enable disable send submit retry unarchive restore unpublish verify validate confirm calculate compute generate ' +
    'logout signin signout signup subscribe unsubscribe unlock finalize pay assign unassign unblock invite decline resend notify ' +
    'revoke renew rotate reactivate resume pause reopen'
  ).split(' '),
);

/**
 * Words that are verbs and nouns alike (`archive-requests`, `charges`, `uploads`): an action only
 * as the whole segment (`/orders/{orderId}/archive`).
 */
const NOUN_VERBS = new Set('archive charge transfer upload download export import process run set list lock block login register trigger void capture refresh sync reset complete close start stop publish refund'.split(' '));

/** Nouns with no `s` plural, or whose singular already reads as a collection. */
const UNCOUNTABLE = new Set('data metadata media staff feedback information info news equipment software hardware people children men women criteria series species'.split(' '));

/** The first word of a kebab-case, snake_case or camelCase segment. */
export function firstWord(segment: string): string {
  return (segment.split(/[-_]/)[0] ?? '').split(/(?=[A-Z])/)[0]?.toLowerCase() ?? '';
}

export function lastWord(segment: string): string {
  const words = segment.split(/[-_]|(?=[A-Z])/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

export function isVerbSegment(segment: string): boolean {
  return VERBS.has(firstWord(segment)) || NOUN_VERBS.has(segment.toLowerCase());
}

export function looksPlural(segment: string): boolean {
  const word = lastWord(segment);
  if (UNCOUNTABLE.has(word)) return true;
  // `addresses`, `orders`; not `address`, `status`, `analysis`.
  return /s$/.test(word) && !/(ss|us|is)$/.test(word);
}

function pluralFindings(template: string, item: Record<string, unknown>): IFunctionResult[] {
  const segments = pathSegments(template);
  const createsHere = isJsonObject(item.post);
  return segments.flatMap((segment, index) => {
    if (!segment.literal || VERSION_SEGMENT.test(segment.text) || isVerbSegment(segment.text) || looksPlural(segment.text)) return [];
    const next = segments[index + 1];
    const namesMember = next !== undefined && !next.literal;
    const collectsHere = next === undefined && createsHere;
    if (!namesMember && !collectsHere) return [];
    return [{ message: `Path "${template}": the resource segment "${segment.text}" should be a plural noun (e.g. "${segment.text}s")`, path: ['paths', template] }];
  });
}

function verbFindings(template: string): IFunctionResult[] {
  const segments = pathSegments(template);
  return segments.flatMap((segment, index) => {
    if (!segment.literal || !isVerbSegment(segment.text)) return [];
    const previous = segments[index - 1];
    const action = previous !== undefined && !previous.literal && index === segments.length - 1;
    const message = action
      ? `Path "${template}": "${segment.text}" is an RPC-style action segment; create a noun sub-resource instead (POST /accounts/{id}/suspensions rather than /suspend) or change the resource's state with PATCH`
      : `Path "${template}": the segment "${segment.text}" starts with a verb; name the resource, and let the HTTP method say what happens`;
    return [{ message, path: ['paths', template] }];
  }).slice(0, 1);
}

export function resourceNamingFindings(paths: unknown, options: ResourceNamingOptions): IFunctionResult[] {
  if (!isJsonObject(paths)) return [];
  return Object.entries(paths).flatMap(([template, item]) => {
    const pathItem = isJsonObject(item) ? item : {};
    return options.check === 'plural' ? pluralFindings(template, pathItem).slice(0, 1) : verbFindings(template);
  });
}

export const apiResourceNaming = createRulesetFunction<unknown, ResourceNamingOptions>(
  {
    input: null,
    options: {
      type: 'object',
      properties: { check: { enum: ['plural', 'no-verbs'] } },
      required: ['check'],
      additionalProperties: false,
    },
  },
  function apiResourceNaming(paths, options) {
    return resourceNamingFindings(paths, options);
  },
);
