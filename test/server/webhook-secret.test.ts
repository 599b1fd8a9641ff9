// The start-up guard on WEBHOOK_SECRET, as a table over environments.
import { describe, expect, it } from 'vitest';
import { webhookSecretProblem } from '../../src/server/webhook-secret.js';

describe('webhookSecretProblem', () => {
  it.each([
    { name: 'unset', env: {}, problem: /WEBHOOK_SECRET is not set/ },
    { name: 'empty', env: { WEBHOOK_SECRET: '' }, problem: /WEBHOOK_SECRET is not set/ },
    { name: 'blank', env: { WEBHOOK_SECRET: '  ' }, problem: /WEBHOOK_SECRET is not set/ },
    { name: "Probot's default", env: { WEBHOOK_SECRET: 'development' }, problem: /Probot's default "development"/ },
    { name: "Probot's default with spaces", env: { WEBHOOK_SECRET: ' development\n' }, problem: /Probot's default/ },
  ])('refuses $name', ({ env, problem }) => {
    expect(webhookSecretProblem(env)).toMatch(problem);
  });

  it.each(['e2e-webhook-secret', 'Development-2026', 'a'])('accepts %j', (secret) => {
    expect(webhookSecretProblem({ WEBHOOK_SECRET: secret })).toBeUndefined();
  });
});
