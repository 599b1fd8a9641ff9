// analyze: Spectral's `$ref` resolver builds the resolved tree with immer, which by default
// deep-freezes all it produces: on GitHub's description that is a walk of every resolved object in
// each of a review's six resolutions (1-2 s in all). Nothing writes to the tree: Spectral and its
// functions copy before they change a value (oasExample, the Swagger 2.0 schema rewrite), and
// their strict-mode code would throw on a frozen object if they did not. Only the resolver depends
// on immer, so this turns auto-freeze off in the copy the resolver loads, once per process.
import { requireAsDependencyOf } from './dependency-require.js';

/** The immer the resolver builds trees with, resolved from where the resolver lives. */
export const resolverImmer = requireAsDependencyOf('@stoplight/json-ref-resolver')('immer') as { setAutoFreeze(on: boolean): void };
resolverImmer.setAutoFreeze(false);
