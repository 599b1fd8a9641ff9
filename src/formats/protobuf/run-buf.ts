// analyze: one run of `buf` on files we wrote to a temporary folder. No shell, a timeout, and an
// environment of its own: buf never sees the App's secrets (GitHub key, tokens, model keys), and
// its cache and config live in the temporary folder, so nothing is read from or written to $HOME.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { BufCommand } from './buf-binary.js';

export interface BufRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const timeoutMs = 60_000;

export function runBuf(command: BufCommand, args: string[], cwd: string, scratch: string): Promise<BufRun> {
  const env: NodeJS.ProcessEnv = {
    HOME: scratch,
    XDG_CACHE_HOME: join(scratch, 'cache'),
    XDG_CONFIG_HOME: join(scratch, 'config'),
    BUF_CACHE_DIR: join(scratch, 'cache'),
    // buf resolves nothing through PATH; kept for the Node launcher on platforms without a native package.
    ...(process.env.PATH ? { PATH: process.env.PATH } : {}),
  };
  return new Promise((resolve, reject) => {
    execFile(
      command.file,
      [...command.prefix, ...args],
      { cwd, env, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024, windowsHide: true, shell: false },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(error.killed ? `buf did not finish within ${timeoutMs / 1000} s` : `buf could not run: ${error.message}`));
          return;
        }
        resolve({ exitCode: error ? Number(error.code) : 0, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}
