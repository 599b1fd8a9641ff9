// analyze: resource names in paths. Collections are plural nouns and actions are not segments:
// a reviewer reads `/shipment/{id}`, `/fetchOrders` and `POST /accounts/{id}/suspend` as the same
// mistake, a URL naming a procedure instead of a resource. Reads path keys only; version
// segments (`v1`) and path parameters are neither nouns nor verbs.
import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { isJsonObject } from '../../specs/json-object.js';
import { VERSION_SEGMENT, operationsOf, pathSegments } from './api-document.js';
import { isCollectionGet } from './collection-pagination.js';
import { createsResource } from './creating-operation.js';

export interface ResourceNamingOptions {
  check: 'plural' | 'no-verbs';
}

/** Verbs that start RPC-style segments wherever they stand first (`/get-orders`, `/fetchOrders`, `/{id}/suspend`). */
const VERBS = new Set(
  (
    'get fetch create add update modify edit delete remove do make execute exec perform cancel approve reject suspend activate ' +
    'deactivate enable disable send submit retry unarchive restore unpublish verify validate confirm calculate compute generate ' +
    'logout signin signout signup subscribe unsubscribe unlock finalize pay assign unassign unblock invite decline resend notify ' +
    'revoke renew rotate reactivate resume pause reopen retrieve find lookup save load duplicate convert deliver dispatch fulfill ' +
    'fulfil redeem terminate restart reboot downgrade uninstall rollback mark attach detach unlink unshare unfollow accept ban mute ' +
    'unmute reserve'
  ).split(' '),
);

/**
 * Words that are verbs and nouns alike (`archive-requests`, `charges`, `uploads`): an action only
 * as the whole segment (`/orders/{orderId}/archive`).
 */
const NOUN_VERBS = new Set(
  (
    'archive charge transfer upload download export import process run set list lock block login register trigger void capture ' +
    'refresh sync reset complete close start stop publish refund ship schedule query count book copy move merge check flag link ' +
    'share like report read write follow clone deploy install upgrade sign-in sign-out sign-up log-in log-out'
  ).split(' '),
);

/** Nouns with no `s` plural, or whose singular already reads as a collection. */
const UNCOUNTABLE = new Set('data metadata media staff feedback information info news equipment software hardware people children men women criteria series species history'.split(' '));

/** Conventional non-resource segments a reviewer accepts under a collection (`/charges/search`). */
const CONVENTIONAL = new Set(['search', 'me', 'self', 'current', 'batch', 'bulk']);

/** The first word of a kebab-case, snake_case or camelCase segment. */
export function firstWord(segment: string): string {
  return (segment.split(/[-_]/)[0] ?? '').split(/(?=[A-Z])/)[0]?.toLowerCase() ?? '';
}

export function lastWord(segment: string): string {
  // `projectsV2`: a version suffix is not the word that names the resource.
  const words = segment.replace(/[-_]?v\d+$/i, '').split(/[-_]|(?=[A-Z])/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

export function isVerbSegment(segment: string): boolean {
  return VERBS.has(firstWord(segment)) || NOUN_VERBS.has(segment.toLowerCase());
}

export function looksPlural(segment: string): boolean {
  const word = lastWord(segment);
  if (UNCOUNTABLE.has(word)) return true;
  // `following`, `scoped`, `nested`: participles qualify a resource, they do not name one.
  if (/(ing|ed)$/.test(word)) return true;
  // `addresses`, `orders`; not `address`, `status`, `analysis`.
  return /s$/.test(word) && !/(ss|us|is)$/.test(word);
}

/** The operations of one path, to tell a collection (a list GET, a creating POST) from a singleton. */
interface PathUse {
  template: string;
  listsHere: boolean;
  createsHere: boolean;
}

function pluralFindings({ template, listsHere, createsHere }: PathUse): IFunctionResult[] {
  const segments = pathSegments(template);
  return segments.flatMap((segment, index) => {
    if (!segment.literal || VERSION_SEGMENT.test(segment.text) || isVerbSegment(segment.text) || CONVENTIONAL.has(segment.text.toLowerCase()) || looksPlural(segment.text)) return [];
    const next = segments[index + 1];
    const namesMember = next !== undefined && !next.literal;
    const collectsHere = next === undefined && (listsHere || createsHere);
    if (!namesMember && !collectsHere) return [];
    return [{ message: `Path "${template}": the resource segment "${segment.text}" should be a plural noun (e.g. "${pluralOf(segment.text)}")`, path: ['paths', template] }];
  });
}

/** A suggestion for the message, not a dictionary: `category` -> `categories`, `box` -> `boxes`. */
export function pluralOf(segment: string): string {
  if (/[^aeiou]y$/.test(segment)) return `${segment.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(segment)) return `${segment}es`;
  return `${segment}s`;
}

function verbFindings(template: string): IFunctionResult[] {
  const segments = pathSegments(template);
  return segments.flatMap((segment, index) => {
    if (!segment.literal || !isVerbSegment(segment.text)) return [];
    const previous = segments[index - 1];
    const action = previous !== undefined && !previous.literal && index === segments.length - 1;
    const message = action
      ? `Path "${template}": "${segment.text}" is an RPC-style action segment; create a noun sub-resource instead (e.g. POST …/suspensions rather than …/suspend) or change the resource's state with PATCH`
      : `Path "${template}": the segment "${segment.text}" starts with a verb; name the resource, and let the HTTP method say what happens`;
    return [{ message, path: ['paths', template] }];
  }).slice(0, 1);
}

export function resourceNamingFindings(root: unknown, options: ResourceNamingOptions): IFunctionResult[] {
  if (!isJsonObject(root) || !isJsonObject(root.paths)) return [];
  if (options.check === 'no-verbs') return Object.keys(root.paths).flatMap(verbFindings);
  const uses = new Map<string, PathUse>(Object.keys(root.paths).map((template) => [template, { template, listsHere: false, createsHere: false }]));
  for (const operation of operationsOf(root)) {
    const use = uses.get(operation.template);
    if (use === undefined) continue;
    use.listsHere ||= isCollectionGet(root, operation);
    use.createsHere ||= createsResource(root, operation);
  }
  return [...uses.values()].flatMap((use) => pluralFindings(use).slice(0, 1));
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
  function apiResourceNaming(document, options) {
    return resourceNamingFindings(document, options);
  },
);
