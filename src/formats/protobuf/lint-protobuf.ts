// analyze: Protobuf lint through `buf lint` — buf's STANDARD rules (v1's DEFAULT), or the `lint`
// selection of the repository's buf.yaml — on the file and its imports written to a temporary
// folder. Findings of the imports are left to their own review.
import type { LintFinding } from '../../lint/index.js';
import type { ContractInput } from '../contract-input.js';
import { locateBuf } from './buf-binary.js';
import { createBufWorkspace } from './buf-workspace.js';
import { readProtoModule, relativeTo } from './proto-module.js';
import { runBuf } from './run-buf.js';

interface BufLintFinding {
  path: string;
  start_line?: number;
  start_column?: number;
  type: string;
  message: string;
}

export type ProtobufLint = { ok: true; findings: LintFinding[] } | { ok: false; reason: string };

export async function lintProtobuf(input: ContractInput): Promise<ProtobufLint> {
  const buf = locateBuf();
  if (!buf) return { ok: false, reason: `the buf binary is not available for ${process.platform}-${process.arch}` };
  const module = await readProtoModule(input.source, input.path, input.text);
  const workspace = await createBufWorkspace();
  try {
    const lint = module.bufConfig.lint?.use && module.bufConfig.lint.use.length > 0 ? module.bufConfig.lint : { ...module.bufConfig.lint, use: ['STANDARD'] };
    const folder = await workspace.writeModule('head', module.files, { lint });
    const file = relativeTo(module.root, input.path);
    const run = await runBuf(buf, ['lint', '.', '--error-format', 'json', '--path', file], folder, workspace.scratch);
    const findings = run.stdout
      .split('\n')
      .filter((line) => line.trim().startsWith('{'))
      .map((line) => JSON.parse(line) as BufLintFinding)
      .filter((finding) => finding.path === file && finding.type !== 'COMPILE')
      .map((finding): LintFinding => ({
        code: finding.type,
        severity: 'warning',
        message: finding.message,
        path: [finding.type, finding.message],
        source: { file: input.path, line: finding.start_line ?? 1, column: finding.start_column ?? 1 },
      }));
    if (run.exitCode !== 0 && run.exitCode !== 100) return { ok: false, reason: run.stderr.trim().split('\n')[0] ?? 'buf lint failed' };
    return { ok: true, findings };
  } finally {
    await workspace.remove();
  }
}
