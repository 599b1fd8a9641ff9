import { describe, expect, it } from 'vitest';
import { diffIds, operation } from '../spec-pair.js';

const responses = (entries: string) => operation(`responses:\n${entries}`);
const plain = (status: string) => `  '${status}': { description: x }\n`;
const withContent = (status: string, ...types: string[]) =>
  `  '${status}':\n    description: x\n    content:\n${types.map((type) => `      ${type}:\n        schema: { type: object }\n`).join('')}`;

describe('responses family', () => {
  it.each([
    { name: 'identical', base: responses(plain('200')), head: responses(plain('200')), expected: [] },
    { name: '2xx removed', base: responses(plain('200') + plain('201')), head: responses(plain('200')), expected: ['response-success-status-removed'] },
    { name: 'non-2xx removed', base: responses(plain('200') + plain('404')), head: responses(plain('200')), expected: ['response-non-success-status-removed'] },
    // Ours (oasdiff is silent): clients lose the documented shape of every status the default covered.
    { name: 'default removed', base: responses(plain('200') + plain('default')), head: responses(plain('200')), expected: ['response-default-removed'] },
    { name: 'default kept', base: responses(plain('200') + plain('default')), head: responses(plain('201') + plain('default')), expected: ['response-success-status-added', 'response-success-status-removed'] },
    { name: '2XX removed: nothing', base: responses(plain('200') + plain('2XX')), head: responses(plain('200')), expected: [] },
    { name: '2xx added', base: responses(plain('200')), head: responses(plain('200') + plain('202')), expected: ['response-success-status-added'] },
    { name: 'non-2xx added', base: responses(plain('200')), head: responses(plain('200') + plain('429')), expected: ['response-non-success-status-added'] },
    {
      name: 'media type removed',
      base: responses(withContent('200', 'application/json', 'application/xml')),
      head: responses(withContent('200', 'application/json')),
      expected: ['response-media-type-removed'],
    },
    {
      name: 'media type added',
      base: responses(withContent('200', 'application/json')),
      head: responses(withContent('200', 'application/json', 'application/xml')),
      expected: ['response-media-type-added'],
    },
    {
      name: 'media type specialized',
      base: responses(withContent('400', 'application/json')),
      head: responses(withContent('400', 'application/problem+json')),
      expected: ['response-media-type-name-specialized'],
    },
    {
      name: 'media type generalized',
      base: responses(withContent('400', 'application/problem+json')),
      head: responses(withContent('400', 'application/json')),
      expected: ['response-media-type-name-generalized'],
    },
    {
      name: 'media type parameters changed',
      base: responses(withContent('200', "'application/json; charset=utf-8'")),
      head: responses(withContent('200', "'application/json; charset=latin1'")),
      expected: ['response-media-type-name-changed'],
    },
    {
      name: 'unrelated media types are removed and added',
      base: responses(withContent('200', 'application/json')),
      head: responses(withContent('200', 'text/csv')),
      expected: ['response-media-type-added', 'response-media-type-removed'],
    },
    {
      name: 'schema removed from a response media type',
      base: responses(withContent('200', 'application/json')),
      head: responses("  '200':\n    description: x\n    content:\n      application/json: {}\n"),
      expected: ['response-body-media-type-schema-removed'],
    },
    {
      name: 'schema added to a response media type',
      base: responses("  '200':\n    description: x\n    content:\n      application/json: {}\n"),
      head: responses(withContent('200', 'application/json')),
      expected: ['response-body-media-type-schema-added'],
    },
  ])('$name', async ({ base, head, expected }) => {
    expect(await diffIds(base, head)).toEqual(expected);
  });
});
