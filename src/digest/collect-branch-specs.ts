// digest (collect + analyze): every API description on a repository's default branch, loaded
// through the git tree, linted with the repository's configured ruleset, and reduced to the
// operation facts the metrics read. What cannot be measured becomes a note.
import type { ReviewConfig } from '../config/config-schema.js';
import { lintSpec } from '../lint/lint-spec.js';
import type { RulesetChoice } from '../lint/load-ruleset.js';
import { formatRulesetProblem, type LoadedRuleset, type RulesetLoad } from '../lint/loaded-ruleset.js';
import type { FileSource } from '../specs/file-source.js';
import { loadSpec } from '../specs/load-spec.js';
import { specNameMatcher } from '../specs/select-specs.js';
import { formatProblem } from '../specs/spec-problem.js';
import { describeOperations } from './describe-operations.js';
import type { SpecSnapshot } from './digest-facts.js';
import { toSpecFinding } from './finding-operation.js';
import { readBranchTree } from './git-tree-source.js';
import type { GitHub, RepoRef } from './github-types.js';

export interface BranchSpecs {
  specs: SpecSnapshot[];
  notes: string[];
}

/** Loads a ruleset; the digest passes one that remembers the shipped ruleset across repositories. */
export type RulesetLoader = (choice: RulesetChoice) => Promise<RulesetLoad>;

export async function collectBranchSpecs(octokit: GitHub, repo: RepoRef, config: ReviewConfig, loadRuleset: RulesetLoader): Promise<BranchSpecs> {
  const tree = await readBranchTree(octokit, repo);
  const notes: string[] = [];
  if (tree.truncated) notes.push(`${repo.fullName}: GitHub truncated the file listing of ${repo.defaultBranch}; specs past the cut are not measured.`);
  const isSpecName = specNameMatcher(config.specs);
  const candidates = tree.paths.filter(isSpecName).sort();
  if (candidates.length === 0) return { specs: [], notes };

  const rulesetLoad = await loadRuleset(rulesetChoice(config, tree.source));
  const ruleset: LoadedRuleset | undefined = rulesetLoad.ok ? rulesetLoad.ruleset : undefined;
  if (!rulesetLoad.ok) notes.push(`${repo.fullName}: lint not measured, the ruleset does not load: ${rulesetLoad.problems.map(formatRulesetProblem).join('; ')}`);

  const specs: SpecSnapshot[] = [];
  for (const path of candidates) {
    const spec = await loadSpec(tree.source, path, { limits: config.limits });
    if (spec.problems.some((problem) => problem.code === 'not-an-api-description')) {
      notes.push(`${repo.fullName}: ${path} matches the spec globs but is not an API description.`);
      continue;
    }
    const fatal = spec.problems.find((problem) => problem.fatal);
    if (fatal) {
      notes.push(`${repo.fullName}: ${path} does not load: ${formatProblem(fatal)}`);
      continue;
    }
    const findings = ruleset ? (await lintSpec(spec, ruleset)).map((finding) => toSpecFinding(finding, spec.root)) : undefined;
    specs.push({
      repo: repo.fullName,
      path,
      url: `${repo.htmlUrl}/blob/${encodeURIComponent(repo.defaultBranch)}/${path.split('/').map(encodeURIComponent).join('/')}`,
      operations: describeOperations(spec),
      findings,
    });
  }
  return { specs, notes };
}

/** The same choice a review makes: `ruleset:`, else `repo_ruleset`, else the shipped guidelines. */
function rulesetChoice(config: ReviewConfig, source: FileSource): RulesetChoice {
  if (config.ruleset) return { kind: 'file', source, path: config.ruleset };
  if (config.repo_ruleset) return { kind: 'repository', source };
  return { kind: 'shipped' };
}
