// analyze: an AsyncAPI 2.x or 3.x document read as channels and operations, each operation with
// the direction its messages travel *for the API's clients*. AsyncAPI describes the application:
// in 2.x `publish` means clients publish to it (they send) and `subscribe` that clients receive;
// in 3.x `send` means the application sends (clients receive) and `receive` that clients send.
import type { LoadedSpec, SpecNode } from '../../specs/loaded-spec.js';
import { childNode, resolveNode, rootNode } from '../../specs/resolve-node.js';
import { entriesOf, fieldOf, isObject, itemsOf } from '../../diff/spec-nodes.js';

/** Which way a message travels for a client of the API. */
export type ClientDirection = 'sends' | 'receives';

export interface AsyncChannel {
  /** The channel's key: its address in 2.x, its id in 3.x. */
  key: string;
  address: string;
  node: SpecNode;
}

export interface AsyncMessage {
  /** A name stable across versions: the referenced component's key, else `name`, else the position. */
  key: string;
  node: SpecNode;
}

export interface AsyncOperation {
  /** Matches the same operation across versions: `channel action` in 2.x, the operation id in 3.x. */
  key: string;
  /** The document's own words: `publish user/signedup`, `send user/signedup`. */
  label: string;
  action: string;
  channelKey: string;
  direction: ClientDirection;
  messages: AsyncMessage[];
  node: SpecNode;
}

export interface AsyncModel {
  major: 2 | 3;
  channels: AsyncChannel[];
  operations: AsyncOperation[];
  defaultContentType: string | undefined;
}

export function readAsyncModel(spec: LoadedSpec): AsyncModel {
  const major = String(spec.document.asyncapi ?? '').startsWith('2') ? 2 : 3;
  const contentType = spec.document.defaultContentType;
  const model = major === 2 ? readVersion2(spec) : readVersion3(spec);
  return { major, ...model, defaultContentType: typeof contentType === 'string' ? contentType : undefined };
}

function readVersion2(spec: LoadedSpec): Pick<AsyncModel, 'channels' | 'operations'> {
  const channels: AsyncChannel[] = [];
  const operations: AsyncOperation[] = [];
  for (const [address, channel] of entriesOf(spec, rootNode(spec, ['channels']))) {
    channels.push({ key: address, address, node: channel });
    for (const action of ['publish', 'subscribe'] as const) {
      const operation = resolveNode(spec, childNode(channel, action));
      if (!isObject(operation.value)) continue;
      operations.push({
        key: `${address} ${action}`,
        label: `${action} ${address}`,
        action,
        channelKey: address,
        direction: action === 'publish' ? 'sends' : 'receives',
        messages: messagesOf(spec, childNode(operation, 'message')),
        node: operation,
      });
    }
  }
  return { channels, operations };
}

function readVersion3(spec: LoadedSpec): Pick<AsyncModel, 'channels' | 'operations'> {
  const channels = entriesOf(spec, rootNode(spec, ['channels'])).map(([key, channel]) => {
    const address = fieldOf(channel, 'address');
    return { key, address: typeof address === 'string' ? address : key, node: channel };
  });
  const operations: AsyncOperation[] = [];
  for (const [id, operation] of entriesOf(spec, rootNode(spec, ['operations']))) {
    const action = fieldOf(operation, 'action');
    if (action !== 'send' && action !== 'receive') continue;
    const channelRef = fieldOf(operation, 'channel');
    const channel = channels.find((candidate) => isRefTo(channelRef, candidate.node)) ?? channelFromRef(spec, channelRef);
    const listed = childNode(operation, 'messages');
    const messages = Array.isArray(listed.value) ? messagesOf(spec, listed) : channel ? messagesOf(spec, childNode(channel.node, 'messages')) : [];
    operations.push({
      key: id,
      label: `${action} ${channel?.address ?? id}`,
      action,
      channelKey: channel?.key ?? '',
      direction: action === 'send' ? 'receives' : 'sends',
      messages,
      node: operation,
    });
  }
  return { channels, operations };
}

/** A 2.x `message` (one, or `oneOf`), a 3.x `messages` list of `$ref`s, or a 3.x channel's `messages` map. */
function messagesOf(spec: LoadedSpec, node: SpecNode): AsyncMessage[] {
  const resolved = resolveNode(spec, node);
  if (Array.isArray(resolved.value)) return itemsOf(spec, resolved).map((item, index) => message(childNode(resolved, index), item, String(index)));
  if (!isObject(resolved.value)) return [];
  const oneOf = childNode(resolved, 'oneOf');
  if (Array.isArray(oneOf.value)) return itemsOf(spec, oneOf).map((item, index) => message(childNode(oneOf, index), item, String(index)));
  // A 3.x channel's `messages` is a map of message id -> message; a 2.x `message` is one message.
  if (resolved.value.payload === undefined && resolved.value.headers === undefined && !('name' in resolved.value) && Object.values(resolved.value).every(isObject)) {
    return entriesOf(spec, resolved).map(([key, item]) => ({ key, node: item }));
  }
  return [message(node, resolved, 'message')];
}

function message(written: SpecNode, resolved: SpecNode, position: string): AsyncMessage {
  const ref = isObject(written.value) && typeof written.value.$ref === 'string' ? written.value.$ref : undefined;
  const refName = ref?.split('/').pop();
  const name = fieldOf(resolved, 'name') ?? fieldOf(resolved, 'messageId');
  return { key: refName ?? (typeof name === 'string' ? name : position), node: resolved };
}

function isRefTo(ref: unknown, channel: SpecNode): boolean {
  return isObject(ref) && typeof ref.$ref === 'string' && ref.$ref === `#/channels/${escapePointer(String(channel.path[channel.path.length - 1]))}`;
}

function channelFromRef(spec: LoadedSpec, ref: unknown): AsyncChannel | undefined {
  if (!isObject(ref) || typeof ref.$ref !== 'string') return undefined;
  const node = resolveNode(spec, { value: ref, file: spec.root, path: [] });
  if (!isObject(node.value)) return undefined;
  const key = String(node.path[node.path.length - 1] ?? ref.$ref);
  const address = fieldOf(node, 'address');
  return { key, address: typeof address === 'string' ? address : key, node };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
