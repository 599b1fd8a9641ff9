// The incremental lint must classify exactly as full lints of base and head do: hand-made pairs
// for the rules that read the whole document, and samples of the real corpus (the whole pairs
// with API_REVIEW_SLOW_TESTS=1; skipped when ../shared/corpus is absent).
import { join } from 'node:path';
import type { Ruleset } from '@stoplight/spectral-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedMaterial, sharedPath } from '../../shared-material.js';
import { createLintCache } from '../../../src/lint/incremental/lint-cache.js';
import { lintChange } from '../../../src/lint/incremental/lint-change.js';
import type { ClassifiedFindings } from '../../../src/lint/lint-diff.js';
import type { LintFinding } from '../../../src/lint/lint-finding.js';
import { compareFindings } from '../../../src/lint/compare-findings.js';
import { loadRuleset } from '../../../src/lint/load-ruleset.js';
import type { LoadedSpec } from '../../../src/specs/loaded-spec.js';
import { memorySource } from '../../../src/specs/memory-source.js';
import { startAnalysisWorker } from '../../../src/pipeline/start-analysis-worker.js';
import { debt, incrementalAndFull, loadForLint as load, shown, type LintViews } from './lint-change-views.js';
import type { CorpusRequest } from './lint-change-worker.js';

let ruleset: Ruleset;
beforeAll(async () => {
  const load = await loadRuleset({ kind: 'shipped' });
  if (!load.ok) throw new Error('the shipped ruleset does not load');
  ruleset = load.ruleset.ruleset;
});

async function expectSameAsFullLint(base: LoadedSpec, head: LoadedSpec): Promise<ClassifiedFindings> {
  const { incremental, full, classified } = await incrementalAndFull(base, head, ruleset);
  expectSameViews(incremental, full);
  return classified;
}

function expectSameViews(incremental: LintViews, full: LintViews): void {
  expect({ introduced: incremental.introduced, fixed: incremental.fixed }).toEqual({ introduced: full.introduced, fixed: full.fixed });
  // The incremental lint may leave unchanged debt unlisted, but never lists debt a full lint lacks.
  // (A set, built once: the GitHub pair has over 30,000 findings a side.)
  const fullDebt = new Set(full.debt);
  expect(incremental.debt.filter((line) => !fullDebt.has(line))).toEqual([]);
}

const header = `openapi: 3.0.3
info: {title: Pets, version: '1', description: Pets., contact: {name: A, url: 'https://a.example', email: a@a.example}}
servers: [{url: 'https://api.example.com/v1'}]
tags: [{name: pets, description: Pets.}, {name: stores, description: Stores.}]
security: [{key: []}]
`;
const operation = (id: string, tag = 'pets', extra = '') => `      operationId: ${id}
      summary: ${id}
      description: ${id}.
      tags: [${tag}]${extra}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
        '404': {$ref: '#/components/responses/NotFound'}
`;
const components = (extra = '') => `components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
  responses:
    NotFound:
      description: not found
      content: {application/json: {schema: {type: object}}}
  schemas:
    Pet:
      type: object
      properties:
        petId: {type: string, example: abc}
${extra}`;
const spec = (paths: string, options: { header?: string; components?: string } = {}) =>
  `${options.header ?? header}paths:\n${paths}${options.components ?? components()}`;

