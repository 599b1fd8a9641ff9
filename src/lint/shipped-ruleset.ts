// analyze: where the ruleset we ship lives: `rules/` and `docs/` of this package, below its
// root (src/package-root.ts).

export const SHIPPED_RULESET_PATH = 'rules/api-guidelines.yaml';
export const GUIDELINES_PATH = 'docs/guidelines.md';
export const SHIPPED_RULESET_LABEL = 'api-review-bot:api-guidelines';
