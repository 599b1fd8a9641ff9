import { describe, expect, it } from 'vitest';
import { pathsFlagged } from './rule-harness.js';

const swagger = (schemes: string[]) => ({ swagger: '2.0', info: { title: 'Things', version: '1.0.0' }, host: 'api.example.com', schemes, paths: {} });

describe('api-servers-https-swagger', () => {
  it('valid: https only', async () => {
    expect(await pathsFlagged('api-servers-https-swagger', swagger(['https']))).toEqual([]);
  });

  it.each([{ schemes: ['http'], flagged: ['schemes.0'] }, { schemes: ['https', 'http'], flagged: ['schemes.1'] }])('invalid: $schemes', async ({ schemes, flagged }) => {
    expect(await pathsFlagged('api-servers-https-swagger', swagger(schemes))).toEqual(flagged);
  });
});
