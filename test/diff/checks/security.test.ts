import { describe, expect, it } from 'vitest';
import { diffIds, openapi } from '../spec-pair.js';

const doc = ({ global = '', op = '', schemes = '' }: { global?: string; op?: string; schemes?: string }) =>
  openapi(
    `${global === '' ? '' : `security:\n${global}`}paths:\n  /pets:\n    get:\n${op === '' ? '' : `      security:\n${op}`}      responses:\n        '200': { description: ok }\n` +
      (schemes === '' ? '' : `components:\n  securitySchemes:\n${schemes}`),
  );
const oauth = (scopes: string, url = 'https://auth.example.com/authorize') =>
  `    oauth:\n      type: oauth2\n      flows:\n        implicit:\n          authorizationUrl: ${url}\n          scopes:\n${scopes}`;

describe('security family', () => {
  it.each([
    { name: 'identical', base: doc({ op: '        - apiKey: []\n' }), head: doc({ op: '        - apiKey: []\n' }), expected: [] },
    { name: 'operation requirement added', base: doc({ op: '        - apiKey: []\n' }), head: doc({ op: '        - apiKey: []\n        - oauth: [read]\n' }), expected: ['api-security-added'] },
    { name: 'operation requirement removed', base: doc({ op: '        - apiKey: []\n        - oauth: [read]\n' }), head: doc({ op: '        - apiKey: []\n' }), expected: ['api-security-removed'] },
    { name: 'operation scope added', base: doc({ op: '        - oauth: [read]\n' }), head: doc({ op: '        - oauth: [read, write]\n' }), expected: ['api-security-scope-added'] },
    { name: 'operation scope removed', base: doc({ op: '        - oauth: [read, write]\n' }), head: doc({ op: '        - oauth: [read]\n' }), expected: ['api-security-scope-removed'] },
    { name: 'anonymous alternative is not a requirement', base: doc({ op: '        - apiKey: []\n' }), head: doc({ op: '        - apiKey: []\n        - {}\n' }), expected: [] },
    { name: 'global requirement added', base: doc({}), head: doc({ global: '  - apiKey: []\n' }), expected: ['api-global-security-added'] },
    { name: 'global requirement removed', base: doc({ global: '  - apiKey: []\n' }), head: doc({}), expected: ['api-global-security-removed'] },
    { name: 'global scope added', base: doc({ global: '  - oauth: [read]\n' }), head: doc({ global: '  - oauth: [read, admin]\n' }), expected: ['api-global-security-scope-added'] },
    { name: 'global scope removed', base: doc({ global: '  - oauth: [read, admin]\n' }), head: doc({ global: '  - oauth: [read]\n' }), expected: ['api-global-security-scope-removed'] },
    { name: 'scheme added', base: doc({}), head: doc({ schemes: '    apiKey: { type: apiKey, in: header, name: X-Key }\n' }), expected: ['api-security-component-added'] },
    { name: 'scheme removed', base: doc({ schemes: '    apiKey: { type: apiKey, in: header, name: X-Key }\n' }), head: doc({}), expected: ['api-security-component-removed'] },
    {
      name: 'scheme type changed',
      base: doc({ schemes: '    auth: { type: apiKey, in: header, name: X-Key }\n' }),
      head: doc({ schemes: '    auth: { type: http, scheme: bearer }\n' }),
      expected: ['api-security-component-type-changed'],
    },
    {
      // oasdiff reads the implicit flow only, tokenUrl included.
      name: 'implicit flow token url changed',
      base: doc({ schemes: oauth('            read: Read\n').replace('scopes:', 'tokenUrl: https://auth.example.com/token\n          scopes:') }),
      head: doc({ schemes: oauth('            read: Read\n').replace('scopes:', 'tokenUrl: https://login.example.com/token\n          scopes:') }),
      expected: ['api-security-component-oauth-token-url-changed'],
    },
    {
      name: 'implicit flow scopes and url',
      base: doc({ schemes: oauth('            read: Read\n            write: Write\n') }),
      head: doc({ schemes: oauth('            read: Read pets\n            admin: Admin\n', 'https://login.example.com/authorize') }),
      expected: [
        'api-security-component-oauth-scope-added',
        'api-security-component-oauth-scope-changed',
        'api-security-component-oauth-scope-removed',
        'api-security-component-oauth-url-changed',
      ],
    },
  ])('$name', async ({ base, head, expected }) => {
    expect(await diffIds(base, head)).toEqual(expected);
  });
});
