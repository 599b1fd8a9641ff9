import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { annotationsOf } from '../../src/github/annotations.js';
import type { Review } from '../../src/review/review.js';

async function review(base: string, head: string): Promise<Review> {
  let out = '';
  await runCli(['review', base, head, '--format', 'json', '--now', '2026-12-05'], { out: (text) => (out += text), err: () => undefined });
  return JSON.parse(out) as Review;
}

const lineOf = (file: string, text: string): number => readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

describe('annotations of other contract formats point at a line of the head file', () => {
  it.each([
    {
      format: 'graphql',
      base: 'examples/graphql/schema-v1.graphql',
      head: 'examples/graphql/schema-v2.graphql',
      rule: 'FIELD_REMOVED',
      // The removed field's type survives: the annotation sits on it, the base line is in the message.
      at: () => lineOf('examples/graphql/schema-v2.graphql', 'type Order {'),
      baseAt: () => `examples/graphql/schema-v1.graphql:${lineOf('examples/graphql/schema-v1.graphql', 'couponCode')}`,
    },
    {
      format: 'asyncapi',
      base: 'examples/asyncapi/order-events-v1.yaml',
      head: 'examples/asyncapi/order-events-v2.yaml',
      rule: 'channel-removed',
      at: () => lineOf('examples/asyncapi/order-events-v2.yaml', 'channels:'),
      baseAt: () => `examples/asyncapi/order-events-v1.yaml:${lineOf('examples/asyncapi/order-events-v1.yaml', '  orderCancelled:')}`,
    },
    {
      format: 'protobuf',
      base: 'examples/protobuf/v1/acme/orders/v1/orders.proto',
      head: 'examples/protobuf/v2/acme/orders/v1/orders.proto',
      rule: 'FIELD_NO_DELETE',
      // buf places a deleted field at the message that lost it, in the head.
      at: () => lineOf('examples/protobuf/v2/acme/orders/v1/orders.proto', 'message Order {'),
      baseAt: () => undefined,
    },
  ])('$format: $rule', async ({ head, base, rule, at, baseAt }) => {
    const annotations = annotationsOf(await review(base, head));
    const annotation = annotations.find((candidate) => candidate.title.startsWith(rule));
    expect(annotation).toMatchObject({ path: head, start_line: at(), annotation_level: 'failure' });
    const where = baseAt();
    if (where) expect(annotation?.message).toContain(`in the merge base at ${where}`);
    for (const each of annotations) expect(each.path).toBe(head);
  });
});
