import { describe, expect, it } from 'vitest';
import { formatCommandMarker, parseCommandMarker, type CommandMarker } from '../../src/commands/command-marker.js';
import { markerKey } from './fake-deps.js';

const accept: CommandMarker = { kind: 'accept', comment: 1, user: 'alice', reason: 'clients agreed', fingerprints: ['aaaa000000000001'] };
const signed = formatCommandMarker(accept, markerKey);
const dated: CommandMarker = { ...accept, until: '2027-03-31' };
const signedDated = formatCommandMarker(dated, markerKey);

describe('command marker', () => {
  it.each<CommandMarker>([
    accept,
    dated,
    { kind: 'accept', comment: 2, user: 'bob', reason: 'a -- b --> c <!-- d', fingerprints: ['x'] },
    { kind: 'revoke', comment: 3, user: 'carol' },
  ])('reads back what it wrote: $kind $comment', (marker) => {
    const text = `before\n\n${formatCommandMarker(marker, markerKey)}\n`;
    // The HTML comment ends exactly where the marker does, whatever the reason holds.
    expect(text.indexOf('-->')).toBe(text.length - 4);
    expect(parseCommandMarker(text, markerKey)).toEqual(marker);
  });

  it.each([
    { name: 'no marker', text: 'hello' },
    { name: 'broken JSON', text: '<!-- api-review-bot:command {"kind": -->' },
    { name: 'an unknown kind', text: '<!-- api-review-bot:command {"kind":"grant","comment":1,"user":"a"} -->' },
    { name: 'no fingerprints', text: '<!-- api-review-bot:command {"kind":"accept","comment":1,"user":"a","reason":"r","fingerprints":[]} -->' },
    { name: 'an empty reason', text: '<!-- api-review-bot:command {"kind":"accept","comment":1,"user":"a","reason":"","fingerprints":["f"]} -->' },
    { name: 'a comment id that is not a number', text: '<!-- api-review-bot:command {"kind":"revoke","comment":"1","user":"a"} -->' },
    { name: 'a well-formed record without a signature', text: '<!-- api-review-bot:command {"kind":"revoke","comment":1,"user":"a"} -->' },
    { name: 'a record signed with another key', text: formatCommandMarker(accept, Buffer.from('another key')) },
    { name: 'a signed record whose fingerprints were changed', text: signed.replace('aaaa000000000001', 'bbbb000000000002') },
    { name: 'a signed record widened to every change', text: signed.replace('"aaaa000000000001"', '"*"') },
    { name: 'a signed record given to another user', text: signed.replace('"alice"', '"mallory"') },
    { name: 'a signed record whose end date was moved', text: signedDated.replace('2027-03-31', '2099-03-31') },
    { name: 'a signed record whose end date was removed', text: signedDated.replace(',"until":"2027-03-31"', '') },
    { name: 'a signed record given an end date it did not have', text: signed.replace('"reason"', '"until":"2027-03-31","reason"') },
    { name: 'a signed record with text after it', text: `${signed}\n\nmore text` },
  ])('reads nothing from $name', ({ text }) => expect(parseCommandMarker(text, markerKey)).toBeUndefined());

  it('never writes a record that names every breaking change', () => {
    expect(() => formatCommandMarker({ ...accept, fingerprints: ['*'] }, markerKey)).toThrow();
  });
});
