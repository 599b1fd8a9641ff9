import { describe, expect, it } from 'vitest';
import { diffIds, operation } from '../spec-pair.js';

const ok = "responses:\n  '201': { description: ok }\n";
const post = (body: string) => operation(`${body}${ok}`, 'post');
const body = (content: string, required = false) => `requestBody:\n  required: ${String(required)}\n  content:\n${content}`;
const json = "    application/json:\n      schema: { type: object }\n";
const xml = "    application/xml:\n      schema: { type: object }\n";

describe('request-body family', () => {
  it.each([
    { name: 'identical', base: post(body(json)), head: post(body(json)), expected: [] },
    { name: 'required body added', base: post(''), head: post(body(json, true)), expected: ['request-body-added-required'] },
    { name: 'optional body added', base: post(''), head: post(body(json)), expected: ['request-body-added-optional'] },
    { name: 'body removed', base: post(body(json)), head: post(''), expected: ['request-body-removed'] },
    { name: 'body became required', base: post(body(json)), head: post(body(json, true)), expected: ['request-body-became-required'] },
    { name: 'body became optional', base: post(body(json, true)), head: post(body(json)), expected: ['request-body-became-optional'] },
    { name: 'media type removed', base: post(body(json + xml)), head: post(body(json)), expected: ['request-body-media-type-removed'] },
    { name: 'media type added', base: post(body(json)), head: post(body(json + xml)), expected: ['request-body-media-type-added'] },
    {
      name: 'suffix refinement is the same media type',
      base: post(body(json)),
      head: post(body("    application/merge-patch+json:\n      schema: { type: object }\n")),
      expected: [],
    },
    { name: 'schema added to a media type', base: post(body('    application/json: {}\n')), head: post(body(json)), expected: ['request-body-media-type-schema-added'] },
    { name: 'schema removed from a media type', base: post(body(json)), head: post(body('    application/json: {}\n')), expected: ['request-body-media-type-schema-removed'] },
  ])('$name', async ({ base, head, expected }) => {
    expect(await diffIds(base, head)).toEqual(expected);
  });
});
