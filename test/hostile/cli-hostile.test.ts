// The hostile corpus through `api-review review`, in process and through the built CLI: every
// case ends within the configured budget with exit code 2 and a message naming the file and the
// problem (or 0/1 when the input is legitimately fine), and the canary behind every remote
// `$ref` and `extends` receives no request.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { Output } from '../../src/cli/cli-output.js';
import { defaultConfig } from '../../src/config/config-schema.js';
import { startCanary, type Canary } from './canary-server.js';
import { buildCorpus, hostileCase, hostileCases, type Corpus, type HostileCase } from './hostile-corpus.js';

const budgetMs = defaultConfig.limits.seconds_per_review * 1000;
const root = new URL('../../', import.meta.url);
let canary: Canary;
let corpus: Corpus;

beforeAll(async () => {
  canary = await startCanary();
  corpus = buildCorpus(canary.port);
});

afterAll(async () => {
  corpus?.remove();
  await canary?.close();
});

function argv(hostile: HostileCase): string[] {
  const inCorpus = (path: string): string => join(corpus.dir, path);
  const args = (hostile.args ?? []).map((arg) => (arg.startsWith('-') ? arg : inCorpus(arg)));
  return ['review', inCorpus(hostile.base ?? 'base.yaml'), inCorpus(hostile.head), ...args];
}

async function cliInProcess(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const output: Output = { out: () => undefined, err: (text) => (err += `${text}\n`) };
  return { code: await runCli(args, output), err };
}

describe('api-review review on the hostile corpus (in process)', () => {
  it.each(hostileCases)('$name', async (hostile) => {
    const started = Date.now();
    const { code, err } = await cliInProcess(argv(hostile));
    expect(Date.now() - started).toBeLessThan(budgetMs);
    expect(hostile.codes, err).toContain(code);
    expect(err).not.toMatch(/internal error|Maximum call stack|RangeError/);
    if (hostile.says) expect(err).toMatch(hostile.says);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
    expect(canary.requests, 'the canary was contacted').toEqual([]);
  });
});

describe('api-review review on the hostile corpus (the built CLI process)', () => {
  beforeAll(async () => {
    // Type errors elsewhere in the tree do not stop tsc from emitting; the built CLI is what is tested.
    await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root }).catch(() => undefined);
    expect(existsSync(new URL('dist/cli.js', root))).toBe(true);
  });

  it.each(['10^5 nested JSON arrays', '10^5 nested YAML flow sequences', 'billion laughs', 'http $refs to the canary and the metadata address', 'a 200 MB file', 'a catastrophic-backtracking pattern with a matching example', 'a review over limits.seconds_per_review'])(
    '%s',
    async (name) => {
      const hostile = hostileCase(name);
      const outcome = await runBuiltCli(argv(hostile), budgetMs);
      expect(outcome.signal, 'the process was killed at the budget').toBeNull();
      expect(hostile.codes, outcome.stderr).toContain(outcome.code);
      if (hostile.says) expect(outcome.stderr).toMatch(hostile.says);
      expect(outcome.stderr).not.toMatch(/internal error|Maximum call stack|RangeError/);
      expect(canary.requests).toEqual([]);
    },
  );
});

function runBuiltCli(args: string[], timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [new URL('dist/cli.js', root).pathname, ...args], { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      const failed = error as (Error & { code?: number | string; signal?: NodeJS.Signals | null }) | null;
      resolve({ code: failed ? (typeof failed.code === 'number' ? failed.code : null) : 0, signal: failed?.signal ?? null, stderr });
    });
  });
}
