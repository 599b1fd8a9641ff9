// `npm run demo`: one review of a monorepo change that touches all four contract formats. A
// throwaway git repository gets the v1 files of examples/ committed and the v2 files in its
// working tree; `api-review review --git HEAD..` then reviews the change as the App would.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const contracts: readonly [target: string, v1: string, v2: string][] = [
  ['openapi.yaml', 'orders-v1.yaml', 'orders-v2.yaml'],
  ['graphql/schema.graphql', 'graphql/schema-v1.graphql', 'graphql/schema-v2.graphql'],
  ['proto/acme/orders/v1/orders.proto', 'protobuf/v1/acme/orders/v1/orders.proto', 'protobuf/v2/acme/orders/v1/orders.proto'],
  ['events/asyncapi.yaml', 'asyncapi/order-events-v1.yaml', 'asyncapi/order-events-v2.yaml'],
];

const repository = mkdtempSync(join(tmpdir(), 'api-review-demo-'));
const git = (...args: string[]): void => void execFileSync('git', ['-C', repository, ...args], { stdio: 'ignore' });
const place = (from: string, to: string): void => {
  mkdirSync(dirname(join(repository, to)), { recursive: true });
  copyFileSync(join(examples, from), join(repository, to));
};
try {
  git('init', '-q');
  for (const [target, v1] of contracts) place(v1, target);
  git('add', '.');
  git('-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'commit', '-qm', 'v1');
  for (const [target, , v2] of contracts) place(v2, target);
  // tsx is resolved from this project: the throwaway repository has no node_modules.
  execFileSync(process.execPath, ['--import', import.meta.resolve('tsx'), cli, 'review', '--git', 'HEAD..', '--config', join(examples, 'api-review.yml')], { cwd: repository, stdio: 'inherit' });
} catch (error) {
  // The review exits 1 when the verdict fails: that is the demo's point, not an error.
  if ((error as { status?: number }).status !== 1) throw error;
} finally {
  rmSync(repository, { recursive: true, force: true });
}
