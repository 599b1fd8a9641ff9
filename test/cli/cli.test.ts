import { describe, expect, it } from 'vitest';
import { cli } from './run-cli-captured.js';


const v1 = 'examples/orders-v1.yaml';
const v2 = 'examples/orders-v2.yaml';

describe('api-review review', () => {
  it('prints the comment the App would post and fails on breaking changes', async () => {
    const { code, out } = await cli('review', v1, v2, '--now', '2026-11-25');
    expect(code).toBe(1);
    expect(out.startsWith('<!-- api-review-bot:summary -->\n## ❌ API Review:')).toBe(true);
    expect(out).toContain('api-removed-without-deprecation');
    expect(out).toContain('request-parameter-became-required');
  });

  it('passes when nothing changed', async () => {
    const { code, out } = await cli('review', v1, v1);
    expect(code).toBe(0);
    expect(out).toContain('✅');
  });

  it('prints the whole review as JSON', async () => {
    const { out } = await cli('review', v1, v2, '--format', 'json', '--now', '2026-11-25');
    const review = JSON.parse(out) as { verdict: string; specs: { changes: unknown[] }[] };
    expect(review.verdict).toBe('fail');
    expect(review.specs[0]?.changes.length).toBeGreaterThan(3);
  });

  it('prints SARIF 2.1.0', async () => {
    const { out } = await cli('review', v1, v2, '--format', 'sarif');
    const sarif = JSON.parse(out) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toContain('api-removed-without-deprecation');
  });
});

describe('api-review diff --format json', () => {
  it('follows the contract', async () => {
    const { code, out } = await cli('diff', v1, v2, '--format', 'json', '--now', '2026-11-25');
    expect(code).toBe(0);
    const { changes } = JSON.parse(out) as { changes: Record<string, unknown>[] };
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(Object.keys(change).sort()).toEqual(['id', 'level', 'message', 'operation', 'path', 'source']);
      expect(['error', 'warning', 'info']).toContain(change.level);
      expect(change.source).toEqual({ file: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
    }
    const removal = changes.find((change) => change.id === 'api-removed-without-deprecation');
    expect(removal).toMatchObject({ level: 'error', operation: 'DELETE /orders/{orderId}', source: { file: v1 } });
  });

  it('reports nothing for a spec against itself', async () => {
    const { out } = await cli('diff', v2, v2, '--format', 'json');
    expect(JSON.parse(out)).toEqual({ changes: [] });
  });
});

describe('api-review lint --format json', () => {
  it('follows the contract', async () => {
    const { code, out } = await cli('lint', v2, '--format', 'json');
    expect(code).toBe(0);
    const { findings } = JSON.parse(out) as { findings: Record<string, unknown>[] };
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual(['code', 'message', 'path', 'severity', 'source']);
      expect(Array.isArray(finding.path)).toBe(true);
    }
  });
});

describe('bad input ends with exit code 2 and names the file and the problem', () => {
  it.each([
    { name: 'invalid YAML', file: 'test/fixtures/cli/invalid.yaml', says: /invalid\.yaml:\d+: .*not valid YAML/ },
    { name: 'missing $ref target', file: 'test/fixtures/cli/missing-ref.yaml', says: /missing-ref\.yaml:14: .*nowhere\.yaml does not exist/ },
    { name: 'remote $ref', file: 'test/fixtures/cli/remote-ref.yaml', says: /remote-ref\.yaml:14: .*remote \$ref .*never fetched/ },
    { name: 'not an API description', file: 'test/fixtures/cli/not-a-spec.yaml', says: /not-a-spec\.yaml.*is not an API description/ },
    { name: 'no such file', file: 'test/fixtures/cli/nothing-here.yaml', says: /nothing-here\.yaml: no such file/ },
  ])('$name', async ({ file, says }) => {
    for (const argv of [['review', v1, file], ['diff', v1, file, '--format', 'json'], ['lint', file, '--format', 'json']]) {
      const { code, err } = await cli(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toMatch(says);
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it('rejects an unknown format and an unknown command', async () => {
    expect((await cli('diff', v1, v2, '--format', 'yaml')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });
});
