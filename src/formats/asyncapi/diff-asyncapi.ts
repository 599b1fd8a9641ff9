// analyze: AsyncAPI 2.x / 3.x breaking changes. Channels, operations and messages are matched by
// key; message payloads go to the OpenAPI engine's direction-aware schema comparator — a message
// clients send is judged like a request (narrowing breaks), one they receive like a response
// (widening breaks). `@asyncapi/diff` was not used: it classifies JSON-pointer edits without
// direction and leaves payload changes unclassified.
import type { Change, ChangeLevel } from '../../diff/change.js';
import { hasCheck } from '../../diff/catalog.js';
import type { ReportedChange as CatalogedChange } from '../../diff/report.js';
import type { CheckId } from '../../diff/families.js';
import { compareSchema } from '../../diff/schema/compare-schema.js';
import { fieldOf, isObject } from '../../diff/spec-nodes.js';
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import { loadSpec } from '../../specs/load-spec.js';
import { valueAt } from '../../specs/json-pointer.js';
import { childNode, resolveNode } from '../../specs/resolve-node.js';
import type { ContractDiff, ContractInput } from '../contract-input.js';
import { asyncapiChecks, payloadCheckId } from './asyncapi-checks.js';
import { readAsyncModel, type AsyncMessage, type AsyncModel, type AsyncOperation } from './asyncapi-operations.js';

const levels = new Map<string, ChangeLevel>(asyncapiChecks.map((check) => [check.id, check.level]));

export async function diffAsyncapi(base: ContractInput | undefined, head: ContractInput | undefined): Promise<ContractDiff> {
  const [baseSpec, headSpec] = await Promise.all([load(base), load(head)]);
  const problems = [baseSpec, headSpec].flatMap((spec) => spec?.problems.filter((problem) => problem.fatal) ?? []);
  if (problems.length > 0) return { changes: [], problems, notes: [] };
  const some = (headSpec ?? baseSpec) as LoadedSpec;
  const baseSide = baseSpec ?? emptyLike(some);
  const headSide = headSpec ?? emptyLike(some);
  const reported: ReportedChange[] = [];
  compareModels({ base: baseSide, head: headSide, report: (change) => reported.push(change) });
  return { changes: reported.map((change) => toChange(change, baseSide, headSide)), problems: [], notes: [] };
}

async function load(input: ContractInput | undefined): Promise<LoadedSpec | undefined> {
  return input ? loadSpec(input.source, input.path, { kind: 'asyncapi' }) : undefined;
}

/** A finding of this format: its ids are AsyncAPI's own (asyncapi-checks.ts), not the OpenAPI catalog's. */
type ReportedChange = Omit<CatalogedChange, 'id'> & { id: string };

interface AsyncDiffContext {
  base: LoadedSpec;
  head: LoadedSpec;
  report: (change: ReportedChange) => void;
}

function compareModels(ctx: AsyncDiffContext): void {
  const base = readAsyncModel(ctx.base);
  const head = readAsyncModel(ctx.head);
  const headChannels = new Map(head.channels.map((channel) => [channel.key, channel]));
  const baseChannels = new Map(base.channels.map((channel) => [channel.key, channel]));
  for (const channel of base.channels) {
    const after = headChannels.get(channel.key);
    if (!after) {
      ctx.report({ id: 'channel-removed', operation: channel.address, node: channel.node, side: 'base', message: `channel \`${channel.address}\` was removed` });
    } else if (after.address !== channel.address) {
      ctx.report({ id: 'channel-address-changed', operation: after.address, node: childNode(after.node, 'address'), side: 'head', message: `channel \`${channel.key}\` moved from \`${channel.address}\` to \`${after.address}\`` });
    }
  }
  for (const channel of head.channels) {
    if (!baseChannels.has(channel.key)) ctx.report({ id: 'channel-added', operation: channel.address, node: channel.node, side: 'head', message: `channel \`${channel.address}\` was added` });
  }
  const headOperations = new Map(head.operations.map((operation) => [operation.key, operation]));
  const baseOperations = new Map(base.operations.map((operation) => [operation.key, operation]));
  for (const operation of base.operations) {
    const after = headOperations.get(operation.key);
    if (after) compareOperation(ctx, operation, after, { base, head });
    // A removed channel already says that its operations are gone.
    else if (headChannels.has(operation.channelKey)) {
      ctx.report({ id: 'operation-removed', operation: operation.label, node: operation.node, side: 'base', message: `operation \`${operation.label}\` was removed` });
    }
  }
  for (const operation of head.operations) {
    if (!baseOperations.has(operation.key)) ctx.report({ id: 'operation-added', operation: operation.label, node: operation.node, side: 'head', message: `operation \`${operation.label}\` was added` });
  }
}

