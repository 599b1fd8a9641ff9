import { describe, expect, it } from 'vitest';
import { diffIds, operation } from '../spec-pair.js';

const withHeaders = (headers: string) =>
  operation(`responses:\n  '200':\n    description: ok\n${headers === '' ? '' : `    headers:\n${headers}`}`);
const header = (name: string, required: boolean) => `      ${name}:\n        required: ${String(required)}\n        schema: { type: string }\n`;

describe('response-headers family', () => {
  it.each([
    { name: 'identical', base: withHeaders(header('X-Rate', true)), head: withHeaders(header('X-Rate', true)), expected: [] },
    { name: 'required header removed', base: withHeaders(header('X-Rate', true)), head: withHeaders(''), expected: ['required-response-header-removed'] },
    { name: 'optional header removed', base: withHeaders(header('X-Rate', false)), head: withHeaders(''), expected: ['optional-response-header-removed'] },
    { name: 'header became optional', base: withHeaders(header('X-Rate', true)), head: withHeaders(header('X-Rate', false)), expected: ['response-header-became-optional'] },
    { name: 'header became required: nothing', base: withHeaders(header('X-Rate', false)), head: withHeaders(header('X-Rate', true)), expected: [] },
    { name: 'header added (even required)', base: withHeaders(''), head: withHeaders(header('X-Rate', true)), expected: ['response-header-added'] },
    { name: 'names compare case-insensitively', base: withHeaders(header('X-Rate', true)), head: withHeaders(header('x-rate', true)), expected: [] },
  ])('$name', async ({ base, head, expected }) => {
    expect(await diffIds(base, head)).toEqual(expected);
  });
});
