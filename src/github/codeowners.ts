// publish: the owners of a file by the repository's CODEOWNERS, read at the merge base (the base
// branch's file is the one GitHub itself applies). Patterns follow gitignore rules, so matching
// is left to `ignore`, the gitignore matcher; only CODEOWNERS' own rule — the last matching line
// wins — lives here.
import ignore from 'ignore';
import type { FileSource } from '../specs/file-source.js';

/** Where GitHub looks, in this order; the first file found is used. */
const locations = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

export interface Owners {
  users: string[];
  /** Team slugs (`@org/team` -> `team`); teams of other organizations cannot be requested. */
  teams: string[];
}

interface OwnerRule {
  matches: (path: string) => boolean;
  owners: string[];
}

export async function readCodeowners(source: FileSource): Promise<OwnerRule[]> {
  for (const location of locations) {
    const bytes = await source.read(location);
    if (bytes) return parseCodeowners(new TextDecoder().decode(bytes));
  }
  return [];
}

export function parseCodeowners(text: string): OwnerRule[] {
  const rules: OwnerRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern || pattern.startsWith('!')) continue; // CODEOWNERS has no negation: GitHub skips such lines.
    const matcher = ignore().add(pattern);
    rules.push({ matches: (path) => matcher.ignores(path), owners });
  }
  return rules;
}

export function ownersOf(rules: readonly OwnerRule[], paths: readonly string[], organization: string): Owners {
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const path of paths) {
    const rule = rules.findLast((candidate) => candidate.matches(path));
    for (const owner of rule?.owners ?? []) {
      const team = /^@([^/\s]+)\/(\S+)$/.exec(owner);
      if (team) {
        if (team[1]?.toLowerCase() === organization.toLowerCase() && team[2]) teams.add(team[2]);
      } else if (owner.startsWith('@')) {
        users.add(owner.slice(1));
      }
      // E-mail owners cannot be requested through the API; they are left out.
    }
  }
  return { users: [...users], teams: [...teams] };
}
