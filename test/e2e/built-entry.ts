// The end-to-end tests run what `npm run build` makes, in a child process, as an operator or a
// runner starts it: the build, the start with its output captured, a free loopback port, and the
// wait for a state of the outside world (never a sleep in place of one).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { expect } from 'vitest';

export const root = new URL('../../', import.meta.url);

/** Builds `dist/` as `npm run build` does; each entry under test must exist after it. */
export async function buildEntries(...entries: string[]): Promise<void> {
  await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root });
  for (const entry of entries) expect(existsSync(new URL(entry, root)), entry).toBe(true);
}

export interface BuiltEntry {
  child: ChildProcess;
  /** Its stdout and stderr so far, interleaved as they came. */
  log(): string;
  exited: Promise<number | null>;
}

/** Starts `node ...nodeOptions entry` in the repository's root with exactly `env`. */
export function startBuiltEntry(entry: string, env: NodeJS.ProcessEnv, nodeOptions: string[] = []): BuiltEntry {
  let log = '';
  const child = spawn(process.execPath, [...nodeOptions, entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  // 'close', not 'exit': the output is complete when it is read.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, log: () => log, exited };
}

/** A loopback port free right now, for a server the child process opens. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await new Promise<number>((resolve) => probe.listen(0, '127.0.0.1', () => resolve((probe.address() as AddressInfo).port)));
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Awaits a state of the outside world (a server up, a request made), failing with what was awaited and the end of `log`. */
export async function until(condition: () => Promise<boolean> | boolean, what: string, log: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}\n${log().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