function compareOperation(ctx: AsyncDiffContext, base: AsyncOperation, head: AsyncOperation, models: { base: AsyncModel; head: AsyncModel }): void {
  if (base.action !== head.action) {
    ctx.report({ id: 'operation-action-changed', operation: head.label, node: childNode(head.node, 'action'), side: 'head', message: `operation \`${head.key}\` changed its action from \`${base.action}\` to \`${head.action}\`` });
    return;
  }
  const baseAddress = models.base.channels.find((channel) => channel.key === base.channelKey)?.address;
  const headAddress = models.head.channels.find((channel) => channel.key === head.channelKey)?.address;
  if (base.channelKey !== head.channelKey && baseAddress !== headAddress) {
    ctx.report({ id: 'operation-channel-changed', operation: head.label, node: childNode(head.node, 'channel'), side: 'head', message: `operation \`${head.key}\` moved from channel \`${baseAddress ?? base.channelKey}\` to \`${headAddress ?? head.channelKey}\`` });
    return;
  }
  const sends = head.direction === 'sends';
  // One message on each side is the same message, whatever its component is called.
  const pairs = base.messages.length === 1 && head.messages.length === 1 ? [[base.messages[0], head.messages[0]] as const] : matchMessages(base.messages, head.messages);
  for (const [before, after] of pairs) {
    if (before && after) compareMessage(ctx, head, before, after, contentTypes(models));
    else if (before) {
      ctx.report({ id: sends ? 'sent-message-removed' : 'received-message-removed', operation: head.label, node: before.node, side: 'base', message: `message \`${before.key}\` is no longer ${sends ? 'accepted' : 'sent'} on \`${head.label}\`` });
    } else if (after) {
      ctx.report({ id: sends ? 'sent-message-added' : 'received-message-added', operation: head.label, node: after.node, side: 'head', message: `message \`${after.key}\` is now ${sends ? 'accepted' : 'sent'} on \`${head.label}\`` });
    }
  }
}

function matchMessages(base: AsyncMessage[], head: AsyncMessage[]): (readonly [AsyncMessage | undefined, AsyncMessage | undefined])[] {
  const byKey = new Map(head.map((message) => [message.key, message]));
  const pairs: (readonly [AsyncMessage | undefined, AsyncMessage | undefined])[] = base.map((message) => [message, byKey.get(message.key)] as const);
  const baseKeys = new Set(base.map((message) => message.key));
  for (const message of head) if (!baseKeys.has(message.key)) pairs.push([undefined, message]);
  return pairs;
}

interface ContentTypes {
  base: string | undefined;
  head: string | undefined;
}

function contentTypes(models: { base: AsyncModel; head: AsyncModel }): ContentTypes {
  return { base: models.base.defaultContentType, head: models.head.defaultContentType };
}

