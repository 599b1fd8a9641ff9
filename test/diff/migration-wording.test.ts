// Every catalogued migration hint, filled as the review fills it, reads as a finished sentence: no
// placeholder left, no doubled word, no "it" that points at nothing, no replacement it cannot name.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/diff/catalog.js';
import { fillMigrationHint } from '../../src/diff/migration-hint.js';
import { formatCatalog } from '../../src/formats/format-catalog.js';

const hinted = [...catalog, ...formatCatalog].filter((check) => check.migration !== undefined);

/** The words before the first "it": something there must be what "it" points at. */
const beforeFirstIt = (text: string): string | undefined => /^(.*?)\bit\b/i.exec(text)?.[1];
const namesSomething = /`|\b(?:the|a|an|this|these|your|its)\b|GET \/|each of these operations/i;

/** Slips a reader notices, each with the reason it is one and a sentence that has it. */
const slips: { why: string; slipped: (text: string) => boolean; example: string }[] = [
  { why: 'an unfilled placeholder', slipped: (text) => /\{\{|\}\}/.test(text), example: 'Send {{name}} on every call.' },
  { why: 'a doubled word', slipped: (text) => /\b(\w+)\s+\1\b/i.test(text), example: 'Send the the value.' },
  {
    why: '"it" with nothing before it to point at',
    slipped: (text) => {
      const before = beforeFirstIt(text);
      return before !== undefined && !namesSomething.test(before);
    },
    example: 'Nothing to do; subscribe or publish to it if you need it.',
  },
  { why: '"as it" / "it to", where "it" stands for an element already named', slipped: (text) => / as it\b| it to /i.test(text), example: 'Check the values you send as it.' },
  { why: 'a possessive without its apostrophe', slipped: (text) => /operations? responses/i.test(text), example: 'Read these operations responses.' },
  {
    why: 'a replacement the catalog cannot know is there',
    slipped: (text) => /\bits replacement\b|\bthat replaces it\b|\bmove to the (?!replacement the provider names)/i.test(text),
    example: 'Stop using the channel; move to the channel that replaces it.',
  },
  { why: 'punctuation left by a removed placeholder', slipped: (text) => /\s[.,;:]|\(\s*\)|``/.test(text), example: 'Send the value () now .' },
];

const samples = [
  { operation: 'GET /orders', name: 'response property `Order.total`' },
  { operation: 'each of these operations', name: 'request property `Order.note`' },
];

describe('migration hints in the catalog', () => {
  it('exist for the catalogued checks', () => {
    expect(hinted.length).toBeGreaterThan(400);
  });

  describe.each(samples)('filled with $operation and $name', (slots) => {
    it.each(hinted.map((check) => ({ id: check.id, hint: check.migration as string })))('$id', ({ hint }) => {
      const text = fillMigrationHint(hint, slots);
      for (const slip of slips) expect(slip.slipped(text), `${slip.why}: ${text}`).toBe(false);
      expect(text).toMatch(/^[A-Z].*[.!?]$/);
    });
  });

  it.each(slips)('catches $why', ({ slipped, example }) => {
    expect(slipped(example)).toBe(true);
  });
});
