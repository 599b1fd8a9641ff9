// analyze: where the `buf` executable is. `@bufbuild/buf` ships it per platform as an optional
// dependency (`@bufbuild/buf-linux-x64`, …): nothing is downloaded at run time. When no binary
// exists for this platform the answer is `undefined`, and the review says Protobuf was skipped.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface BufCommand {
  /** The executable to run (the native binary, or Node running the package's launcher). */
  file: string;
  /** Arguments before buf's own (the launcher script when Node runs it). */
  prefix: string[];
}

const require = createRequire(import.meta.url);

export function locateBuf(): BufCommand | undefined {
  const native = nativeBinary();
  if (native) return { file: native, prefix: [] };
  const launcher = packageLauncher();
  return launcher ? { file: process.execPath, prefix: [launcher] } : undefined;
}

/** The platform package's binary, run directly: one process instead of a Node launcher and buf. */
function nativeBinary(): string | undefined {
  const platform = process.platform === 'win32' ? 'win32' : process.platform;
  const executable = process.platform === 'win32' ? 'buf.exe' : 'buf';
  try {
    const manifest = require.resolve(`@bufbuild/buf-${platform}-${process.arch}/package.json`);
    const binary = join(dirname(manifest), 'bin', executable);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** `@bufbuild/buf`'s own `bin` entry, which finds the platform binary by itself. */
function packageLauncher(): string | undefined {
  try {
    const manifestPath = require.resolve('@bufbuild/buf/package.json');
    const manifest = require(manifestPath) as { bin?: Record<string, string> };
    const bin = manifest.bin?.buf;
    if (!bin) return undefined;
    const launcher = join(dirname(manifestPath), bin);
    return existsSync(launcher) ? launcher : undefined;
  } catch {
    return undefined;
  }
}
