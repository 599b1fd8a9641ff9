import { describe, expect, it } from 'vitest';
import { formatCommandMarker, parseCommandMarker, type CommandMarker } from '../../src/commands/command-marker.js';

describe('command marker', () => {
  it.each<CommandMarker>([
    { kind: 'accept', comment: 1, user: 'alice', reason: 'clients agreed', fingerprints: ['aaaa000000000001'] },
    { kind: 'accept', comment: 2, user: 'bob', reason: 'a -- b --> c <!-- d', fingerprints: ['x'] },
    { kind: 'revoke', comment: 3, user: 'carol' },
  ])('reads back what it wrote: $kind $comment', (marker) => {
    const text = `before\n\n${formatCommandMarker(marker)}\n`;
    // The HTML comment ends exactly where the marker does, whatever the reason holds.
    expect(text.indexOf('-->')).toBe(text.length - 4);
    expect(parseCommandMarker(text)).toEqual(marker);
  });

  it.each([
    { name: 'no marker', text: 'hello' },
    { name: 'broken JSON', text: '<!-- api-review-bot:command {"kind": -->' },
    { name: 'an unknown kind', text: '<!-- api-review-bot:command {"kind":"grant","comment":1,"user":"a"} -->' },
    { name: 'no fingerprints', text: '<!-- api-review-bot:command {"kind":"accept","comment":1,"user":"a","reason":"r","fingerprints":[]} -->' },
    { name: 'an empty reason', text: '<!-- api-review-bot:command {"kind":"accept","comment":1,"user":"a","reason":"","fingerprints":["f"]} -->' },
    { name: 'a comment id that is not a number', text: '<!-- api-review-bot:command {"kind":"revoke","comment":"1","user":"a"} -->' },
  ])('reads nothing from $name', ({ text }) => expect(parseCommandMarker(text)).toBeUndefined());
});