function compareMessage(ctx: AsyncDiffContext, operation: AsyncOperation, base: AsyncMessage, head: AsyncMessage, defaults: ContentTypes): void {
  const baseType = stringField(base.node, 'contentType') ?? defaults.base ?? 'application/json';
  const headType = stringField(head.node, 'contentType') ?? defaults.head ?? 'application/json';
  if (baseType !== headType) {
    ctx.report({ id: 'message-content-type-changed', operation: operation.label, node: head.node, side: 'head', message: `message \`${head.key}\` changed its content type from \`${baseType}\` to \`${headType}\`` });
    return;
  }
  const basePayload = payloadOf(ctx.base, base.node);
  const headPayload = payloadOf(ctx.head, head.node);
  if (basePayload.value === undefined || headPayload.value === undefined) return;
  const sends = operation.direction === 'sends';
  const site = { direction: sends ? 'request' : 'response', subject: 'body', operation: operation.label, mediaType: headType } as const;
  compareSchema(
    {
      base: ctx.base,
      head: ctx.head,
      hasCheck: (id): id is CheckId => hasCheck(id) && payloadCheckId(id) !== undefined,
      report: (change) => {
        const id = payloadCheckId(change.id);
        if (id === undefined) return;
        ctx.report({ ...change, id, message: payloadMessage(change.message, head.key, sends) });
      },
    },
    basePayload,
    headPayload,
    site,
  );
}

/** A 3.x payload may be a multi-format schema (`schemaFormat` + `schema`): the schema is compared. */
function payloadOf(spec: LoadedSpec, message: SpecNode): SpecNode {
  const payload = resolveNode(spec, childNode(message, 'payload'));
  if (isObject(payload.value) && typeof payload.value.schemaFormat === 'string' && payload.value.schema !== undefined) return resolveNode(spec, childNode(payload, 'schema'));
  return payload;
}

/** `request property \`a/b\`: …` from the comparator, in the message's terms. */
function payloadMessage(message: string, name: string, sends: boolean): string {
  const who = sends ? 'sent' : 'received';
  return message.replace(/^(request|response) body( \([^)]*\))?/, `${who} message \`${name}\` payload`).replace(/^(request|response) property/, `${who} message \`${name}\` payload property`);
}

function stringField(node: SpecNode, key: string): string | undefined {
  const value = fieldOf(node, key);
  return typeof value === 'string' ? value : undefined;
}

function emptyLike(spec: LoadedSpec): LoadedSpec {
  return { ...spec, document: { asyncapi: spec.document.asyncapi }, files: new Map(), problems: [] };
}

function toChange(change: ReportedChange, base: LoadedSpec, head: LoadedSpec): Change {
  const spec = change.side === 'base' ? base : head;
  const location = spec.locate(change.node.file, change.node.path);
  return {
    id: change.id,
    format: 'asyncapi',
    level: levels.get(change.id) ?? 'info',
    operation: change.operation,
    path: change.node.path,
    message: change.message,
    source: { ...location, column: columnOf(spec, location.file, location.line) },
    side: change.side,
    ...(change.side === 'base' ? { nearestInHead: nearestInHead(change, base, head) } : {}),
  };
}

/** A removed element's path looked up in the head lands on its nearest surviving ancestor. */
function nearestInHead(change: ReportedChange, base: LoadedSpec, head: LoadedSpec): Change['source'] {
  const file = change.node.file === base.root ? head.root : change.node.file;
  const data = head.files.get(file)?.data;
  if (data === undefined) return { file: head.root, line: 1, column: 1 };
  let surviving = change.node.path;
  while (surviving.length > 0 && valueAt(data, surviving) === undefined) surviving = surviving.slice(0, -1);
  const location = head.locate(file, surviving);
  return { ...location, column: columnOf(head, location.file, location.line) };
}

/** The first written character of the line: YAML and JSON values start where their key does. */
function columnOf(spec: LoadedSpec, file: string, line: number): number {
  const text = spec.files.get(file)?.text;
  if (text === undefined) return 1;
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', start);
    if (next === -1) return 1;
    start = next + 1;
  }
  const match = /^[ \t]*(- )?/.exec(text.slice(start, start + 200));
  return (match?.[0].length ?? 0) + 1;
}
