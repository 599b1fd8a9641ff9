// collect: the file list of one commit, from the git trees API. One recursive call lists most
// repositories; when GitHub truncates it (over 100,000 entries or 7 MB), single files are found
// by walking their folders instead, one call per folder on the way.
import type { ProbotOctokit } from 'probot';
import type { RepoRef } from './repo-ref.js';

export interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

export interface GitTree {
  entry(path: string): Promise<TreeEntry | undefined>;
  /** Paths of the regular files listed (all of them unless the tree was truncated). */
  paths(): Promise<string[]>;
  /** GitHub cut the recursive listing short: `paths()` misses some files (`entry()` still finds them). */
  truncated(): Promise<boolean>;
}

/** Regular files only: a symbolic link (120000) is never followed, a submodule (160000) never entered. */
export const regularFileModes: ReadonlySet<string> = new Set(['100644', '100755']);

export function isRegularFile(entry: TreeEntry | undefined): entry is TreeEntry {
  return entry !== undefined && entry.type === 'blob' && regularFileModes.has(entry.mode);
}

export function gitTree(octokit: ProbotOctokit, repo: RepoRef, commit: string): GitTree {
  let listing: Promise<{ entries: Map<string, TreeEntry>; truncated: boolean }> | undefined;
  const list = (): Promise<{ entries: Map<string, TreeEntry>; truncated: boolean }> => (listing ??= listRecursively(octokit, repo, commit));
  const folders = new Map<string, Promise<Map<string, TreeEntry>>>();
  const folder = (sha: string, prefix: string): Promise<Map<string, TreeEntry>> => {
    let found = folders.get(sha + prefix);
    if (!found) folders.set(sha + prefix, (found = listFolder(octokit, repo, sha, prefix)));
    return found;
  };
  return {
    entry: async (path) => {
      const { entries, truncated } = await list();
      const listed = entries.get(path);
      if (listed || !truncated) return listed;
      return walkTo(path, commit, folder);
    },
    paths: async () => [...(await list()).entries.values()].filter(isRegularFile).map((entry) => entry.path),
    truncated: async () => (await list()).truncated,
  };
}

/** Every entry of a commit in one call; `truncated` when GitHub stopped listing (the map is then partial). */
export async function listRecursively(octokit: ProbotOctokit, repo: RepoRef, commit: string): Promise<{ entries: Map<string, TreeEntry>; truncated: boolean }> {
  const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: commit, recursive: 'true' });
  const entries = new Map<string, TreeEntry>();
  for (const item of data.tree) {
    if (item.path && item.mode && item.type && item.sha) entries.set(item.path, treeEntry(item.path, item));
  }
  return { entries, truncated: data.truncated };
}

async function listFolder(octokit: ProbotOctokit, repo: RepoRef, sha: string, prefix: string): Promise<Map<string, TreeEntry>> {
  const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: sha });
  const entries = new Map<string, TreeEntry>();
  for (const item of data.tree) {
    if (item.path && item.mode && item.type && item.sha) entries.set(item.path, treeEntry(prefix + item.path, item));
  }
  return entries;
}

async function walkTo(
  path: string,
  commit: string,
  folder: (sha: string, prefix: string) => Promise<Map<string, TreeEntry>>,
): Promise<TreeEntry | undefined> {
  const segments = path.split('/');
  let sha = commit;
  let prefix = '';
  for (const [index, name] of segments.entries()) {
    const entry = (await folder(sha, prefix)).get(name);
    if (!entry || index === segments.length - 1) return entry;
    if (entry.type !== 'tree') return undefined;
    sha = entry.sha;
    prefix = `${prefix}${name}/`;
  }
  return undefined;
}

function treeEntry(path: string, item: { mode?: string; type?: string; sha?: string; size?: number }): TreeEntry {
  return { path, mode: item.mode ?? '', type: item.type ?? '', sha: item.sha ?? '', ...(item.size === undefined ? {} : { size: item.size }) };
}
