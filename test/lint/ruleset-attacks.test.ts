// A ruleset from the reviewed repository is hostile input: every way it could reach compiled
// code (a JSONPath filter in `given`, an alias, a scoped alias, an override, an extended file,
// `then.field`) is refused with the file, line and rule, and the payload never runs.
import { afterEach, describe, expect, it } from 'vitest';
import { lintSpec } from '../../src/lint/lint-spec.js';
import { loadRuleset } from '../../src/lint/load-ruleset.js';
import type { RulesetLoad } from '../../src/lint/loaded-ruleset.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

type Canary = typeof globalThis & { lintTrustCanary?: number };
const canary = globalThis as Canary;

/** JavaScript that would set the canary if any engine compiled or evaluated it. */
const PAYLOAD = "@.constructor.constructor('globalThis.lintTrustCanary=1')()";
const SPEC = 'openapi: 3.0.3\ninfo:\n  title: T\n  version: "1"\npaths:\n  /a:\n    get:\n      parameters:\n        - { name: q, in: query }\n      responses: { "200": { description: ok } }\n';

/** Loads the ruleset and, when it loads, lints a spec with it: the payload gets every chance to run. */
async function attempt(files: Record<string, string>): Promise<RulesetLoad> {
  const load = await loadRuleset({ kind: 'file', source: memorySource(files, 'the repository'), path: '.spectral.yaml' });
  if (load.ok) await lintSpec(await loadSpec(memorySource({ 'openapi.yaml': SPEC }), 'openapi.yaml'), load.ruleset).catch(() => []);
  return load;
}

const rule = (given: string, then = '{ function: truthy }') => `rules:\n  evil:\n    given: "${given}"\n    then: ${then}\n`;

afterEach(() => {
  delete canary.lintTrustCanary;
});

interface Attack {
  name: string;
  files: Record<string, string>;
  file: string;
  line: number;
}

