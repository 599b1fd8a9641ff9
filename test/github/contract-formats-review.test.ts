// The App on a monorepo pull request that changes one contract of each format: one check run
// (failure), one comment naming each breaking change in its format's terms, annotations in the
// right files, the label and the reviewer request once — and the API calls it costs.
import { readFileSync } from 'node:fs';
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { webhookSpec } from './webhook-specs.js';
import { pullRequestEvent } from './webhook-payloads.js';

const example = (path: string): string => readFileSync(new URL(`../../examples/${path}`, import.meta.url), 'utf8');
const protoPath = 'proto/acme/orders/v1/orders.proto';

let probot: Probot;
beforeEach(async () => {
  probot = await loadedProbot();
});
afterEach(() => {
  nock.cleanAll();
});

describe('a pull request touching OpenAPI, AsyncAPI, GraphQL and Protobuf contracts', () => {
  it('fails once, names every breaking change in its own terms, and annotates each file', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: {
        'openapi.yaml': webhookSpec('pets-v1.yaml'),
        'graphql/schema.graphql': example('graphql/schema-v1.graphql'),
        [protoPath]: example('protobuf/v1/acme/orders/v1/orders.proto'),
        'events/asyncapi.yaml': example('asyncapi/order-events-v1.yaml'),
      },
      headFiles: {
        'openapi.yaml': webhookSpec('pets-v2-breaking.yaml'),
        'graphql/schema.graphql': example('graphql/schema-v2.graphql'),
        [protoPath]: example('protobuf/v2/acme/orders/v1/orders.proto'),
        'events/asyncapi.yaml': example('asyncapi/order-events-v2.yaml'),
      },
      config: 'breaking:\n  reviewers:\n    users: [bob]\n',
    });
    const started = performance.now();
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const seconds = (performance.now() - started) / 1000;

    const completed = fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body as { conclusion: string; output: { annotations?: { path: string; title: string }[] } };
    expect(completed.conclusion).toBe('failure');
    const comments = fake.find('POST', /\/issues\/7\/comments$/);
    expect(comments).toHaveLength(1);
    const comment = String(comments[0]?.body?.body);
    for (const id of ['FIELD_REMOVED', 'FIELD_NO_DELETE', 'channel-removed', 'sent-payload-property-became-required']) expect(comment).toContain(`\`${id}\``);
    for (const file of ['graphql/schema.graphql', protoPath, 'events/asyncapi.yaml', 'openapi.yaml']) expect(comment).toContain(`### \`${file}\``);
    expect(comment).toContain('Stop selecting the field Order.couponCode');

    const annotations = fake.find('PATCH', /\/check-runs\/\d+$/).flatMap((request) => (request.body as typeof completed).output?.annotations ?? []);
    const fileOf = (rule: string) => annotations.find((annotation) => annotation.title.startsWith(rule))?.path;
    expect(fileOf('FIELD_REMOVED')).toBe('graphql/schema.graphql');
    expect(fileOf('FIELD_SAME_TYPE')).toBe(protoPath);
    expect(fileOf('channel-removed')).toBe('events/asyncapi.yaml');

    expect(fake.find('POST', /\/issues\/7\/labels$/).map((request) => request.body)).toEqual([{ labels: ['breaking-change'] }]);
    expect(fake.find('POST', /\/pulls\/7\/requested_reviewers$/)).toHaveLength(1);
    // A single-spec review costs at most 10 calls, the reviewer request 1 more (the timeline
    // replaces the comment list);
    // each further contract adds the read of its head blob (its merge-base version is rebuilt from
    // the compare patch), nothing else.
    const calls = fake.reviewCalls();
    console.info(`four-format review: ${calls.length} API calls, ${seconds.toFixed(1)} s`);
    expect(calls.length).toBeLessThanOrEqual(10 + 1 + 3);
    expect(calls.filter((call) => !/\/git\/blobs\//.test(call.path))).toHaveLength(9);
  });

  it('a pull request changing only a .proto file is reviewed', async () => {
    const fake = nockedFakeGitHub({
      baseFiles: { [protoPath]: example('protobuf/v1/acme/orders/v1/orders.proto'), 'src/app.ts': 'a' },
      headFiles: { [protoPath]: example('protobuf/v2/acme/orders/v1/orders.proto'), 'src/app.ts': 'a' },
    });
    await probot.receive(pullRequestEvent(fake, 'opened'));
    const completed = fake.find('PATCH', /\/check-runs\/\d+$/).at(-1)?.body as { conclusion: string; output: { title: string } };
    expect(completed.conclusion).toBe('failure');
    expect(completed.output.title).not.toBe('No API description changed');
  });
});
