// A change to an imported .proto re-reviews the files that import it, directly or through other
// imports, as a change to a `$ref`-ed file re-reviews the OpenAPI roots that reach it.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/config-schema.js';
import { runAnalysisJob } from '../../../src/pipeline/analysis-job.js';
import { memorySource } from '../../../src/specs/memory-source.js';
import { selectSpecs, type ChangedFile } from '../../../src/specs/select-specs.js';

const money = 'proto/acme/common/v1/money.proto';
const orders = 'proto/acme/orders/v1/orders.proto';
const invoice = 'proto/acme/billing/v1/invoice.proto';
const users = 'proto/acme/users/v1/users.proto';

const moneyAsMessage = 'syntax = "proto3";\npackage acme.common.v1;\n\nmessage Money {\n  string currency = 1;\n  int64 units = 2;\n}\n';
const moneyAsEnum = 'syntax = "proto3";\npackage acme.common.v1;\n\nenum Money {\n  MONEY_UNSPECIFIED = 0;\n}\n';

const head: Record<string, string> = {
  [money]: moneyAsMessage,
  [orders]: 'syntax = "proto3";\npackage acme.orders.v1;\n\nimport "acme/common/v1/money.proto";\n\nmessage Order {\n  string id = 1;\n  acme.common.v1.Money total = 2;\n}\n',
  // A comment naming the file is no import.
  [invoice]: 'syntax = "proto3";\npackage acme.billing.v1;\n\n// built on acme/common/v1/money.proto\nimport "acme/orders/v1/orders.proto";\n\nmessage Invoice {\n  acme.orders.v1.Order order = 1;\n}\n',
  [users]: 'syntax = "proto3";\npackage acme.users.v1;\n\nmessage User {\n  string id = 1;\n}\n',
  'README.md': '# protos\n',
};

async function selected(changed: ChangedFile[], files: Record<string, string> = head): Promise<string[]> {
  const source = memorySource(files);
  const pairs = await selectSpecs({ changed, base: memorySource(head), head: source, headPaths: Object.keys(files), globs: [] });
  return pairs.map((pair) => (pair.head ?? pair.base) as string);
}

const without = (path: string): Record<string, string> => Object.fromEntries(Object.entries(head).filter(([name]) => name !== path));

describe('Protobuf files that import a changed file are reviewed', () => {
  it.each([
    { name: 'an imported file: its importers, directly and transitively', changed: [{ status: 'modified', path: money }], expected: [invoice, money, orders].sort() },
    { name: 'a file in the middle: the files above it only', changed: [{ status: 'modified', path: orders }], expected: [invoice, orders].sort() },
    { name: 'a file nobody imports: itself', changed: [{ status: 'modified', path: users }], expected: [users] },
    { name: 'no .proto file: none', changed: [{ status: 'modified', path: 'README.md' }], expected: [] },
  ] satisfies { name: string; changed: ChangedFile[]; expected: string[] }[])('changing $name', async ({ changed, expected }) => {
    expect(await selected(changed)).toEqual(expected);
  });

  it('deleting an imported file re-reviews the files that still import it', async () => {
    expect(await selected([{ status: 'removed', path: money }], without(money))).toEqual([invoice, money, orders].sort());
  });

  it('judges the change in the importing file with buf: a field whose imported type became an enum', async () => {
    const base = memorySource(head, 'base');
    const changedHead = memorySource({ ...head, [money]: moneyAsEnum }, 'head');
    const pairs = await selectSpecs({ changed: [{ status: 'modified', path: money }], base, head: changedHead, headPaths: Object.keys(head), globs: [] });
    const result = await runAnalysisJob({ kind: 'diff', pairs, config: defaultConfig, now: new Date('2026-12-01T00:00:00Z') }, { base, head: changedHead });
    if (result.kind !== 'diff') throw new Error(`expected a diff, got ${result.kind}`);
    const inOrders = result.changes.filter((change) => change.source.file === orders);
    expect(inOrders.map((change) => change.id)).toContain('FIELD_SAME_TYPE');
    expect(inOrders.every((change) => change.format === 'protobuf' && change.level === 'error')).toBe(true);
  });
});
