import { describe, expect, it } from 'vitest';
import { diffIds, operation } from '../spec-pair.js';

// The review's date in these tests is 2025-06-15 (spec-pair.ts NOW).
const ok = "responses:\n  '200': { description: ok }\n";
const op = (extra = '') => operation(`${extra}${ok}`);
const withParam = (extra = '') => op(`parameters:\n  - { name: q, in: query, schema: { type: string }${extra} }\n`);

describe('lifecycle family: operations', () => {
  it.each([
    { name: 'deprecated without sunset', base: op(), head: op('deprecated: true\n'), config: {}, expected: ['endpoint-deprecated'] },
    { name: 'deprecated with a future sunset', base: op(), head: op("deprecated: true\nx-sunset: '2026-01-01'\n"), config: {}, expected: ['endpoint-deprecated-with-sunset'] },
    { name: 'deprecated with a past sunset', base: op(), head: op("deprecated: true\nx-sunset: '2025-01-01'\n"), config: {}, expected: ['api-sunset-date-too-small'] },
    { name: 'deprecated with an unreadable sunset', base: op(), head: op("deprecated: true\nx-sunset: 'soon'\n"), config: {}, expected: ['api-deprecated-sunset-parse'] },
    {
      name: 'deprecated without sunset under a notice period',
      base: op(),
      head: op('deprecated: true\n'),
      config: { deprecation_days: { stable: 90 } },
      expected: ['api-deprecated-sunset-missing'],
    },
    {
      name: 'sunset closer than the notice period',
      base: op(),
      head: op("deprecated: true\nx-sunset: '2025-07-01'\n"),
      config: { deprecation_days: { stable: 90 } },
      expected: ['api-sunset-date-too-small'],
    },
    {
      name: 'beta operations use the beta period',
      base: op('x-stability-level: beta\n'),
      head: op("x-stability-level: beta\ndeprecated: true\nx-sunset: '2025-07-01'\n"),
      config: { deprecation_days: { stable: 90, beta: 10 } },
      expected: ['endpoint-deprecated-with-sunset'],
    },
    { name: 'reactivated', base: op('deprecated: true\n'), head: op(), config: {}, expected: ['endpoint-reactivated'] },
    { name: 'sunset deleted', base: op("deprecated: true\nx-sunset: '2026-01-01'\n"), head: op('deprecated: true\n'), config: {}, expected: ['sunset-deleted'] },
    {
      name: 'sunset moved into the past',
      base: op("deprecated: true\nx-sunset: '2026-01-01'\n"),
      head: op("deprecated: true\nx-sunset: '2025-01-01'\n"),
      config: {},
      expected: ['api-sunset-date-changed-too-small'],
    },
    {
      name: 'sunset moved later',
      base: op("deprecated: true\nx-sunset: '2026-01-01'\n"),
      head: op("deprecated: true\nx-sunset: '2027-01-01'\n"),
      config: {},
      expected: [],
    },
    { name: 'stable to beta', base: op(), head: op('x-stability-level: beta\n'), config: {}, expected: ['api-stability-decreased'] },
    { name: 'beta to stable', base: op('x-stability-level: beta\n'), head: op('x-stability-level: stable\n'), config: {}, expected: ['api-stability-increased'] },
    { name: 'alpha to beta: was never promised', base: op('x-stability-level: alpha\n'), head: op('x-stability-level: beta\n'), config: {}, expected: [] },
    { name: 'invalid stability level', base: op(), head: op('x-stability-level: experimental\n'), config: {}, expected: ['api-invalid-stability-level'] },
    {
      name: 'draft operations change freely',
      base: op('x-stability-level: draft\n'),
      head: op('x-stability-level: draft\ndeprecated: true\nrequestBody:\n  required: true\n  content:\n    application/json: { schema: { type: object } }\n'),
      config: {},
      expected: [],
    },
  ])('$name', async ({ base, head, config, expected }) => {
    expect(await diffIds(base, head, config)).toEqual(expected);
  });
});

describe('lifecycle family: request parameters', () => {
  it.each([
    { name: 'parameter deprecated', base: withParam(), head: withParam(', deprecated: true'), config: {}, expected: ['request-parameter-deprecated'] },
    { name: 'parameter deprecated with sunset (same id)', base: withParam(), head: withParam(", deprecated: true, x-sunset: '2026-01-01'"), config: {}, expected: ['request-parameter-deprecated'] },
    { name: 'parameter deprecated with an unreadable sunset', base: withParam(), head: withParam(", deprecated: true, x-sunset: 'soon'"), config: {}, expected: ['request-parameter-sunset-parse'] },
    { name: 'parameter reactivated', base: withParam(', deprecated: true'), head: withParam(), config: {}, expected: ['request-parameter-reactivated'] },
    {
      name: 'parameter deprecated without sunset under a notice period',
      base: withParam(),
      head: withParam(', deprecated: true'),
      config: { deprecation_days: { stable: 30 } },
      expected: ['request-parameter-deprecated-sunset-missing'],
    },
    {
      name: 'parameter sunset too close',
      base: withParam(),
      head: withParam(", deprecated: true, x-sunset: '2025-06-20'"),
      config: { deprecation_days: { stable: 30 } },
      expected: ['request-parameter-sunset-date-too-small'],
    },
    {
      name: 'parameter sunset deleted',
      base: withParam(", deprecated: true, x-sunset: '2026-01-01'"),
      head: withParam(', deprecated: true'),
      config: {},
      expected: ['request-parameter-sunset-deleted'],
    },
    {
      name: 'parameter sunset moved into the past',
      base: withParam(", deprecated: true, x-sunset: '2026-01-01'"),
      head: withParam(", deprecated: true, x-sunset: '2025-01-01'"),
      config: {},
      expected: ['request-parameter-sunset-date-changed-too-small'],
    },
  ])('$name', async ({ base, head, config, expected }) => {
    expect(await diffIds(base, head, config)).toEqual(expected);
  });
});
