// collect: the GraphQL files of a change grouped into schemas. A schema is often split over the
// files of one folder (`schema/query.graphql` uses `User` from `schema/user.graphql`; another file
// says `extend type Query`): the GraphQL files of a folder are one schema, reviewed once, on each
// side the union of that folder's GraphQL files at that revision. A file alone in its folder
// stays a schema by itself, as before. Pure: the caller gives the file lists of both revisions.

/** The other GraphQL files of a pair's schema at each revision, read with the root. */
export interface SchemaCompanions {
  base: string[];
  head: string[];
}

export interface GroupablePair {
  base?: string;
  head?: string;
  companions?: SchemaCompanions;
}

export interface SchemaFileLists {
  basePaths: readonly string[];
  headPaths: readonly string[];
  isGraphqlName: (path: string) => boolean;
}

/**
 * One pair per folder of GraphQL pairs (the first whose file survives, in the order given), carrying the folder's
 * other GraphQL files; the folder's other pairs are dropped, being part of that schema. Pairs of
 * other formats pass unchanged.
 */
export function groupGraphqlSchemas<Pair extends GroupablePair>(pairs: readonly Pair[], files: SchemaFileLists): Pair[] {
  const representatives = representativeOfFolders(pairs, files.isGraphqlName);
  const grouped: Pair[] = [];
  for (const pair of pairs) {
    const path = (pair.head ?? pair.base) as string;
    if (!files.isGraphqlName(path)) {
      grouped.push(pair);
      continue;
    }
    if (representatives.get(folderOf(path)) !== pair) continue;
    const companions = {
      base: siblings(files.basePaths, pair.base ?? pair.head, files.isGraphqlName),
      head: siblings(files.headPaths, pair.head ?? pair.base, files.isGraphqlName),
    };
    grouped.push(companions.base.length + companions.head.length > 0 ? { ...pair, companions } : pair);
  }
  return grouped;
}

/**
 * The pair that names a folder's schema: the first whose file survives in the head (the schema is
 * modified, not deleted, when one of its files is), else the first.
 */
function representativeOfFolders<Pair extends GroupablePair>(pairs: readonly Pair[], isGraphqlName: (path: string) => boolean): Map<string, Pair> {
  const chosen = new Map<string, Pair>();
  for (const pair of pairs) {
    const path = (pair.head ?? pair.base) as string;
    if (!isGraphqlName(path)) continue;
    const folder = folderOf(path);
    const current = chosen.get(folder);
    if (current === undefined || (current.head === undefined && pair.head !== undefined)) chosen.set(folder, pair);
  }
  return chosen;
}

/** The paths of a revision once a change is undone: what the base had, from the head's list. */
export function basePathsOf(headPaths: readonly string[], changed: readonly { status: string; path: string; previousPath?: string }[]): string[] {
  const paths = new Set(headPaths);
  for (const file of changed) {
    if (file.status === 'added' || file.status === 'renamed') paths.delete(file.path);
    if (file.status === 'removed') paths.add(file.path);
    if (file.status === 'renamed' && file.previousPath) paths.add(file.previousPath);
  }
  return [...paths];
}

function siblings(paths: readonly string[], root: string | undefined, isGraphqlName: (path: string) => boolean): string[] {
  if (root === undefined) return [];
  const folder = folderOf(root);
  return paths.filter((path) => path !== root && folderOf(path) === folder && isGraphqlName(path)).sort();
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
