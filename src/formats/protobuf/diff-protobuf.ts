// analyze: Protobuf breaking changes, found by `buf breaking` (FILE category by default, or the
// repository's buf.yaml selection) on both revisions written to a temporary folder. buf's rule id
// is the check id; its location is in the head (a deletion points at the surviving message).
import type { Change } from '../../diff/change.js';
import type { SpecProblem } from '../../specs/spec-problem.js';
import { parseProblem, type ContractDiff, type ContractInput } from '../contract-input.js';
import { locateBuf } from './buf-binary.js';
import { createBufWorkspace } from './buf-workspace.js';
import { readProtoModule, relativeTo, type ProtoModule, type RuleSelection } from './proto-module.js';
import { applyReservedNumberPolicy, reservationRules } from './reserved-number-policy.js';
import { runBuf } from './run-buf.js';

/** buf's default breaking category: generated code and the wire stay compatible. */
const defaultBreaking: readonly string[] = ['FILE'];

interface BufFinding {
  /** Absent for a few package-level rules. */
  path?: string;
  start_line?: number;
  start_column?: number;
  type: string;
  message: string;
}

export async function diffProtobuf(base: ContractInput | undefined, head: ContractInput | undefined): Promise<ContractDiff> {
  if (!head) return { changes: base ? [fileDeleted(base)] : [], problems: [], notes: [] };
  // An added file adds; it cannot break a client (buf compares nothing against nothing).
  if (!base) return { changes: [], problems: [], notes: [] };
  const buf = locateBuf();
  if (!buf) {
    return { changes: [], problems: [], notes: [`Protobuf breaking changes of ${head.path} were not computed: the buf binary is not available for ${process.platform}-${process.arch}.`] };
  }
  const [baseModule, headModule] = await Promise.all([readProtoModule(base.source, base.path, base.text), readProtoModule(head.source, head.path, head.text)]);
  const workspace = await createBufWorkspace();
  try {
    const breaking = breakingSelection(headModule.bufConfig.breaking);
    const headFile = relativeTo(headModule.root, head.path);
    // buf matches files by path: a renamed file, or two unrelated local files (`diff a.proto
    // b.proto`), are one contract, so the base is written under the head's name.
    const baseFiles = new Map(baseModule.files);
    baseFiles.delete(relativeTo(baseModule.root, base.path));
    baseFiles.set(headFile, base.text);
    const baseFolder = await workspace.writeModule('base', baseFiles, { breaking });
    const headFolder = await workspace.writeModule('head', headModule.files, { breaking });
    const args = ['breaking', '.', '--against', baseFolder, '--error-format', 'json'];
    const run = await runBuf(buf, args, headFolder, workspace.scratch);
    const findings = run.stdout
      .split('\n')
      .filter((line) => line.trim().startsWith('{'))
      .map((line) => JSON.parse(line) as BufFinding);
    const compile = { base: baseModule, head: headModule, baseFolder, input: head };
    // buf reports a file that does not compile as a finding of type COMPILE (exit 100), or fails (exit 1).
    const notCompiled = findings.filter((finding) => finding.type === 'COMPILE');
    if (notCompiled.length > 0) return { changes: [], problems: notCompiled.map((finding) => compileProblem(finding, compile)), notes: [] };
    if (run.exitCode !== 0 && run.exitCode !== 100) return { changes: [], problems: [failure(run.stderr || run.stdout, head)], notes: [] };
    // The imports were compiled so that the file compiles; they are judged as contracts of their own.
    // A finding without a file (a package-level rule) belongs to the reviewed file, unless it is
    // about an imported file that the head no longer imports.
    const aboutImport = (finding: BufFinding): boolean => finding.type === 'FILE_NO_DELETE' && !finding.message.includes(`"${headFile}"`);
    const judged = findings
      .filter((finding) => (finding.path === undefined ? !aboutImport(finding) : finding.path === headFile))
      .map((finding) => ({ ...finding, path: headFile }));
    return { changes: applyReservedNumberPolicy(judged.map((finding) => toChange(finding, headModule.root))), problems: [], notes: [] };
  } finally {
    await workspace.remove();
  }
}

function breakingSelection(selection: RuleSelection | undefined): RuleSelection {
  const use = selection?.use && selection.use.length > 0 ? selection.use : [...defaultBreaking];
  return { use: [...new Set([...use, ...reservationRules])], ...(selection?.except ? { except: selection.except } : {}) };
}

function toChange(finding: BufFinding & { path: string }, root: string): Change {
  const file = root === '' ? finding.path : `${root}/${finding.path}`;
  return {
    id: finding.type,
    format: 'protobuf',
    level: 'error',
    operation: subjectOf(finding.message),
    path: [],
    message: finding.message,
    source: { file, line: finding.start_line ?? 1, column: finding.start_column ?? 1 },
    // buf checks the head against the base image and points into the head, also for deletions.
    side: 'head',
  };
}

/** `message "User"`, `service "UserService"`, `enum "Status"`: the element a client depends on. */
function subjectOf(message: string): string | null {
  const match = /\b(message|enum|service|file) "([^"]+)"/.exec(message) ?? /\bon (message|enum|service) "([^"]+)"/.exec(message);
  return match ? `${match[1]} ${match[2]}` : null;
}

function fileDeleted(base: ContractInput): Change {
  return {
    id: 'FILE_NO_DELETE',
    format: 'protobuf',
    level: 'error',
    operation: `file ${base.path}`,
    path: [],
    message: `Previously present file "${base.path}" was deleted.`,
    source: { file: base.path, line: 1, column: 1 },
    side: 'base',
  };
}

interface CompileContext {
  base: ProtoModule;
  head: ProtoModule;
  baseFolder: string;
  input: ContractInput;
}

/** A compiler error as a problem in the repository's file (the base revision's when it is there). */
function compileProblem(finding: BufFinding, ctx: CompileContext): SpecProblem {
  const path = finding.path ?? '';
  const inBase = path.startsWith(ctx.baseFolder);
  const module = inBase ? ctx.base : ctx.head;
  const relative = inBase ? path.slice(ctx.baseFolder.length + 1) : path;
  const file = module.root === '' ? relative : `${module.root}/${relative}`;
  return parseProblem(file, finding.start_line ?? 1, `does not compile${inBase ? ' (base revision)' : ''}: ${finding.message}`);
}

function failure(output: string, input: ContractInput): SpecProblem {
  return parseProblem(input.path, 1, `could not be compared by buf: ${output.trim().split('\n')[0] ?? 'unknown error'}`);
}