describe('whole-document rules and references, on hand-made pairs', () => {
  it.each([
    {
      name: 'a new operation reusing an existing operationId',
      base: spec(`  /pets:\n    get:\n${operation('listPets')}`),
      head: spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listPets', 'stores')}`),
    },
    {
      name: 'a removed operation leaves a component unused',
      base: spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listStores', 'stores').replace("'#/components/schemas/Pet'", "'#/components/schemas/Store'")}`, {
        components: components(`    Store: {type: object}\n`),
      }),
      head: spec(`  /pets:\n    get:\n${operation('listPets')}`, { components: components(`    Store: {type: object}\n`) }),
    },
    {
      name: 'a tag removed from the root that an unchanged operation uses',
      base: spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listStores', 'stores')}`),
      head: spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listStores', 'stores')}`, {
        header: header.replace(', {name: stores, description: Stores.}', ''),
      }),
    },
    {
      name: 'info and servers changed',
      base: spec(`  /pets:\n    get:\n${operation('listPets')}`),
      head: spec(`  /pets:\n    get:\n${operation('listPets')}`, {
        header: header.replace(", contact: {name: A, url: 'https://a.example', email: a@a.example}", '').replace('/v1', '/v1/'),
      }),
    },
    {
      name: 'a security scheme removed that an unchanged operation requires',
      base: spec(`  /pets:\n    get:\n${operation('listPets', 'pets', '\n      security: [{key: []}]')}`),
      head: spec(`  /pets:\n    get:\n${operation('listPets', 'pets', '\n      security: [{key: []}]')}`, {
        components: components().replace('    key: {type: apiKey, in: header, name: X-Key}\n', '    other: {type: apiKey, in: header, name: X-Other}\n'),
        header: header.replace('[{key: []}]', '[{other: []}]'),
      }),
    },
    {
      name: 'a new path equivalent to an existing one',
      base: spec(`  /pets/{petId}:\n    get:\n${operation('getPet', 'pets', '\n      parameters: [{name: petId, in: path, required: true, schema: {type: string}}]')}`),
      head: spec(
        `  /pets/{petId}:\n    get:\n${operation('getPet', 'pets', '\n      parameters: [{name: petId, in: path, required: true, schema: {type: string}}]')}` +
          `  /pets/{id}:\n    get:\n${operation('getPetById', 'pets', '\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]')}`,
      ),
    },
    {
      name: 'a changed component flags an unchanged operation that reaches it (and its example)',
      base: spec(`  /pets:\n    get:\n${operation('listPets')}`),
      head: spec(`  /pets:\n    get:\n${operation('listPets')}`, {
        components: components().replace('type: object\n      properties:\n        petId: {type: string, example: abc}', 'type: array\n      items:\n        type: object\n        properties:\n          pet_id: {type: integer, example: abc}'),
      }),
    },
    {
      name: 'a new operation reaching an error response already flagged through another operation',
      base: spec(`  /pets:\n    get:\n${operation('listPets')}`),
      head: spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listStores', 'stores')}`),
    },
    {
      name: 'the only operation reaching a flagged error response is replaced by another one',
      base: spec(`  /pets:\n    get:\n${operation('listPets')}`),
      head: spec(`  /stores:\n    get:\n${operation('listStores', 'stores')}`),
    },
  ])('$name', async ({ base, head }) => {
    await expectSameAsFullLint(await load(base), await load(head));
  });

  it('maps a key that Spectral cannot locate through a $ref as a full lint does', async () => {
    // `+1` is URI-encoded on the way through the `$ref` and not decoded back, so a resolved rule
    // would report it once on the `properties` above it and once in place.
    const reactions = components('    Reactions: {type: object, properties: {"+1": {type: integer}, total: {type: integer}}}\n');
    const uses = `      operationId: r\n      summary: r\n      description: r.\n      tags: [pets]\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Reactions'}}}}\n`;
    const classified = await expectSameAsFullLint(
      await load(spec(`  /pets:\n    get:\n${operation('listPets')}`)),
      await load(spec(`  /pets:\n    get:\n${operation('listPets')}  /reactions:\n    get:\n${uses}`, { components: reactions })),
    );
    // The bounds rule reads the file as written (resolved: false): one finding, where `+1` is written.
    expect(classified.introduced.filter((finding) => finding.code === 'api-schema-bounds').map((finding) => finding.path.join('/'))).toContain(
      'components/schemas/Reactions/properties/+1',
    );
  });

  it('finds what a new operation introduces and leaves what it reuses as existing', async () => {
    const classified = await expectSameAsFullLint(
      await load(spec(`  /pets:\n    get:\n${operation('listPets')}`)),
      await load(spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listPets', 'stores')}`)),
    );
    expect(classified.introduced.map((finding) => finding.code)).toContain('operation-operationId-unique');
    expect(classified.introduced.some((finding) => finding.path.join('/').startsWith('components/responses/NotFound'))).toBe(false);
  });

  it.each([
    { name: 'one-line info and servers, nothing changed', text: spec(`  /pets:\n    get:\n${operation('listPets')}`) },
    { name: 'block info and servers, nothing changed', text: spec(`  /pets:\n    get:\n${operation('listPets')}`, { header: `openapi: 3.0.3\ninfo:\n  title: Pets\n  version: '1'\n  description: Pets.\n  contact: {name: A, url: 'https://a.example', email: a@a.example}\nservers:\n  - url: 'https://api.example.com/v1'\nsecurity: [{key: []}]\n` }) },
  ])('lists no debt that a full lint does not report: $name', async ({ text }) => {
    const classified = await lintChange(await load(text), await load(text), ruleset, { cache: createLintCache() });
    expect(classified.existing.map((finding) => finding.code)).not.toContain('info-contact');
    expect(classified.existing.map((finding) => finding.code)).not.toContain('info-description');
    expect(classified.existing.map((finding) => finding.code)).not.toContain('oas3-api-servers');
    await expectSameAsFullLint(await load(text), await load(text));
  });

  it('lints a Swagger 2.0 pair the same way', async () => {
    const swagger = (paths: string) =>
      `swagger: '2.0'\ninfo: {title: T, version: '1', description: d, contact: {name: a}}\nhost: api.example.com\nschemes: [https]\npaths:\n${paths}definitions:\n  Pet: {type: object, properties: {id: {type: string, example: 1}}}\n`;
    const get = (id: string) => `    get:\n      operationId: ${id}\n      description: d\n      tags: [pets]\n      responses:\n        '200': {description: ok, schema: {$ref: '#/definitions/Pet'}}\n`;
    await expectSameAsFullLint(await load(swagger(`  /pets:\n${get('a')}`)), await load(swagger(`  /pets:\n${get('a')}  /more:\n${get('a')}`)));
  });
});

