// analyze: document-level findings: component schemas removed, and the versioning policy (a
// breaking change should come with a semver bump of `info.version`). The engine runs the policy
// last, and only when an error-level change is left.
import { rootNode } from '../../specs/resolve-node.js';
import { defineChecks } from '../check.js';
import type { CheckFamily, DiffContext } from '../diff-context.js';
import { entriesOf, fieldOf } from '../spec-nodes.js';

export const versioningChecks = defineChecks('versioning', [
  {
    id: 'api-major-version-not-bumped',
    level: 'info',
    direction: 'none',
    description: 'A breaking change was found and `info.version` increased, but its major part did not (below 1.0.0 a minor bump is accepted instead).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-schema-removed',
    level: 'info',
    direction: 'none',
    description: 'An entry was removed from `components.schemas` (the effect on operations, if any, is reported by the operation-level checks).',
    migration: 'No client change is required.',
  },
  {
    id: 'api-version-decreased',
    level: 'info',
    direction: 'none',
    description: 'A breaking change was found and `info.version` (semver) went backwards.',
    migration: 'No client change is required.',
  },
  {
    id: 'api-version-not-bumped',
    level: 'info',
    direction: 'none',
    description: 'A breaking change was found but `info.version` (semver) did not change.',
    migration: 'No client change is required.',
  },
]);

export const compareComponents: CheckFamily = (ctx) => {
  const after = new Set(entriesOf(ctx.head, rootNode(ctx.head, ['components', 'schemas'])).map(([name]) => name));
  for (const [name, node] of entriesOf(ctx.base, rootNode(ctx.base, ['components', 'schemas']))) {
    if (!after.has(name)) {
      ctx.report({ id: 'api-schema-removed', operation: null, node, side: 'base', message: `component schema \`${name}\` was removed` });
    }
  }
};

interface Semver {
  major: number;
  minor: number;
  patch: number;
}

// semver.org's pattern, with oasdiff's optional leading `v`.
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Called by the engine only when a breaking change exists; non-semver versions are never judged. */
export function compareVersions(ctx: DiffContext): void {
  const info = rootNode(ctx.head, ['info', 'version']);
  const before = fieldOf(rootNode(ctx.base, ['info']), 'version');
  const after = fieldOf(rootNode(ctx.head, ['info']), 'version');
  if (typeof before !== 'string' || typeof after !== 'string') return;
  const base = parseSemver(before);
  const head = parseSemver(after);
  if (!base || !head) return;
  const report = (id: (typeof versioningChecks)[number]['id'], message: string): void => ctx.report({ id, operation: null, node: info, side: 'head', message });
  if (before === after) {
    report('api-version-not-bumped', `the API has breaking changes but \`info.version\` stayed ${after}`);
  } else if (!increased(base, head)) {
    report('api-version-decreased', `the API has breaking changes and \`info.version\` went back from ${before} to ${after}`);
  } else if (!majorBumped(base, head)) {
    report('api-major-version-not-bumped', `the API has breaking changes but \`info.version\` went from ${before} to ${after} without a major bump`);
  }
}

function parseSemver(version: string): Semver | undefined {
  const match = SEMVER.exec(version);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

function increased(base: Semver, head: Semver): boolean {
  if (head.major !== base.major) return head.major > base.major;
  if (head.minor !== base.minor) return head.minor > base.minor;
  return head.patch > base.patch;
}

/** Below 1.0.0 a minor bump counts as the major one (semver's 0.y.z rule). */
function majorBumped(base: Semver, head: Semver): boolean {
  if (base.major === 0 && head.major === 0) return head.minor > base.minor;
  return head.major > base.major;
}
