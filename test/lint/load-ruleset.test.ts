import { describe, expect, it } from 'vitest';
import { loadRuleset } from '../../src/lint/load-ruleset.js';
import type { RulesetLoad } from '../../src/lint/loaded-ruleset.js';
import { memorySource } from '../../src/specs/memory-source.js';

const loadFile = (files: Record<string, string>, path = '.spectral.yaml'): Promise<RulesetLoad> =>
  loadRuleset({ kind: 'file', source: memorySource(files, 'the repository'), path });

const problemsOf = (load: RulesetLoad) => (load.ok ? [] : load.problems);
const ruleNames = (load: RulesetLoad) => (load.ok ? Object.keys(load.ruleset.ruleset.rules) : []);

const OWN_RULE = `
rules:
  no-x-internal:
    description: No internal extensions.
    severity: error
    given: $..x-internal
    then: { function: falsy }
`;

describe('loadRuleset', () => {
  it('loads the shipped guidelines by default', async () => {
    const load = await loadRuleset({ kind: 'shipped' });
    expect(load.ok && load.ruleset.label).toBe('api-review-bot:api-guidelines');
    expect(ruleNames(load)).toEqual(expect.arrayContaining(['api-paths-kebab-case', 'oas3-schema']));
  });

  it.each([
    { name: 'spectral:oas', extend: 'spectral:oas', rule: 'operation-tags' },
    { name: 'spectral:asyncapi', extend: 'spectral:asyncapi', rule: 'asyncapi-info-contact' },
    { name: 'spectral:owasp', extend: 'spectral:owasp', rule: 'owasp:api2:2023-no-api-keys-in-url' },
  ])('extends $name', async ({ extend, rule }) => {
    expect(ruleNames(await loadFile({ '.spectral.yaml': `extends: ${extend}\n` }))).toContain(rule);
  });

  it('reads relative extends through the file source, with built-in functions and formats', async () => {
    const load = await loadFile({
      '.spectral.yaml': 'extends: [./rules/base.yaml]\nrules:\n  info-contact: off\n',
      'rules/base.yaml': `extends: [[spectral:oas, off]]\nformats: [oas3]\n${OWN_RULE}`,
    });
    expect(problemsOf(load)).toEqual([]);
    expect(ruleNames(load)).toContain('no-x-internal');
  });

  it('reads JSON rulesets', async () => {
    const load = await loadFile({ 'ruleset.json': JSON.stringify({ extends: ['spectral:oas'], rules: { 'info-contact': 'error' } }) }, 'ruleset.json');
    expect(load.ok && load.ruleset.ruleset.rules['info-contact']?.severity).toBe(0);
  });

  it.each([
    { name: 'custom functions', text: `functions: [evil]\n${OWN_RULE}`, line: 1, message: /custom functions are not allowed/ },
    { name: 'a functions folder', text: `functionsDir: ./fns\n${OWN_RULE}`, line: 1, message: /custom functions are not allowed/ },
    {
      name: 'a rule calling an unknown function',
      text: 'rules:\n  r:\n    given: $\n    then:\n      function: evil\n',
      line: 5,
      message: /function "evil" is not one of Spectral's built-in functions/,
    },
    { name: 'a remote extends', text: 'extends: [https://example.com/ruleset.yaml]\n', line: 1, message: /never fetched/ },
    { name: 'an npm package', text: 'extends: [some-ruleset-package]\n', line: 1, message: /packages and JavaScript rulesets are not loaded/ },
    { name: 'a JavaScript extends', text: 'extends: [./rules.js]\n', line: 1, message: /packages and JavaScript rulesets are not loaded/ },
    { name: 'an extends out of the repository', text: 'extends: [../../etc/ruleset.yaml]\n', line: 1, message: /leaves the repository/ },
    { name: 'a missing extended file', text: 'extends: [./nope.yaml]\n', line: 1, message: /nope.yaml does not exist in the repository/ },
    { name: 'an unknown format', text: 'formats: [oas9]\nextends: spectral:oas\n', line: 1, message: /format "oas9" is unknown/ },
    { name: 'invalid YAML', text: 'rules: [\n', line: 2, message: /not valid YAML/ },
    { name: 'a rule Spectral rejects', text: 'rules:\n  r:\n    given: $\n    severity: loud\n    then: { function: truthy }\n', line: 4, message: /severity/ },
  ])('refuses $name, naming the file and line', async ({ text, line, message }) => {
    const problems = problemsOf(await loadFile({ '.spectral.yaml': text }));
    expect(problems).toContainEqual({ file: '.spectral.yaml', line, message: expect.stringMatching(message) });
  });

  it('refuses a JavaScript ruleset file', async () => {
    expect(problemsOf(await loadFile({ '.spectral.js': 'module.exports = {}' }, '.spectral.js'))).toEqual([
      { file: '.spectral.js', message: expect.stringMatching(/only YAML or JSON rulesets are read/) },
    ]);
  });

  it('refuses an extends cycle', async () => {
    const problems = problemsOf(await loadFile({ '.spectral.yaml': 'extends: [./b.yaml]\n', 'b.yaml': 'extends: [./.spectral.yaml]\n' }));
    expect(problems).toContainEqual({ file: 'b.yaml', line: 1, message: expect.stringMatching(/is a cycle/) });
  });

  it("uses the repository's own .spectral.yml when asked", async () => {
    const load = await loadRuleset({ kind: 'repository', source: memorySource({ '.spectral.yml': OWN_RULE }) });
    expect(load.ok && load.ruleset.label).toBe('.spectral.yml');
    expect(ruleNames(load)).toEqual(['no-x-internal']);
  });

  it('says so when the repository has no ruleset of its own', async () => {
    const load = await loadRuleset({ kind: 'repository', source: memorySource({}, 'base 1a2b3c4') });
    expect(load.ok && load.ruleset.label).toMatch(/^api-review-bot:api-guidelines \(no \.spectral\.yaml.* in base 1a2b3c4\)$/);
  });
});
