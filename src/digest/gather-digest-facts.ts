// digest (collect): the facts of one digest, repository by repository. A repository that cannot
// be read (permissions, a GitHub error) is named in the notes and the others are still reported.
import { contractNameMatcher } from '../formats/contract-files.js';
import { specNameMatcher } from '../specs/select-specs.js';
import { collectBranchSpecs } from './collect-branch-specs.js';
import { collectPullRequests } from './collect-pull-requests.js';
import type { DigestFacts } from './digest-facts.js';
import { reportWeek, trendWeeks } from './digest-period.js';
import type { DigestGitHub } from './digest-github.js';
import type { ConfiguredRepo } from './plan-digest-targets.js';

export async function gatherDigestFacts(github: DigestGitHub, covers: readonly ConfiguredRepo[], now: Date): Promise<DigestFacts> {
  const weeks = trendWeeks(now);
  const window = { week: reportWeek(now), trend: { start: (weeks[0] ?? reportWeek(now)).start, end: now } };
  const facts: DigestFacts = { repos: covers.map((entry) => entry.repo.fullName), pullRequests: [], specs: [], ignores: [], lintOverrides: [], notes: [] };
  for (const { repo, config } of covers) {
    facts.ignores?.push({ repo: repo.fullName, entries: config.breaking.ignore });
    facts.lintOverrides?.push({ repo: repo.fullName, entries: config.lint.overrides });
    try {
      // An unreviewed pull request counts when it changed a spec or a contract of any format by name.
      const isSpecName = specNameMatcher(config.specs);
      const isContractName = contractNameMatcher(config.contracts);
      const touchesContracts = (path: string): boolean => isSpecName(path) || isContractName(path);
      facts.pullRequests.push(...(await collectPullRequests(github, repo, touchesContracts, window)));
      const branch = await collectBranchSpecs(github, repo, config);
      facts.specs.push(...branch.specs);
      facts.notes.push(...branch.notes);
    } catch (error) {
      facts.notes.push(`${repo.fullName}: not measured, GitHub answered: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return facts;
}
