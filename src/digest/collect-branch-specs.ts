// digest (collect + analyze): every API description on a repository's default branch, loaded
// through the git tree, linted with the repository's configured ruleset, and reduced to the
// operation facts the metrics read. What cannot be measured becomes a note. The lint runs on the
// analysis pool's worker threads, stopped at `limits.seconds_per_review`, as a review's does: a
// default branch is as untrusted as a pull request (a backtracking pattern would pin the process).
import type { ReviewConfig } from '../config/config-schema.js';
import { rulesetRequestFor } from '../github/ruleset-choice.js';
import { formatRulesetProblem, type LintFinding } from '../lint/index.js';
import { sharedAnalysisPool, type AnalysisPool } from '../pipeline/analysis-pool.js';
import { withinReviewBudget } from '../pipeline/within-review-budget.js';
import type { FileSource } from '../specs/file-source.js';
import { loadSpec } from '../specs/load-spec.js';
import { specNameMatcher } from '../specs/select-specs.js';
import { formatProblem } from '../specs/spec-problem.js';
import { describeOperations } from './describe-operations.js';
import type { SpecSnapshot } from './digest-facts.js';
import { toSpecFinding } from './finding-operation.js';
import type { DigestGitHub } from './digest-github.js';
import type { InstalledRepo } from '../github/repo-ref.js';
import { blobBaseAt } from './spec-line-url.js';

export interface BranchSpecs {
  specs: SpecSnapshot[];
  notes: string[];
}

/** One spec's lint: its findings, or why there are none (`ruleset` when the ruleset itself does not load). */
type BranchLint = { ok: true; findings: LintFinding[] } | { ok: false; cause: 'ruleset' | 'spec'; message: string };

export async function collectBranchSpecs(github: DigestGitHub, repo: InstalledRepo, config: ReviewConfig, pool: AnalysisPool = sharedAnalysisPool()): Promise<BranchSpecs> {
  // Read at one commit, so the calendar's line links point at the lines measured.
  const commit = await github.branchCommit(repo);
  if (commit === undefined) return { specs: [], notes: [] };
  const tree = await github.branchTree({ ...repo, defaultBranch: commit }, config.limits);
  const notes: string[] = [];
  if (tree.truncated) notes.push(`${repo.fullName}: GitHub truncated the file listing of ${repo.defaultBranch}; specs past the cut are not measured.`);
  const isSpecName = specNameMatcher(config.specs);
  const candidates = tree.paths.filter(isSpecName).sort();

  let rulesetLoads = true;
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
    let findings: SpecSnapshot['findings'];
    if (rulesetLoads) {
      const lint = await lintOnPool(pool, tree.source, path, config);
      if (lint.ok) findings = lint.findings.map((finding) => toSpecFinding(finding, spec.root));
      else if (lint.cause === 'ruleset') {
        // The ruleset is the repository's, the same for every spec: said once, not retried.
        rulesetLoads = false;
        notes.push(`${repo.fullName}: lint not measured, the ruleset does not load: ${lint.message}`);
      } else notes.push(`${repo.fullName}: ${path} not linted: ${lint.message}`);
    }
    specs.push({
      repo: repo.fullName,
      path,
      url: `${repo.htmlUrl}/blob/${encodeURIComponent(repo.defaultBranch)}/${path.split('/').map(encodeURIComponent).join('/')}`,
      blobBase: blobBaseAt(repo.htmlUrl, commit),
      operations: describeOperations(spec),
      findings,
    });
  }
  return { specs, notes };
}


/**
 * The default branch is both revisions a review would name: its ruleset is read from it (the
 * `base` source, as a review reads the merge base) and its spec linted from it.
 */
async function lintOnPool(pool: AnalysisPool, branch: FileSource, path: string, config: ReviewConfig): Promise<BranchLint> {
  try {
    const result = await withinReviewBudget(
      config.limits.seconds_per_review,
      (signal) => pool.run({ kind: 'lint', path, config, ruleset: rulesetRequestFor(config) }, { base: branch, head: branch }, signal),
      (message) => new Error(message),
    );
    if (result.kind === 'lint') return { ok: true, findings: result.findings };
    if (result.kind === 'ruleset-problems') return { ok: false, cause: 'ruleset', message: result.problems.map(formatRulesetProblem).join('; ') };
    if (result.kind === 'input-problems') return { ok: false, cause: 'spec', message: result.problems.map(formatProblem).join('; ') };
    return { ok: false, cause: 'spec', message: `the analysis answered ${result.kind}` };
  } catch (error) {
    return { ok: false, cause: 'spec', message: error instanceof Error ? error.message : String(error) };
  }
}
