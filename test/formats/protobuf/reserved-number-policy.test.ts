import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/diff/change.js';
import { applyReservedNumberPolicy } from '../../../src/formats/protobuf/reserved-number-policy.js';

const deleted = 'Previously present field "4" with name "coupon_code" on message "Order" was deleted.';
const unreserved = 'Previously present field "4" with name "coupon_code" on message "Order" was deleted without reserving the number "4".';
const otherDeleted = 'Previously present field "5" with name "note" on message "Order" was deleted.';

function finding(id: string, message: string): Change {
  return { id, format: 'protobuf', level: 'error', operation: 'message Order', path: [], message, source: { file: 'orders.proto', line: 6, column: 1 }, side: 'head' };
}

describe('applyReservedNumberPolicy', () => {
  it.each([
    {
      name: 'an unreserved deletion is one error that says its number is free',
      found: [finding('FIELD_NO_DELETE', deleted), finding('FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED', unreserved)],
      expected: [{ id: 'FIELD_NO_DELETE', level: 'error', says: 'Its number is not reserved' }],
    },
    {
      name: 'a reserved deletion is one warning',
      found: [finding('FIELD_NO_DELETE', otherDeleted)],
      expected: [{ id: 'FIELD_NO_DELETE', level: 'warning', says: 'Its number is reserved' }],
    },
    {
      name: 'a companion alone (a WIRE selection) stays as buf reported it',
      found: [finding('FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED', unreserved)],
      expected: [{ id: 'FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED', level: 'error', says: 'without reserving' }],
    },
    {
      name: 'two deletions, one reserved, are told apart',
      found: [finding('FIELD_NO_DELETE', deleted), finding('FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED', unreserved), finding('FIELD_NO_DELETE', otherDeleted)],
      expected: [
        { id: 'FIELD_NO_DELETE', level: 'error', says: 'coupon_code' },
        { id: 'FIELD_NO_DELETE', level: 'warning', says: 'note' },
      ],
    },
  ])('$name', ({ found, expected }) => {
    const changes = applyReservedNumberPolicy(found);
    expect(changes.map((change) => ({ id: change.id, level: change.level }))).toEqual(expected.map(({ id, level }) => ({ id, level })));
    changes.forEach((change, index) => expect(change.message).toContain(expected[index]?.says));
  });
});
