// The migration plan as a consumer reads it: each step names the element and what to do, in plain
// sentences, per family of checks; operations that break come first.
import { describe, expect, it } from 'vitest';
import { buildMigrationPlan } from '../../src/review/build-migration-plan.js';
import { operationFacts, type OperationFacts } from '../../src/review/operation-facts.js';
import { diff, load, openapi, operation, yaml } from '../diff/spec-pair.js';
import { change } from './analysis-fixtures.js';

/** Lines of YAML moved right by `spaces`. */
const indented = (text: string, spaces: number): string => text.split('\n').map((line) => `${' '.repeat(spaces)}${line}`).join('\n') + '\n';

/** A document whose `GET path` answers 200 with a JSON body of `schema` (YAML at the schema's level). */
const answering = (schema: string, path = '/pets') =>
  operation(
    yaml`
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
    ` + indented(schema, 10),
    'get',
    path,
  );

const withResponseProperty = (property: string, required: boolean, extra = '') =>
  answering(`type: object\n${required ? `required: [${property}]\n` : ''}properties:\n  ${property}: {type: string${extra}}`);

const withQuery = (required: boolean, extra = '') =>
  operation(yaml`
    parameters:
      - {name: limit, in: query, required: ${required}, schema: {type: integer${extra}}}
    responses:
      '200': {description: ok}
  `);

const withBodyProperty = (extra: string) =>
  operation(
    yaml`
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string${extra}}
      responses:
        '201': {description: ok}
    `,
    'post',
  );

async function planSteps(base: string, head: string): Promise<string[]> {
  return buildMigrationPlan(await diff(base, head)).flatMap((group) => group.steps.map((step) => `${group.operation} | ${step.text}`));
}

describe('migration plan wording', () => {
  it.each([
    {
      family: 'a request parameter that became required',
      base: withQuery(false),
      head: withQuery(true),
      expect: /^GET \/pets \| .*Send it on every call to GET \/pets\.$/,
    },
    {
      family: 'a response property that may now be absent',
      base: withResponseProperty('total', true),
      head: withResponseProperty('total', false),
      expect: /^GET \/pets \| response property `total`: .* Make your client tolerate response property `total` being absent from the responses of GET \/pets\.$/,
    },
    {
      family: 'a request property with a tighter limit',
      base: withBodyProperty(''),
      head: withBodyProperty(', maxLength: 10'),
      expect: /^POST \/pets \| request property `name`: .*Check that the values your client sends for request property `name` to POST \/pets meet the new schema before upgrading\.$/,
    },
  ])('$family', async ({ base, head, expect: pattern }) => {
    const steps = await planSteps(base, head);
    expect(steps, steps.join('\n')).toContainEqual(expect.stringMatching(pattern));
    for (const step of steps) expect(step).not.toMatch(/ as it | it to |operations responses|\{\{/);
  });
});

/** `GET /orders` answering an envelope whose `data.items` are `Order`s, with `order` as its schema. */
const withEnvelope = (order: string) =>
  answering("type: object\nproperties:\n  data:\n    type: object\n    properties:\n      items: {type: array, items: {$ref: '#/components/schemas/Order'}}", '/orders') +
  `components:\n  schemas:\n    Order:\n${indented(order, 6)}`;

describe('migration plan naming', () => {
  it('names a component property by its schema, not by the route through the envelope', async () => {
    const steps = await planSteps(
      withEnvelope('type: object\nproperties:\n  total: {type: integer}'),
      withEnvelope('type: object\nproperties:\n  total: {type: string}'),
    );
    expect(steps).toEqual([expect.stringMatching(/^GET \/orders \| response property `Order\.total`: .*parses response property `Order\.total` from/)]);
    expect(steps.join('\n')).not.toContain('data/items');
  });

  it('reads a probable rename as what replaced what, in one step', async () => {
    const steps = await planSteps(
      withEnvelope('type: object\nrequired: [name]\nproperties:\n  name: {type: string}'),
      withEnvelope('type: object\nrequired: [displayName]\nproperties:\n  displayName: {type: string}'),
    );
    expect(steps).toEqual(['GET /orders | response property `Order.name` is now `Order.displayName`: read the new name in the responses of GET /orders; the old one is no longer sent.']);
  });

  it('keeps the route of an inline schema, which has no other name', async () => {
    const steps = await planSteps(withResponseProperty('total', true), withResponseProperty('total', false));
    expect(steps).toContainEqual(expect.stringContaining('response property `total`'));
  });
});

/** Two operations; `/old` is deprecated with a sunset still ahead and `extra` fields of its own. */
const withDeprecated = (extra: string) =>
  openapi(yaml`
    paths:
      /things:
        get:
          responses: {'200': {description: ok}}
      /old:
        get:
          deprecated: true
          x-sunset: '2026-01-31'
          ${extra}
          responses: {'200': {description: ok}}
  `);
const withoutOld = openapi(yaml`
  paths:
    /things:
      get:
        responses: {'200': {description: ok}}
`);

describe('migration plan for a removed operation', () => {
  it.each([
    { named: 'x-replaced-by', extra: "x-replaced-by: 'GET /things'", advice: 'move to `GET /things` before 2026-01-31.' },
    { named: 'a description', extra: "description: 'Use GET /things instead.'", advice: 'move to the replacement its description names before 2026-01-31.' },
    { named: 'nothing', extra: "description: 'Old listing.'", advice: 'no replacement is named, so ask the provider for one before 2026-01-31.' },
  ])('says what to move to only when the operation named it ($named)', async ({ extra, advice }) => {
    const base = withDeprecated(extra);
    const facts = operationFacts(await load(base), 'GET /old') as OperationFacts;
    const plan = buildMigrationPlan(await diff(base, withoutOld), [facts]);
    expect(plan.flatMap((group) => group.steps.map((step) => step.text))).toEqual([expect.stringMatching(new RegExp(`Stop calling GET /old: ${escape(advice)}$`))]);
  });

  it('keeps the general advice, which invents no replacement, when the base facts are unknown', async () => {
    const plan = buildMigrationPlan(await diff(withDeprecated(''), withoutOld));
    const text = plan[0]?.steps[0]?.text ?? '';
    expect(text).toMatch(/Stop calling GET \/old before the provider ships this version; move to the replacement the provider names, or ask for one\.$/);
    expect(text).not.toMatch(/its replacement/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

describe('migration plan order', () => {
  it('puts operations with a breaking step first, then the rest by name', () => {
    const plan = buildMigrationPlan([
      change('request-property-max-set', 'warning', 'GET /a', 5),
      change('request-parameter-became-required', 'error', 'GET /z', 9),
      change('request-property-max-set', 'warning', 'GET /m', 7),
    ]);
    expect(plan.map((group) => group.operation)).toEqual(['GET /z', 'GET /a', 'GET /m']);
  });
});
