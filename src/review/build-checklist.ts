// assess: the reviewer's checklist, derived from what the change actually touches. Items the
// head already satisfies are ticked, so the list shows what is left to do.
import type { Change } from '../diff/change.js';
import type { ContractFormat } from '../formats/contract-format.js';
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
  /** AsyncAPI, GraphQL and Protobuf get the checklist in their own terms. */
  format?: ContractFormat;
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
  return [...newOperationItems(input.newOperations), ...deprecationItems(input.newlyDeprecated), ...breakingItems(input)];
}

function newOperationItems(operations: OperationFacts[]): ChecklistItem[] {
  return operations.flatMap((facts) => {
    const because = `new operation ${facts.operation}`;
    const items: ChecklistItem[] = [
      { text: `Document error responses (4xx/5xx) for \`${facts.operation}\``, done: facts.hasErrorResponses, because },
      { text: `Declare security for \`${facts.operation}\``, done: facts.hasSecurity, because },
      { text: `Add request/response examples for \`${facts.operation}\``, done: facts.hasExamples, because },
    ];
    if (facts.isCollectionGet) {
      items.push({ text: `Paginate the collection \`${facts.operation}\``, done: facts.hasPagination, because });
    }
    if (facts.isCreate) {
      items.push({ text: `Accept an \`Idempotency-Key\` header on \`${facts.operation}\``, done: facts.hasIdempotencyKey, because });
    }
    return items;
  });
}

function deprecationItems(operations: OperationFacts[]): ChecklistItem[] {
  return operations.map((facts) => ({
    text: `Give the deprecated \`${facts.operation}\` a sunset date (\`x-sunset\`) and name its replacement`,
    done: facts.hasSunset,
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
      text: `Bump the major version in \`info.version\`${input.baseVersion ? ` (base: ${input.baseVersion}, head: ${input.headVersion ?? 'none'})` : ''}`,
      done: majorBumped(input.baseVersion, input.headVersion),
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

export function majorBumped(base?: string, head?: string): boolean {
  const baseMajor = majorOf(base);
  const headMajor = majorOf(head);
  return baseMajor !== undefined && headMajor !== undefined && headMajor > baseMajor;
}

function majorOf(version?: string): number | undefined {
  const match = /^v?(\d+)/.exec(version ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