describe('rulesets that would run code', () => {
  it.each<Attack>([
    { name: 'a filter in given', files: { '.spectral.yaml': rule(`$..[?(${PAYLOAD})]`) }, file: '.spectral.yaml', line: 3 },
    {
      name: 'a filter in a list of givens',
      files: { '.spectral.yaml': `rules:\n  evil:\n    given:\n      - $.info\n      - "$..[?(${PAYLOAD})]"\n    then: { function: truthy }\n` },
      file: '.spectral.yaml',
      line: 5,
    },
    { name: 'bracket notation', files: { '.spectral.yaml': rule("$..[?(@['constructor']['constructor']('globalThis.lintTrustCanary=1')())]") }, file: '.spectral.yaml', line: 3 },
    {
      name: 'unicode escapes',
      files: { '.spectral.yaml': "rules:\n  evil:\n    given: $..[?(@['\\u0063onstructor']['\\u0063onstructor']('globalThis.lintTrustCanary=1')())]\n    then: { function: truthy }\n" },
      file: '.spectral.yaml',
      line: 3,
    },
    { name: 'a regex operator that is pasted into code', files: { '.spectral.yaml': rule("$..[?(@property ~= 'a/.test(1)||(globalThis.lintTrustCanary=1)||/b')]") }, file: '.spectral.yaml', line: 3 },
    { name: 'a script expression', files: { '.spectral.yaml': rule(`$[(${PAYLOAD})]`) }, file: '.spectral.yaml', line: 3 },
    { name: 'a filter left to the fallback engine', files: { '.spectral.yaml': rule(`$..a..b['?(${PAYLOAD})']`) }, file: '.spectral.yaml', line: 3 },
    {
      name: 'a filter in an alias',
      files: { '.spectral.yaml': `aliases:\n  Evil:\n    - "$..[?(${PAYLOAD})]"\n${rule('#Evil')}` },
      file: '.spectral.yaml',
      line: 3,
    },
    {
      name: 'a filter in a scoped alias target',
      files: {
        '.spectral.yaml': `aliases:\n  Evil:\n    targets:\n      - formats: [oas3]\n        given:\n          - "$..[?(${PAYLOAD})]"\nrules:\n  evil:\n    formats: [oas3]\n    given: "#Evil"\n    then: { function: truthy }\n`,
      },
      file: '.spectral.yaml',
      line: 6,
    },
    {
      name: 'a filter appended to an alias',
      files: { '.spectral.yaml': `aliases:\n  Info: [$.info]\n${rule(`#Info[?(${PAYLOAD})]`)}` },
      file: '.spectral.yaml',
      line: 5,
    },
    {
      name: 'a filter in overrides',
      files: { '.spectral.yaml': `extends: spectral:oas\noverrides:\n  - files: ["**/*.yaml"]\n    rules:\n      evil:\n        given: "$..[?(${PAYLOAD})]"\n        then: { function: truthy }\n` },
      file: '.spectral.yaml',
      line: 6,
    },
    {
      name: 'a filter in an extended file',
      files: { '.spectral.yaml': 'extends: [./more/rules.yaml]\n', 'more/rules.yaml': rule(`$..[?(${PAYLOAD})]`) },
      file: 'more/rules.yaml',
      line: 3,
    },
    { name: 'a filter in then.field', files: { '.spectral.yaml': rule('$.paths', `{ field: "$[?(${PAYLOAD})]", function: truthy }`) }, file: '.spectral.yaml', line: 4 },
    { name: 'a script in then.field', files: { '.spectral.yaml': rule('$.paths', `{ field: "$[(${PAYLOAD})]", function: truthy }`) }, file: '.spectral.yaml', line: 4 },
  ])('refuses $name, naming the file, line and rule, and runs nothing', async ({ files, file, line }) => {
    const load = await attempt(files);
    expect(canary.lintTrustCanary).toBeUndefined();
    expect(load.ok).toBe(false);
    expect(load.ok ? [] : load.problems).toContainEqual({ file, line, message: expect.stringMatching(/JSONPath|given|field/) });
  });

  it('says which rule and why', async () => {
    const load = await attempt({ '.spectral.yaml': rule(`$..[?(${PAYLOAD})]`) });
    expect(load.ok ? '' : load.problems.map((problem) => problem.message).join('\n')).toMatch(/rule "evil".*function call/s);
  });
});

describe('rulesets that only select', () => {
  it.each([
    '$.paths[*][*]',
    '$..parameters[*]',
    '$.info',
    '$.paths[*]~',
    "$.paths[*][?(@property === 'get' || @property === 'post')]",
    "$..parameters[?(@.in == 'query' && !@.required)]",
    "$.paths[*][*].parameters[?(@ && @.in === 'query' && @['name'] !== 'q' && @.schema === undefined)]",
    "$.paths[?(@path.length > 0 && @property != '/internal')]",
    '$..[?(@ && @.deprecated === true)]',
    '#Info.contact',
  ])('loads and lints %s', async (given) => {
    const load = await attempt({ '.spectral.yaml': `aliases:\n  Info: [$.info]\n${rule(given, '{ function: falsy }')}` });
    expect(load.ok ? [] : load.problems).toEqual([]);
  });

  it('finds what a filtered rule selects', async () => {
    const load = await loadRuleset({ kind: 'file', source: memorySource({ 'r.yaml': rule("$..parameters[?(@.in === 'query')]", '{ field: name, function: falsy }') }), path: 'r.yaml' });
    if (!load.ok) throw new Error(JSON.stringify(load.problems));
    const findings = await lintSpec(await loadSpec(memorySource({ 'openapi.yaml': SPEC }), 'openapi.yaml'), load.ruleset);
    expect(findings.map((finding) => [finding.code, finding.path.join('.')])).toEqual([['evil', 'paths./a.get.parameters.0.name']]);
  });

  it.each(['spectral:oas', 'spectral:asyncapi', 'spectral:owasp'])('extends %s, whose own filters are trusted package code', async (name) => {
    const load = await attempt({ '.spectral.yaml': `extends: ${name}\n` });
    expect(load.ok ? [] : load.problems).toEqual([]);
  });
});

describe("a repository's own .spectral.yml (repo_ruleset: true)", () => {
  it('is refused the same way', async () => {
    const load = await loadRuleset({ kind: 'repository', source: memorySource({ '.spectral.yml': rule(`$..[?(${PAYLOAD})]`) }, 'base 1a2b3c4') });
    expect(load.ok ? [] : load.problems).toEqual([{ file: '.spectral.yml', line: 3, message: expect.stringMatching(/^rule "evil": given .*function call/) }]);
  });
});
