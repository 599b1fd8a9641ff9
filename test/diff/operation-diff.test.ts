import { describe, expect, it } from 'vitest';
import { matchSpecs } from '../../src/diff/spec-match.js';
import { load, operation } from './spec-pair.js';

const before = operation(`parameters:
  - { name: X-Trace, in: header, schema: { type: string } }
  - { name: q, in: query, schema: { type: string } }
requestBody:
  content:
    application/json: { schema: { type: object } }
responses:
  '200':
    description: ok
    content:
      application/json: { schema: { type: object } }
  '404': { description: missing }
`);
const after = operation(`x-stability-level: beta
parameters:
  - { name: x-trace, in: header, schema: { type: string } }
  - { name: limit, in: query, schema: { type: integer } }
requestBody:
  content:
    application/problem+json: { schema: { type: object } }
responses:
  '200':
    description: ok
    content:
      application/json: { schema: { type: object } }
  '201': { description: created }
`);

async function onlyPair() {
  const match = matchSpecs(await load(before), await load(after), null);
  expect(match.operationPairs).toHaveLength(1);
  const [pair] = match.operationPairs;
  if (pair === undefined) throw new Error('no operation pair');
  return pair;
}

describe('operation diff (first phase below an operation)', () => {
  it('matches parameters, bodies and responses under one rule set', async () => {
    const { diff } = await onlyPair();
    const parameters = diff.parameters();
    expect(parameters.pairs.map(({ base, head }) => [base.name, head.name])).toEqual([['X-Trace', 'x-trace']]);
    expect(parameters.removed.map((side) => side.name)).toEqual(['q']);
    expect(parameters.added.map((side) => side.name)).toEqual(['limit']);
    expect(diff.requestBody().media().pairs.map(({ base, head }) => [base.name, head.name])).toEqual([
      ['application/json', 'application/problem+json'],
    ]);
    const responses = diff.responses();
    expect(responses.pairs.map((pair) => pair.status)).toEqual(['200']);
    expect(responses.removed.map((side) => side.status)).toEqual(['404']);
    expect(responses.added.map((side) => side.status)).toEqual(['201']);
  });

  it('matches each part once, however many families read it', async () => {
    const { diff } = await onlyPair();
    expect(diff.parameters()).toBe(diff.parameters());
    expect(diff.requestBody().media()).toBe(diff.requestBody().media());
    const [first] = diff.responses().pairs;
    expect(first?.media()).toBe(diff.responses().pairs[0]?.media());
  });

  it('reads each side’s stability once, with the operation', async () => {
    const { base, head } = await onlyPair();
    expect(base.stability).toEqual({ ok: true, level: 'stable', declared: false });
    expect(head.stability).toEqual({ ok: true, level: 'beta', declared: true });
  });
});