describe('the bounds rule, run unit by unit', () => {
  it('classifies as a full lint does and lists the bounds debt of the linted units only', async () => {
    const withStore = components('    Store: {type: object, properties: {name: {type: string}}}\n');
    const base = await load(spec(`  /pets:\n    get:\n${operation('listPets')}`, { components: withStore }));
    const head = await load(spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listStores', 'stores')}`, { components: withStore }));
    const bounds = (findings: LintFinding[]) => findings.filter((finding) => finding.code === 'api-schema-bounds').map((finding) => finding.path.join('/'));
    const full = await lintChange(base, head, ruleset, { cache: createLintCache(), full: true });
    const incremental = await lintChange(base, head, ruleset, { cache: createLintCache() });
    expect(shown(incremental)).toEqual(shown(full));
    // Both schemas are unchanged: the full lint lists their debt, the incremental one leaves it
    // unlisted, Store (which no linted unit reaches) as well as Pet (kept for the new operation's
    // `$ref`, but not linted from).
    for (const unchanged of ['components/schemas/Store/properties/name', 'components/schemas/Pet/properties/petId']) {
      expect(bounds(full.existing)).toContain(unchanged);
      expect(bounds(incremental.existing)).not.toContain(unchanged);
    }
  });

  it('prints findings in one order, whichever run found them', async () => {
    const classified = await lintChange(
      await load(spec(`  /pets:\n    get:\n${operation('listPets')}`)),
      await load(spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listPets', 'stores')}`)),
      ruleset,
      { cache: createLintCache() },
    );
    // A whole-document rule (the duplicate operationId) and unit-local ones find new things here.
    expect(new Set(classified.introduced.map((finding) => finding.code))).toContain('operation-operationId-unique');
    for (const list of [classified.introduced, classified.existing, classified.fixed]) expect(list).toEqual([...list].sort(compareFindings));
  });
});

describe('webhooks of an OpenAPI 3.0 description (x-webhooks), one unit each', () => {
  const hook = (example: string) => `    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {type: object, properties: {n: {type: string, example: ${example}}}}\n      responses:\n        '200': {description: ok}\n`;
  const withHooks = (hooks: string) => spec(`  /pets:\n    get:\n${operation('listPets')}`) + `x-webhooks:\n${hooks}`;

  it('classifies as a full lint does and leaves the debt of an unchanged webhook unlisted', async () => {
    const base = await load(withHooks(`  old:\n${hook('5')}  edited:\n${hook('x')}`));
    const head = await load(withHooks(`  old:\n${hook('5')}  edited:\n${hook('6')}  added:\n${hook('7')}`));
    const full = await lintChange(base, head, ruleset, { cache: createLintCache(), full: true });
    const incremental = await lintChange(base, head, ruleset, { cache: createLintCache() });
    expect(shown(incremental)).toEqual(shown(full));
    const examples = (findings: LintFinding[], webhook: string) => findings.filter((finding) => finding.code === 'oas3-valid-schema-example' && finding.path[1] === webhook);
    expect(examples(full.introduced, 'edited')).toHaveLength(1);
    expect(examples(full.introduced, 'added')).toHaveLength(1);
    expect(examples(full.existing, 'old')).toHaveLength(1);
    expect(examples(incremental.existing, 'old')).toEqual([]);
  });

  it('lints whole when x-webhooks is not a map', async () => {
    const base = await load(`${spec(`  /pets:\n    get:\n${operation('listPets')}`)}x-webhooks: [1]\n`);
    const head = await load(`${spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listStores', 'stores')}`)}x-webhooks: [1]\n`);
    const full = await lintChange(base, head, ruleset, { cache: createLintCache(), full: true });
    const incremental = await lintChange(base, head, ruleset, { cache: createLintCache() });
    expect(shown(incremental)).toEqual(shown(full));
    expect(debt(incremental)).toEqual(debt(full));
  });
});

describe('the lint cache', () => {
  it('stays exact across pairs that share a base and keep other units', async () => {
    // An unresolved rule sees every kept unit: two pairs sharing a base and the units linted
    // from, but keeping other units, classify as full lints do (the parts are keyed apart).
    const source = memorySource({
      'rules.yaml': `rules:\n  schema-described:\n    given: $.components.schemas[*]\n    resolved: false\n    severity: warn\n    then: {field: description, function: truthy}\n`,
    });
    const custom = await loadRuleset({ kind: 'file', source, path: 'rules.yaml' });
    if (!custom.ok) throw new Error('the test ruleset does not load');
    const doc = (schema: string) => `openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/${schema}'}}}}
components:
  schemas:
    Pet: {type: object, description: d}
    A: {type: object}
    C: {type: object}
`;
    const cache = createLintCache();
    const base = await load(doc('Pet'));
    for (const headSchema of ['A', 'C']) {
      const head = await load(doc(headSchema));
      const cached = await lintChange(base, head, custom.ruleset.ruleset, { cache });
      const full = await lintChange(base, head, custom.ruleset.ruleset, { cache: createLintCache(), full: true });
      expect(shown(cached)).toEqual(shown(full));
    }
  });

  it('answers a second review of the same pair, even with the ruleset loaded again', async () => {
    const cache = createLintCache();
    let lints = 0;
    const counting = { ...cache, set: (key: string, findings: Promise<LintFinding[]>) => ((lints += 1), cache.set(key, findings)) };
    const base = spec(`  /pets:\n    get:\n${operation('listPets')}`);
    const head = spec(`  /pets:\n    get:\n${operation('listPets')}  /stores:\n    get:\n${operation('listPets', 'stores')}`);
    const first = await lintChange(await load(base), await load(head), ruleset, { cache: counting });
    const afterFirst = lints;
    const again = await loadRuleset({ kind: 'shipped' });
    if (!again.ok) throw new Error('the shipped ruleset does not load');
    const second = await lintChange(await load(base), await load(head), again.ruleset.ruleset, { cache: counting });
    expect(afterFirst).toBeGreaterThan(0);
    expect(lints).toBe(afterFirst);
    expect(shown(second)).toEqual(shown(first));
  });
});

const corpus = sharedPath('corpus');
const slow = process.env.API_REVIEW_SLOW_TESTS === '1';

interface CorpusCase {
  name: string;
  file: [string, string];
  /** Path templates kept in a sample (both versions cut the same way); the whole pair when absent. */
  sample?: string;
}

const corpusCases: CorpusCase[] = [
  { name: 'github, the /orgs/{org}/actions operations', file: ['github/base.json', 'github/head.json'], sample: '/orgs/{org}/actions' },
  { name: 'ghes, the /repos/{owner}/{repo}/pulls operations', file: ['ghes/base.json', 'ghes/head.json'], sample: '/repos/{owner}/{repo}/pulls' },
  ...(slow
    ? [
        { name: 'github (whole pair)', file: ['github/base.json', 'github/head.json'] as [string, string] },
        { name: 'ghes (whole pair)', file: ['ghes/base.json', 'ghes/head.json'] as [string, string] },
        { name: 'stripe (whole pair)', file: ['stripe/base.yaml', 'stripe/head.yaml'] as [string, string] },
        { name: 'kubernetes (whole pair)', file: ['kubernetes/base.json', 'kubernetes/head.json'] as [string, string] },
      ]
    : []),
];

describe.skipIf(!hasSharedMaterial(corpus, 'lint-change corpus pairs'))('corpus pairs', () => {
  it.each(corpusCases)('$name', async ({ file, sample }) => {
    const request: CorpusRequest = { files: [join(corpus, file[0]), join(corpus, file[1])], ...(sample ? { sample } : {}) };
    const { incremental, full } = await inWorker(request);
    expectSameViews(incremental, full);
  }, 1_800_000);
});

/** One corpus comparison on its own worker thread (lint-change-worker.ts says why). */
async function inWorker(request: CorpusRequest): Promise<{ incremental: LintViews; full: LintViews }> {
  const worker = startAnalysisWorker({ heapMb: 8192 }, new URL('./lint-change-worker.ts', import.meta.url));
  try {
    const answer = await new Promise<{ ok: true; views: { incremental: LintViews; full: LintViews } } | { ok: false; message: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(request);
    });
    if (!answer.ok) throw new Error(answer.message);
    return answer.views;
  } finally {
    await worker.terminate();
  }
}
