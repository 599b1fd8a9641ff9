// The App with a repository ruleset whose JSONPath filter is JavaScript (`repo_ruleset: true`, a
// `.spectral.yaml` on the base): nothing runs, and the check run says which file, line and rule.
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { webhookSpec } from './webhook-specs.js';
import { pullRequestEvent } from './webhook-payloads.js';

type Canary = typeof globalThis & { lintTrustCanary?: number };

afterEach(() => {
  nock.cleanAll();
  delete (globalThis as Canary).lintTrustCanary;
});

describe('a repository ruleset that would run code', () => {
  it('is refused: the check names the file, line and rule, and the payload never runs', async () => {
    const ruleset = "rules:\n  evil:\n    given: \"$..[?(@.constructor.constructor('globalThis.lintTrustCanary=1')())]\"\n    then: { function: truthy }\n";
    const fake = nockedFakeGitHub({
      baseFiles: { 'openapi.yaml': webhookSpec('pets-v1.yaml'), '.spectral.yaml': ruleset },
      headFiles: { 'openapi.yaml': webhookSpec('pets-v2-breaking.yaml'), '.spectral.yaml': ruleset },
      config: 'repo_ruleset: true\n',
    });
    await (await loadedProbot()).receive(pullRequestEvent(fake, 'opened'));

    const done = fake.find('PATCH', /\/check-runs\/\d+$/).filter((request) => request.body?.status === 'completed');
    expect(done).toHaveLength(1);
    expect(done[0]?.body?.conclusion).not.toBe('success');
    expect(JSON.stringify(done[0]?.body?.output)).toMatch(/\.spectral\.yaml:3: rule \\"evil\\": given .*function call/);
    expect((globalThis as Canary).lintTrustCanary).toBeUndefined();
  });
});
