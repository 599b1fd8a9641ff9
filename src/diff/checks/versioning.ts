// analyze: document-level findings: component schemas removed, and the versioning policy (a
// breaking change should come with a semver bump of `info.version`). The engine runs the policy
// last, and only when an error-level change is left.
import { rootNode } from '../../specs/resolve-node.js';
import { majorBumped, parseSemver, versionIncreased } from '../../specs/semantic-version.js';
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
  } else if (!versionIncreased(base, head)) {
    report('api-version-decreased', `the API has breaking changes and \`info.version\` went back from ${before} to ${after}`);
  } else if (!majorBumped(base, head)) {
    report('api-major-version-not-bumped', `the API has breaking changes but \`info.version\` went from ${before} to ${after} without a major bump`);
  }
}
