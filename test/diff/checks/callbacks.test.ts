// Ours (oasdiff does not compare callbacks): the API sends a callback's request to the client, and
// the client answers it, so a callback request is judged like a response and its response like a request.
import { describe, expect, it } from 'vitest';
import { diffIds, operation } from '../spec-pair.js';

const callback = ({ payload = '{ type: object, required: [id], properties: { id: { type: string } } }', answer = '{ type: object }' } = {}) =>
  operation(`callbacks:
  onEvent:
    '{$request.body#/callbackUrl}':
      post:
        requestBody:
          content:
            application/json:
              schema: ${payload}
        responses:
          '200':
            description: ok
            content:
              application/json:
                schema: ${answer}
responses:
  '202': { description: accepted }
`, 'post', '/subscriptions');

describe('callbacks family', () => {
  it.each([
    { name: 'identical', base: callback(), head: callback(), expected: [] },
    { name: 'description only', base: callback(), head: callback({ payload: '{ type: object, description: event, required: [id], properties: { id: { type: string } } }' }), expected: [] },
    { name: 'payload property type changed', base: callback(), head: callback({ payload: '{ type: object, required: [id], properties: { id: { type: integer } } }' }), expected: ['callback-request-changed'] },
    { name: 'payload gained an optional property: clients tolerate it', base: callback(), head: callback({ payload: '{ type: object, required: [id], properties: { id: { type: string }, at: { type: string } } }' }), expected: [] },
    { name: 'payload lost a required property', base: callback(), head: callback({ payload: '{ type: object }' }), expected: ['callback-request-changed'] },
    { name: 'expected answer now requires a field', base: callback(), head: callback({ answer: '{ type: object, required: [ok], properties: { ok: { type: boolean } } }' }), expected: ['callback-response-changed'] },
    { name: 'expected answer loosened', base: callback({ answer: '{ type: object, required: [ok], properties: { ok: { type: boolean } } }' }), head: callback(), expected: [] },
  ])('$name', async ({ base, head, expected }) => {
    expect(await diffIds(base, head)).toEqual(expected);
  });
});
