// analyze: the catalog of AsyncAPI checks — ids of our own in oasdiff's style, since no maintained
// engine has them. "sent" and "received" are from the point of view of the API's clients: a
// message clients send is judged like an HTTP request, one they receive like a response. Payload
// ids are the schema comparator's oasdiff ids with `request-`/`response-` renamed.
import type { CheckMeta } from '../../diff/check.js';
import { defineChecks } from '../../diff/check.js';
import { checkFamilies } from '../../diff/families.js';

const structureChecks = defineChecks('asyncapi', [
  {
    id: 'channel-removed',
    level: 'error',
    direction: 'none',
    description: 'A channel was removed: clients publishing to it or subscribed to it are cut off.',
    migration: 'Stop using the channel {{operation}}; ask the provider which channel, if any, takes its place.',
  },
  { id: 'channel-added', level: 'info', direction: 'none', description: 'A channel was added.', migration: 'Nothing to do; subscribe or publish to {{operation}} if you need it.' },
  {
    id: 'channel-address-changed',
    level: 'error',
    direction: 'none',
    description: 'A channel (AsyncAPI 3) kept its id but moved to another address: clients still use the old one.',
    migration: 'Publish to and subscribe at the new channel address of {{operation}}.',
  },
  {
    id: 'operation-removed',
    level: 'error',
    direction: 'none',
    description: 'An operation was removed from a channel that remains.',
    migration: 'Stop relying on {{operation}}.',
  },
  { id: 'operation-added', level: 'info', direction: 'none', description: 'An operation was added.', migration: 'Nothing to do.' },
  {
    id: 'operation-action-changed',
    level: 'error',
    direction: 'none',
    description: 'An operation (AsyncAPI 3) switched between send and receive: messages now travel the other way.',
    migration: 'Swap publishing and subscribing for {{operation}}.',
  },
  {
    id: 'operation-channel-changed',
    level: 'error',
    direction: 'none',
    description: 'An operation (AsyncAPI 3) now uses another channel.',
    migration: 'Follow {{operation}} to its new channel.',
  },
  {
    id: 'sent-message-removed',
    level: 'error',
    direction: 'request',
    description: 'A message clients send is no longer accepted by the operation.',
    migration: 'Stop sending message `{{name}}` on {{operation}}; send one of the messages it still accepts.',
  },
  {
    id: 'received-message-removed',
    level: 'warning',
    direction: 'response',
    description: 'A message clients receive is no longer sent by the operation: consumers waiting for it never get it.',
    migration: 'Stop waiting for message `{{name}}` on {{operation}}.',
  },
  { id: 'sent-message-added', level: 'info', direction: 'request', description: 'The operation accepts an additional message.', migration: 'Nothing to do.' },
  {
    id: 'received-message-added',
    level: 'warning',
    direction: 'response',
    description: 'Clients may receive an additional message on the operation; strict consumers must ignore or handle it.',
    migration: 'Handle or ignore message `{{name}}` on {{operation}}.',
  },
  {
    id: 'message-content-type-changed',
    level: 'error',
    direction: 'none',
    description: 'A message changed its content type: its bytes are encoded differently.',
    migration: 'Encode and decode message `{{name}}` of {{operation}} in its new content type.',
  },
]);

const renames: readonly [RegExp, string][] = [
  [/^new-(optional|required)-request-property/, 'sent-payload-new-$1-property'],
  [/^request-body-/, 'sent-payload-'],
  [/^request-/, 'sent-payload-'],
  [/^response-(body|mediatype)-/, 'received-payload-'],
  [/^response-/, 'received-payload-'],
];

/** The AsyncAPI id of a schema comparator finding on a body; `undefined` for parameter and header ids. */
export function payloadCheckId(schemaId: string): string | undefined {
  if (/^(request-parameter|response-header|request-header)/.test(schemaId)) return undefined;
  for (const [pattern, replacement] of renames) if (pattern.test(schemaId)) return schemaId.replace(pattern, replacement);
  return undefined;
}

/** The schema comparator's checks: every id it can report on a payload. */
const schemaChecks: readonly CheckMeta[] = checkFamilies.filter((family) => family.scope === 'schema').flatMap((family): readonly CheckMeta[] => family.checks);

const payloadChecks: CheckMeta[] = schemaChecks.flatMap((check) => {
  const id = payloadCheckId(check.id);
  if (id === undefined) return [];
  const side = check.direction === 'request' ? 'a message clients send' : 'a message clients receive';
  return [{ ...check, id, family: 'asyncapi-payload', description: `In the payload of ${side}: ${lowerFirst(check.description)}`, migration: check.migration }];
});

export const asyncapiChecks: readonly CheckMeta[] = [...structureChecks, ...payloadChecks];

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
