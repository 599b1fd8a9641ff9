// The private seams of Spectral that src/lint/spectral-patches/ relies on: each still exists in the
// installed packages and is still the one Spectral's lint goes through. A Spectral upgrade that
// renames a function, bundles its own nimma or AJV, or stops building trees with immer fails here,
// rather than making a patch silently stop applying (docs/architecture.md, "Upgrading Spectral").
import { Resolver } from '@stoplight/spectral-ref-resolver';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintSpec, loadRuleset, type LoadedRuleset } from '../../../src/lint/index.js';
import { requireAsDependencyOf } from '../../../src/lint/spectral-patches/dependency-require.js';
import { resolverImmer } from '../../../src/lint/spectral-patches/immer-auto-freeze.js';
import { ResolverGraph } from '../../../src/lint/spectral-patches/resolver-graph.js';
import { parseYamlForLint } from '../../../src/lint/spectral-patches/spectral-parse.js';
import { spectralUsesNativeNimma } from '../../../src/lint/spectral-patches/native-nimma.js';
import { TARGET_ONLY_FUNCTIONS, VALUE_FUNCTIONS } from '../../../src/lint/spectral-patches/value-functions.js';
import { loadSpec } from '../../../src/specs/load-spec.js';
import { memorySource } from '../../../src/specs/memory-source.js';

const fromSpectral = requireAsDependencyOf('@stoplight/spectral-core');
const fromFunctions = requireAsDependencyOf('@stoplight/spectral-functions');
type Compile = (...args: unknown[]) => unknown;
type AjvClass = { prototype: { compile: Compile } };
const classOf = (loaded: AjvClass | { default: AjvClass }): AjvClass => ('default' in loaded ? loaded.default : loaded);
const spectralAjvClasses = ['ajv', 'ajv/dist/2019', 'ajv/dist/2020', 'ajv-draft-04'].map((name) => classOf(fromFunctions(name) as AjvClass));

async function shippedRuleset(): Promise<LoadedRuleset> {
  const load = await loadRuleset({ kind: 'shipped' });
  if (!load.ok) throw new Error(JSON.stringify(load.problems));
  return load.ruleset;
}

/** Names of every function the shipped ruleset's rules call, as Spectral hands them over. */
function ruleFunctionNames(ruleset: LoadedRuleset): Set<string> {
  return new Set(Object.values(ruleset.ruleset.rules).flatMap((rule) => rule.then.map((then) => then.function.name)));
}

/** Names of the functions Spectral's own rulesets (oas, asyncapi) call. */
function builtinRulesetFunctionNames(): string[] {
  type Then = { function: { name: string } };
  type Definition = { rules: Record<string, { then: Then | Then[] }> };
  const rulesets = requireAsDependencyOf('@stoplight/spectral-core')('@stoplight/spectral-rulesets') as Record<string, Definition>;
  return Object.values(rulesets).flatMap((ruleset) => Object.values(ruleset.rules).flatMap((rule) => [rule.then].flat().map((then) => then.function.name)));
}

afterEach(() => {
  vi.restoreAllMocks();
  resolverImmer.setAutoFreeze(false);
});

