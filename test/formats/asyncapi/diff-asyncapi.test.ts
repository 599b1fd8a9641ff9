import { describe, expect, it } from 'vitest';
import { diffAsyncapi } from '../../../src/formats/asyncapi/diff-asyncapi.js';
import { memorySource } from '../../../src/specs/memory-source.js';

/** AsyncAPI 2.6: `publish` = clients send to the application, `subscribe` = clients receive. */
const v2 = (publishPayload: string, subscribePayload: string, extraChannel = '') => `asyncapi: 2.6.0
info:
  title: Orders
  version: 1.0.0
channels:
  orders/created:
    subscribe:
      operationId: onOrderCreated
      message:
        $ref: '#/components/messages/OrderCreated'
  orders/commands:
    publish:
      operationId: placeOrder
      message:
        $ref: '#/components/messages/PlaceOrder'
${extraChannel}components:
  messages:
    OrderCreated:
      payload:
${subscribePayload}
    PlaceOrder:
      payload:
${publishPayload}
`;

const order = `        type: object
        required: [id]
        properties:
          id:
            type: string
          note:
            type: string
          quantity:
            type: number`;

/** AsyncAPI 3.0: `send` = the application sends (clients receive), `receive` = clients send. */
const v3 = (sendPayload: string, receivePayload: string, address = 'orders.created') => `asyncapi: 3.0.0
info:
  title: Orders
  version: 1.0.0
channels:
  orderCreated:
    address: ${address}
    messages:
      OrderCreated:
        $ref: '#/components/messages/OrderCreated'
  placeOrder:
    address: orders.commands
    messages:
      PlaceOrder:
        $ref: '#/components/messages/PlaceOrder'
operations:
  publishOrderCreated:
    action: send
    channel:
      $ref: '#/channels/orderCreated'
  handlePlaceOrder:
    action: receive
    channel:
      $ref: '#/channels/placeOrder'
components:
  messages:
    OrderCreated:
      payload:
${sendPayload}
    PlaceOrder:
      payload:
${receivePayload}
`;

const side = (path: string, text: string) => ({ source: memorySource({ [path]: text }), path, text });

async function changesOf(base: string, head: string) {
  const result = await diffAsyncapi(side('base.yaml', base), side('head.yaml', head));
  expect(result.problems).toEqual([]);
  return result.changes.map((change) => `${change.level} ${change.id}`);
}

const requireNote = (schema: string) => schema.replace('required: [id]', 'required: [id, note]');
const narrowQuantity = (schema: string) => schema.replace('type: number', 'type: integer');

describe('diffAsyncapi 2.6 (publish: clients send; subscribe: clients receive)', () => {
  it.each([
    { name: 'a channel removed', head: v2(order, order).replace(/ {2}orders\/commands:\n( {4}.*\n)+?(?=components)/, ''), expected: ['error channel-removed'] },
    { name: 'a property made required in a message clients send', head: v2(requireNote(order), order), expected: ['error sent-payload-property-became-required'] },
    { name: 'a property made required in a message clients receive', head: v2(order, requireNote(order)), expected: ['info received-payload-property-became-required'] },
    { name: 'a type narrowed in a message clients send', head: v2(narrowQuantity(order), order), expected: ['error sent-payload-property-type-changed'] },
    { name: 'a type narrowed in a message clients receive', head: v2(order, narrowQuantity(order)), expected: ['info received-payload-property-type-specialized'] },
    { name: 'a channel added', head: v2(order, order, '  orders/shipped:\n    subscribe:\n      message:\n        payload:\n          type: object\n'), expected: ['info channel-added', 'info operation-added'] },
    { name: 'an optional property added to a message clients send', head: v2(order.replace('          quantity:', '          gift:\n            type: boolean\n          quantity:'), order), expected: ['info sent-payload-new-optional-property'] },
    { name: 'a description added', head: v2(order, order).replace('  title: Orders', '  title: Orders\n  description: Order events.'), expected: [] },
    { name: 'publish turned into subscribe', head: v2(order, order).replace('    publish:\n      operationId: placeOrder', '    subscribe:\n      operationId: placeOrder'), expected: ['error operation-removed', 'info operation-added'] },
  ])('$name', async ({ head, expected }) => {
    expect((await changesOf(v2(order, order), head)).sort()).toEqual([...expected].sort());
  });
});

describe('diffAsyncapi 3.0 (send: clients receive; receive: clients send)', () => {
  it.each([
    { name: 'a channel removed', head: v3(order, order).replace(/ {2}placeOrder:\n {4}address[\s\S]*?(?=operations:)/, '').replace(/ {2}handlePlaceOrder:[\s\S]*?(?=components:)/, ''), expected: ['error channel-removed'] },
    { name: 'a property made required in a message the application receives (clients send)', head: v3(order, requireNote(order)), expected: ['error sent-payload-property-became-required'] },
    { name: 'a property made required in a message the application sends (clients receive)', head: v3(requireNote(order), order), expected: ['info received-payload-property-became-required'] },
    { name: 'a type narrowed in a message clients send', head: v3(order, narrowQuantity(order)), expected: ['error sent-payload-property-type-changed'] },
    { name: 'a property removed from a message clients receive', head: v3(order.replace('          note:\n            type: string\n', ''), order), expected: ['warning received-payload-optional-property-removed'] },
    { name: 'a channel address changed', head: v3(order, order, 'orders.created.v2'), expected: ['error channel-address-changed'] },
    { name: 'send became receive', head: v3(order, order).replace('action: send', 'action: receive'), expected: ['error operation-action-changed'] },
    { name: 'an optional property added to a message clients receive', head: v3(order.replace('          quantity:', '          gift:\n            type: boolean\n          quantity:'), order), expected: ['info received-payload-optional-property-added'] },
  ])('$name', async ({ head, expected }) => {
    expect((await changesOf(v3(order, order), head)).sort()).toEqual([...expected].sort());
  });

  it('places a payload change at its line and column, with the format and the operation', async () => {
    const result = await diffAsyncapi(side('base.yaml', v3(order, order)), side('head.yaml', v3(order, requireNote(order))));
    const headText = v3(order, requireNote(order));
    // The property that became required, in the payload of PlaceOrder (the last message of the file).
    const noteLine = headText.split('\n').lastIndexOf('          note:') + 1;
    expect(result.changes[0]).toMatchObject({ format: 'asyncapi', operation: 'receive orders.commands', source: { file: 'head.yaml', line: noteLine, column: 11 } });
    expect(result.changes[0]?.message).toContain('message `PlaceOrder` payload property `note`');
  });

  it('a document that is not AsyncAPI is a problem, not a crash', async () => {
    const result = await diffAsyncapi(side('base.yaml', v3(order, order)), side('head.yaml', 'asyncapi: 9.9.9\n'));
    expect(result.problems[0]).toMatchObject({ code: 'not-an-api-description', source: { file: 'head.yaml' } });
  });
});
