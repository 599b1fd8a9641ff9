// assess: the reviewer's checklist, derived from what the change actually touches. Items the
// head already satisfies are ticked, so the list shows what is left to do. The lint has the last
// word: an item is never ticked while a lint finding on that operation says the same thing is
// missing (the facts are a quick reading of the operation, the rules the careful one).
import type { Change } from '../diff/change.js';
import type { ContractFormat } from '../formats/contract-format.js';
import type { LintFinding } from '../lint/index.js';
import { majorVersionBumped, parseSemver } from '../specs/semantic-version.js';
import type { ChecklistItem } from './review.js';
import type { OperationFacts } from './operation-facts.js';

export interface ChecklistInput {
  /** Facts of every operation the change adds. */
  newOperations: OperationFacts[];
  /** Facts of operations the change newly deprecates. */
  newlyDeprecated: OperationFacts[];
  breaking: Change[];
  /** Every change, for removal and deprecation checks. */
  changes: Change[];
  baseVersion?: string;
  headVersion?: string;
  /** Lint findings of the head, new and existing. */
  headFindings?: LintFinding[];
  /** AsyncAPI, GraphQL and Protobuf get the checklist in their own terms. */
  format?: ContractFormat;
}

/** The guideline rules that speak to each item, by the item's concern. */
const ITEM_RULES = {
  errors: ['api-error-responses', 'api-server-error-response', 'api-auth-error-responses', 'api-rate-limit-response', 'api-error-problem-details'],
  security: ['api-operation-security', 'api-public-opt-out'],
  pagination: ['api-collection-pagination'],
  idempotency: ['api-idempotency-key'],
  deprecation: ['api-deprecated-sunset'],
} as const satisfies Record<string, readonly string[]>;

type Concern = keyof typeof ITEM_RULES;

/** True when a finding of `concern`'s rules sits on the operation (or below it). */
function lintSaysMissing(findings: readonly LintFinding[], facts: OperationFacts, concern: Concern): boolean {
  const codes: readonly string[] = ITEM_RULES[concern];
  return findings.some(
    (finding) => codes.includes(finding.code) && finding.path[0] === 'paths' && finding.path[1] === facts.path && finding.path[2] === facts.method.toLowerCase(),
  );
}

/** What a reviewer asks of a breaking change, in each contract format's own terms. */
const contractBreakingItems: Record<Exclude<ContractFormat, 'openapi'>, readonly string[]> = {
  graphql: [
    'Deprecate fields, arguments and enum values (`@deprecated(reason: …)`) before removing them',
    'Check the operations clients actually send (persisted queries, schema registry usage) against the change',
  ],
  protobuf: [
    'Reserve the numbers and names of removed fields and enum values (`reserved`)',
    'Ship wire-incompatible changes in a new package version (e.g. `….v2`) beside the old one',
  ],
  asyncapi: [
    'Deprecate channels, operations and messages before removing them, and keep publishing the old payload until consumers moved',
    'Bump the major version in `info.version`',
  ],
};

const removalIds = /^(api-path-removed|api-removed|request-parameter-removed)/;

export function buildChecklist(input: ChecklistInput): ChecklistItem[] {
  const findings = input.headFindings ?? [];
  return [...newOperationItems(input.newOperations, findings), ...deprecationItems(input.newlyDeprecated, findings), ...breakingItems(input)];
}

function newOperationItems(operations: OperationFacts[], findings: readonly LintFinding[]): ChecklistItem[] {
  return operations.flatMap((facts) => {
    const because = `new operation ${facts.operation}`;
    const missing = (concern: Concern): boolean => lintSaysMissing(findings, facts, concern);
    const items: ChecklistItem[] = [
      { text: `Document error responses (4xx/5xx) for \`${facts.operation}\``, done: facts.hasErrorResponses && !missing('errors'), because },
      { text: `Declare security for \`${facts.operation}\``, done: facts.hasSecurity && !missing('security'), because },
      { text: `Add request/response examples for \`${facts.operation}\``, done: facts.hasExamples, because },
    ];
    // The lint reads collections and creations more closely than the facts: when it reports one,
    // the item is listed even where the facts did not see it.
    if (facts.isCollectionGet || missing('pagination')) {
      items.push({ text: `Paginate the collection \`${facts.operation}\``, done: facts.hasPagination && !missing('pagination'), because });
    }
    if (facts.isCreate || missing('idempotency')) {
      items.push({ text: `Accept an \`Idempotency-Key\` header on \`${facts.operation}\``, done: facts.hasIdempotencyKey && !missing('idempotency'), because });
    }
    return items;
  });
}

function deprecationItems(operations: OperationFacts[], findings: readonly LintFinding[]): ChecklistItem[] {
  return operations.map((facts) => ({
    text: `Give the deprecated \`${facts.operation}\` a sunset date (\`x-sunset\` or a \`Sunset\` header) and name its replacement`,
    done: facts.hasSunset && facts.hasReplacement && !lintSaysMissing(findings, facts, 'deprecation'),
    because: `${facts.operation} is newly deprecated`,
  }));
}

function breakingItems(input: ChecklistInput): ChecklistItem[] {
  if (input.breaking.length === 0) return [];
  const because = `${input.breaking.length} breaking change${input.breaking.length === 1 ? '' : 's'}`;
  if (input.format && input.format !== 'openapi') {
    return [
      ...contractBreakingItems[input.format].map((text) => ({ text, done: false, because })),
      { text: 'Tell the API consumers: changelog entry and migration guide, with the date the change ships', done: false, because },
    ];
  }
  const removalsWithoutDeprecation = input.breaking.filter((change) => removalIds.test(change.id));
  return [
    {
      text: `Bump the major version in \`info.version\`${versionNote(input)}`,
      done: majorVersionBumped(input.baseVersion, input.headVersion),
      because,
    },
    {
      text: 'Deprecate operations and parameters (with `x-sunset`) before removing them',
      done: removalsWithoutDeprecation.length === 0,
      because,
    },
    { text: 'Tell the API consumers: changelog entry and migration guide, with the date the change ships', done: false, because },
  ];
}

/** The versions, and semver's 0.y.z rule when it applies: below 1.0.0 the minor is the major. */
function versionNote(input: ChecklistInput): string {
  if (!input.baseVersion) return '';
  const belowOne = parseSemver(input.baseVersion)?.major === 0 ? 'below 1.0.0 the minor counts; ' : '';
  return ` (${belowOne}base: ${input.baseVersion}, head: ${input.headVersion ?? 'none'})`;
}
