import { describe, expect, it } from 'vitest';
import { markerKeyFrom } from '../../src/github/marker-key.js';

describe('markerKeyFrom', () => {
  it('derives one stable key from the webhook secret, never the secret itself', () => {
    const key = markerKeyFrom({ WEBHOOK_SECRET: 'hook-secret' });
    expect(key.equals(markerKeyFrom({ WEBHOOK_SECRET: 'hook-secret', PRIVATE_KEY: 'pem' }))).toBe(true);
    expect(key.toString('utf8')).not.toContain('hook-secret');
    expect(key).toHaveLength(32);
  });

  it.each([
    { name: 'another webhook secret', env: { WEBHOOK_SECRET: 'other-secret' } },
    { name: 'a private key, used when there is no webhook secret', env: { PRIVATE_KEY: 'pem-text' } },
  ])('is another, stable key for $name', ({ env }) => {
    expect(markerKeyFrom(env).equals(markerKeyFrom({ WEBHOOK_SECRET: 'hook-secret' }))).toBe(false);
    expect(markerKeyFrom(env).equals(markerKeyFrom(env))).toBe(true);
  });

  it('uses a random key when the App has no secret, so nothing unsigned is ever trusted', () => {
    expect(markerKeyFrom({}).equals(markerKeyFrom({}))).toBe(false);
  });
});
