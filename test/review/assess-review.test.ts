import { describe, expect, it } from 'vitest';
import { configSchema, defaultConfig } from '../../src/config/config-schema.js';
import { assessReview } from '../../src/review/assess-review.js';
import type { Acceptance } from '../../src/review/review.js';
import { analysis, change, finding } from './analysis-fixtures.js';

const now = new Date('2026-11-25T12:00:00Z');
const blocking = configSchema.parse({ lint: { new_errors_block: true } });

describe('assessReview', () => {
  it.each([
    { name: 'no specs', specs: [], config: defaultConfig, verdict: 'pass', title: 'No API description changed' },
    { name: 'clean change', specs: [analysis()], config: defaultConfig, verdict: 'pass', title: 'No breaking changes' },
    {
      name: 'a base that does not parse is no green headline',
      specs: [analysis({ baseProblems: [{ code: 'parse-error', message: 'openapi.yaml is not valid YAML', fatal: true, source: { file: 'openapi.yaml', line: 3 } }] })],
      config: defaultConfig,
      verdict: 'pass',
      title: '1 spec not compared: its base version does not parse',
    },
    {
      name: 'a breaking change fails',
      specs: [analysis({ changes: [change('api-removed-without-deprecation', 'error', 'DELETE /orders/{id}')] })],
      config: defaultConfig,
      verdict: 'fail',
      title: '1 breaking change',
    },
    {
      name: 'a warning does not fail',
      specs: [analysis({ changes: [change('request-parameter-removed', 'warning', 'GET /orders')] })],
      config: defaultConfig,
      verdict: 'pass',
      title: 'No breaking changes · 1 warning',
    },
    {
      name: 'a new lint error warns by default',
      specs: [analysis({ lint: { introduced: [finding('operation-operationId', 'error')], existing: [], fixed: [] } })],
      config: defaultConfig,
      verdict: 'pass',
      title: '1 new lint error · 1 warning',
    },
    {
      name: 'a new lint error blocks when configured',
      specs: [analysis({ lint: { introduced: [finding('operation-operationId', 'error')], existing: [], fixed: [] } })],
      config: blocking,
      verdict: 'fail',
      title: '1 new lint error',
    },
    {
      name: 'existing lint debt never blocks',
      specs: [analysis({ lint: { introduced: [], existing: [finding('operation-operationId', 'error')], fixed: [] } })],
      config: blocking,
      verdict: 'pass',
      title: 'No breaking changes',
    },
    {
      name: 'a head that does not load is a blocker',
      specs: [analysis({ problems: [{ code: 'parse-error', message: 'openapi.yaml is not valid YAML', source: { file: 'openapi.yaml', line: 3 }, fatal: true }] })],
      config: defaultConfig,
      verdict: 'fail',
      title: '1 invalid spec',
    },
  ])('$name', ({ specs, config, verdict, title }) => {
    const review = assessReview({ specs, config, acceptances: [], now });
    expect(review.verdict).toBe(verdict);
    expect(review.title).toBe(title);
  });

  it('an acceptance covers exactly the fingerprints it names', () => {
    const removal = change('api-removed-without-deprecation', 'error', 'DELETE /orders/{id}');
    const required = change('request-parameter-became-required', 'error', 'GET /orders', 20);
    const first = assessReview({ specs: [analysis({ changes: [removal] })], config: defaultConfig, acceptances: [], now });
    const acceptance: Acceptance = { user: 'octocat', reason: 'agreed with consumers', url: 'https://example.test/c/1', at: now.toISOString(), fingerprints: first.unacceptedFingerprints };

    const accepted = assessReview({ specs: [analysis({ changes: [removal] })], config: defaultConfig, acceptances: [acceptance], now });
    expect(accepted.verdict).toBe('pass');
    expect(accepted.title).toBe('1 breaking change accepted');
    expect(accepted.specs[0]?.items[0]?.acceptedBy).toEqual({ user: 'octocat', reason: 'agreed with consumers', url: 'https://example.test/c/1' });

    const later = assessReview({ specs: [analysis({ changes: [removal, required] })], config: defaultConfig, acceptances: [acceptance], now });
    expect(later.verdict).toBe('fail');
    expect(later.unacceptedFingerprints).toHaveLength(1);
    expect(later.specs[0]?.items.find((item) => !item.acceptedBy)?.rule).toBe('request-parameter-became-required');
  });

  it('fingerprints survive a push that only moves lines', () => {
    const before = assessReview({ specs: [analysis({ changes: [change('api-removed-without-deprecation', 'error', 'DELETE /x', 10)] })], config: defaultConfig, acceptances: [], now });
    const after = assessReview({ specs: [analysis({ changes: [change('api-removed-without-deprecation', 'error', 'DELETE /x', 42)] })], config: defaultConfig, acceptances: [], now });
    expect(after.unacceptedFingerprints).toEqual(before.unacceptedFingerprints);
  });

  it('builds the checklist from what the change touches', () => {
    const review = assessReview({
      specs: [
        analysis({
          changes: [change('api-removed-without-deprecation', 'error', 'DELETE /orders/{id}')],
          baseVersion: '1.4.0',
          headVersion: '2.0.0',
          newOperations: [
            {
              operation: 'POST /refunds',
              method: 'POST',
              path: '/refunds',
              hasErrorResponses: false,
              hasSecurity: true,
              hasExamples: false,
              isCollectionGet: false,
              hasPagination: false,
              isCreate: true,
              hasIdempotencyKey: false,
              deprecated: false,
              hasSunset: false,
              hasReplacement: false,
            },
          ],
        }),
      ],
      config: defaultConfig,
      acceptances: [],
      now,
    });
    const checklist = review.specs[0]?.checklist.map((item) => `${item.done ? 'x' : ' '} ${item.text}`);
    expect(checklist).toEqual([
      '  Document error responses (4xx/5xx) for `POST /refunds`',
      'x Declare security for `POST /refunds`',
      '  Add request/response examples for `POST /refunds`',
      '  Accept an `Idempotency-Key` header on `POST /refunds`',
      'x Bump the major version in `info.version` (base: 1.4.0, head: 2.0.0)',
      '  Deprecate operations and parameters (with `x-sunset`) before removing them',
      '  Tell the API consumers: changelog entry and migration guide, with the date the change ships',
    ]);
  });
});