describe("Spectral's private seams", () => {
  it("nimma: Spectral's runner still requires nimma/legacy, and gets the native build", () => {
    const runner = readFileSync(join(dirname(fromSpectral.resolve('@stoplight/spectral-core')), 'runner/runner.js'), 'utf8');
    expect(runner).toContain('require("nimma/legacy")');
    // Read off the module at each run: an export replaced after Spectral loaded still serves.
    expect(runner).toContain('new legacy_1.default(');
    expect(spectralUsesNativeNimma()).toBe(true);
  });

  it('immer: the resolver builds resolved trees with the immer whose auto-freeze we turn off', async () => {
    const document = () => ({ a: { $ref: '#/b' }, b: { type: 'string' } });
    const unfrozen = await new Resolver().resolve(document());
    expect(unfrozen.result).toEqual({ a: { type: 'string' }, b: { type: 'string' } });
    expect(Object.isFrozen(unfrozen.result)).toBe(false);
    resolverImmer.setAutoFreeze(true);
    const frozen = await new Resolver().resolve(document());
    expect(Object.isFrozen(frozen.result)).toBe(true);
  });

  it("dependency-graph: the resolver makes its graphs through the module's export, read at each construction, and they are ours", async () => {
    const fromResolver = requireAsDependencyOf('@stoplight/json-ref-resolver');
    const sources = ['crawler.js', 'runner.js', 'resolver.js'].map((file) => readFileSync(join(dirname(fromResolver.resolve('@stoplight/json-ref-resolver')), file), 'utf8'));
    for (const source of sources) expect(source).toContain('new dependency_graph_1.DepGraph({ circular: true })');
    const made: unknown[] = [];
    const graphModule = fromResolver('dependency-graph') as { DepGraph: new (options?: { circular?: boolean }) => unknown };
    const ours = graphModule.DepGraph;
    vi.spyOn(graphModule, 'DepGraph').mockImplementation(function (this: unknown, options?: { circular?: boolean }) {
      const graph = new ours(options);
      made.push(graph);
      return graph;
    } as never);
    const resolved = await new Resolver().resolve({ a: { $ref: '#/b' }, b: { c: { $ref: '#/b' } } });
    expect(resolved.result).toEqual({ a: { c: { $ref: '#/b' } }, b: { c: { $ref: '#/b' } } });
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((graph) => graph instanceof ResolverGraph)).toBe(true);
  });

  it('AJV: a lint compiles example schemas through the prototype compile of the classes the cache patches', async () => {
    const compiles = spectralAjvClasses.map((ajvClass) => vi.spyOn(ajvClass.prototype, 'compile'));
    // A property name no other test uses, so the validator cache cannot answer without compiling.
    const property = `seam${Date.now()}`;
    const spec = await loadSpec(
      memorySource({
        'openapi.yaml': [
          'openapi: 3.0.3',
          'info: {title: T, version: "1", description: d, contact: {name: n}}',
          'paths:',
          '  /things:',
          '    get:',
          '      responses:',
          "        '200':",
          '          description: ok',
          '          content:',
          '            application/json:',
          `              schema: {type: object, properties: {${property}: {type: integer}}}`,
          `              example: {${property}: not-a-number}`,
        ].join('\n'),
      }),
      'openapi.yaml',
    );
    const findings = await lintSpec(spec, await shippedRuleset());
    expect(findings.map((finding) => finding.code)).toContain('oas3-valid-media-example');
    expect(compiles.reduce((calls, compile) => calls + compile.mock.calls.length, 0)).toBeGreaterThan(0);
  });

  it('AJV: the internal helper the validity check names paths with is still there', () => {
    const util = fromFunctions('ajv/dist/compile/util') as { escapeFragment?: unknown };
    expect(typeof util.escapeFragment).toBe('function');
  });

  it('rule functions: the shipped ruleset hands over oasExample by that name (the example memo wraps it by name)', async () => {
    expect(ruleFunctionNames(await shippedRuleset())).toContain('oasExample');
  });

  it("value functions: every name on the allow-list is one of Spectral's functions", () => {
    const known = new Set([...Object.keys(fromFunctions('@stoplight/spectral-functions') as object), ...builtinRulesetFunctionNames()]);
    expect([...VALUE_FUNCTIONS].filter((name) => !known.has(name))).toEqual([]);
    expect([...TARGET_ONLY_FUNCTIONS].every((name) => VALUE_FUNCTIONS.has(name))).toBe(true);
  });

  it("YAML parse: Spectral's YAML parser makes each mapping through the order-keeping module's `default`, looked up per mapping (yaml-proto-keys swaps it)", () => {
    const fromYaml = requireAsDependencyOf(requireAsDependencyOf('@stoplight/spectral-parsers').resolve('@stoplight/yaml'));
    const containers = fromYaml('@stoplight/ordered-object-literal') as { default: (target: object) => object };
    const made = vi.spyOn(containers, 'default');
    const parse = parseYamlForLint('a:\n  b: 1\nc: {d: 2}\n');
    expect(parse.ok && parse.data).toEqual({ a: { b: 1 }, c: { d: 2 } });
    expect(made).toHaveBeenCalledTimes(3);
  });
});
