import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The boundaries of docs/architecture.md, enforced: only src/github (with the wiring in src/app.ts,
// src/server and the Action's entry in src/action) talks to GitHub, so only it imports probot or @octokit; only src/llm talks to a
// model, so only it imports openai. Elsewhere GitHub arrives through a port (src/commands/
// command-deps.ts, src/github/app-installations.ts) and its types through src/github/rest-types.ts.
// Exception, decided: webhook payload types may be imported from @octokit/webhooks (and
// @octokit/webhooks-types) anywhere, type-only — they describe data a handler is given, no client
// comes with them, and STYLE.md asks for them. Tests are outside the rule: fakes need the real client.
const githubClients = {
  paths: [
    { name: 'probot', message: 'GitHub I/O lives in src/github: take a port or a type from there.' },
    { name: '@octokit/webhooks', allowTypeImports: true, message: 'Only webhook payload types, imported with `import type`.' },
    { name: '@octokit/webhooks-types', allowTypeImports: true, message: 'Only webhook payload types, imported with `import type`.' },
  ],
  patterns: [{ group: ['@octokit/*', '!@octokit/webhooks', '!@octokit/webhooks-types'], message: 'GitHub I/O lives in src/github: take a port or a type from there.' }],
};
const modelClients = {
  paths: [{ name: 'openai', message: 'Model calls live in src/llm.' }],
  patterns: [],
};
// The lint engine's fence: outside src/lint, lint is imported from src/lint/index.ts only, so the
// incremental lint and the patches of Spectral's internals stay free to change behind it.
const lintFence = {
  paths: [],
  patterns: [{ group: ['**/lint/*', '**/lint/**/*', '!**/lint/index.js'], message: 'Import lint from src/lint/index.ts, the lint engine\'s one entry.' }],
};
// Spectral's parsers and their data shapes (positioned parses, ASTs, diagnostics) are the lint's:
// src/specs gets the one parse a review makes through src/lint/index.ts (spectral-patches/
// spectral-parse.ts), opaque, so an upgrade of Spectral changes nothing outside src/lint.
const spectralParserShapes = {
  paths: ['@stoplight/spectral-parsers', '@stoplight/json', '@stoplight/yaml', '@stoplight/yaml-ast-parser', '@stoplight/types', '@stoplight/ordered-object-literal', 'jsonc-parser'].map((name) => ({
    name,
    message: 'Spectral\'s parsers and their shapes live in src/lint: take the parse from src/lint/index.ts.',
  })),
  patterns: [],
};
// Spectral's engine (the runner, rulesets, functions, formats, resolver) is loaded by src/lint
// only, after its patches (native nimma, immer's auto-freeze, the AJV cache): elsewhere a module
// would load it unpatched, and lint through it outside the entry. Its types stay importable.
const spectralEngine = {
  paths: ['@stoplight/spectral-core', '@stoplight/spectral-rulesets', '@stoplight/spectral-functions', '@stoplight/spectral-formats', '@stoplight/spectral-ref-resolver', '@stoplight/spectral-runtime', '@stoplight/json-ref-resolver', 'nimma'].map((name) => ({
    name,
    allowTypeImports: true,
    message: 'Spectral\'s engine runs in src/lint: lint through src/lint/index.ts.',
  })),
  patterns: [],
};
const restricted = (...sets) => [
  'error',
  { paths: sets.flatMap((set) => set.paths), patterns: sets.flatMap((set) => set.patterns) },
];
const githubSide = ['src/github/**', 'src/app.ts', 'src/server/**', 'src/action/**'];
const modelSide = ['src/llm/**'];
const lintSide = ['src/lint/**'];

export default tseslint.config(
  { ignores: ['dist/', '.bundle-test-*/', 'node_modules/', 'coverage/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // One block per side, each with the whole restriction for its files (a later block would replace, not add to, an earlier one's options).
  { files: ['src/**/*.ts'], ignores: [...githubSide, ...modelSide, ...lintSide], rules: { '@typescript-eslint/no-restricted-imports': restricted(githubClients, modelClients, lintFence, spectralParserShapes, spectralEngine) } },
  { files: githubSide, rules: { '@typescript-eslint/no-restricted-imports': restricted(modelClients, lintFence, spectralParserShapes, spectralEngine) } },
  { files: modelSide, rules: { '@typescript-eslint/no-restricted-imports': restricted(githubClients, lintFence, spectralParserShapes, spectralEngine) } },
  { files: lintSide, rules: { '@typescript-eslint/no-restricted-imports': restricted(githubClients, modelClients) } },
);
