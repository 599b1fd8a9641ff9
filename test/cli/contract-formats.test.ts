import { describe, expect, it } from 'vitest';
import { cli } from './run-cli-captured.js';
import type { Change } from '../../src/diff/change.js';


async function diffJson(base: string, head: string): Promise<Change[]> {
  const { code, out, err } = await cli('diff', base, head, '--format', 'json');
  expect(err).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(out) as { changes: Change[] }).changes;
}

describe('api-review diff on the other contract formats (detected from the content)', () => {
  it.each([
    {
      format: 'graphql',
      base: 'examples/graphql/schema-v1.graphql',
      head: 'examples/graphql/schema-v2.graphql',
      errors: ['ENUM_VALUE_REMOVED', 'FIELD_ARGUMENT_TYPE_CHANGED', 'FIELD_REMOVED'],
    },
    {
      format: 'protobuf',
      base: 'examples/protobuf/v1/acme/orders/v1/orders.proto',
      head: 'examples/protobuf/v2/acme/orders/v1/orders.proto',
      errors: ['FIELD_NO_DELETE', 'FIELD_SAME_TYPE'],
    },
    {
      format: 'asyncapi',
      base: 'examples/asyncapi/order-events-v1.yaml',
      head: 'examples/asyncapi/order-events-v2.yaml',
      errors: ['channel-removed', 'sent-payload-property-became-required'],
    },
  ])('$format: the engine ids, the format, and a line and column for each change', async ({ format, base, head, errors }) => {
    const changes = await diffJson(base, head);
    expect(changes.filter((change) => change.level === 'error').map((change) => change.id).sort()).toEqual(errors);
    for (const change of changes) {
      expect(change.format).toBe(format);
      expect([base, head]).toContain(change.source.file);
      expect(change.source.line).toBeGreaterThan(0);
      expect(change.source.column).toBeGreaterThan(0);
    }
  });

  it.each([
    'examples/graphql/schema-v1.graphql',
    'examples/protobuf/v1/acme/orders/v1/orders.proto',
    'examples/asyncapi/order-events-v1.yaml',
  ])('%s compared with itself has no change', async (file) => {
    expect(await diffJson(file, file)).toEqual([]);
  });

  it('OpenAPI output carries no format field, and a column like every format (the contract)', async () => {
    const changes = await diffJson('examples/orders-v1.yaml', 'examples/orders-v2.yaml');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.some((change) => 'format' in change)).toBe(false);
    for (const change of changes) expect(change.source.column).toBeGreaterThan(0);
  });

  it('a head that does not parse exits 2 naming the file and line', async () => {
    const { code, err } = await cli('diff', 'examples/graphql/schema-v1.graphql', 'test/fixtures/formats/broken.graphql', '--format', 'json');
    expect(code).toBe(2);
    expect(err).toContain('test/fixtures/formats/broken.graphql:3:');
  });
});

describe('api-review review on the other contract formats', () => {
  it.each([
    { format: 'graphql', base: 'examples/graphql/schema-v1.graphql', head: 'examples/graphql/schema-v2.graphql', ids: ['FIELD_REMOVED', 'ENUM_VALUE_REMOVED'], words: 'Stop selecting the field Order.couponCode' },
    { format: 'protobuf', base: 'examples/protobuf/v1/acme/orders/v1/orders.proto', head: 'examples/protobuf/v2/acme/orders/v1/orders.proto', ids: ['FIELD_NO_DELETE', 'FIELD_SAME_TYPE'], words: 'Stop reading and writing the field; never reuse its field number' },
    { format: 'asyncapi', base: 'examples/asyncapi/order-events-v1.yaml', head: 'examples/asyncapi/order-events-v2.yaml', ids: ['channel-removed', 'sent-payload-property-became-required'], words: 'Stop using the channel orders.cancelled' },
  ])('$format: fails, names each breaking change, and plans the migration in its terms', async ({ format, base, head, ids, words }) => {
    const markdown = await cli('review', base, head, '--now', '2026-12-05');
    expect(markdown.code).toBe(1);
    for (const id of ids) expect(markdown.out).toContain(`\`${id}\``);
    expect(markdown.out).toContain(words);
    const json = await cli('review', base, head, '--format', 'json', '--now', '2026-12-05');
    const review = JSON.parse(json.out) as { verdict: string; specs: { format?: string; changes: { format?: string }[] }[] };
    expect(review.verdict).toBe('fail');
    expect(review.specs.map((spec) => spec.format)).toEqual([format]);
    expect(review.specs[0]?.changes.every((change) => change.format === format)).toBe(true);
  });

  it('the checklist speaks GraphQL, not OpenAPI', async () => {
    const { out } = await cli('review', 'examples/graphql/schema-v1.graphql', 'examples/graphql/schema-v2.graphql');
    expect(out).toContain('Deprecate fields, arguments and enum values');
    expect(out).not.toContain('info.version');
    expect(out).not.toContain('x-sunset');
  });

  it('passes when the contract did not change', async () => {
    const { code } = await cli('review', 'examples/graphql/schema-v1.graphql', 'examples/graphql/schema-v1.graphql');
    expect(code).toBe(0);
  });
});
