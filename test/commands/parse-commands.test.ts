import { describe, expect, it } from 'vitest';
import { parseCommands, type ParsedCommand } from '../../src/commands/parse-commands.js';

const cases: { name: string; body: string; expected: ParsedCommand[] }[] = [
  { name: 'plain command', body: '/api-review help', expected: [{ name: 'help', args: '' }] },
  { name: 'command with args', body: '/api-review explain response-property-removed', expected: [{ name: 'explain', args: 'response-property-removed' }] },
  { name: 'upper case prefix and name', body: '/API-Review RUN', expected: [{ name: 'run', args: '' }] },
  {
    name: 'extra spaces and tabs everywhere',
    body: '   /api-review    accept-breaking   \t consumers  agreed   ',
    expected: [{ name: 'accept-breaking', args: 'consumers  agreed' }],
  },
  { name: 'bare prefix', body: '/api-review', expected: [{ name: '', args: '' }] },
  { name: 'prefix glued to a word is not the prefix', body: '/api-reviewer help', expected: [] },
  { name: 'mid-sentence', body: 'Could you /api-review run please?', expected: [] },
  { name: 'after a list marker', body: '- /api-review run', expected: [] },
  {
    name: 'on its own line after text',
    body: 'Thanks for the review!\n/api-review run',
    expected: [{ name: 'run', args: '' }],
  },
  {
    name: 'several commands, in order',
    body: '/api-review explain path-removed\nsome text\n\n/api-review accept-breaking v1 is retired\n/api-review plan',
    expected: [
      { name: 'explain', args: 'path-removed' },
      { name: 'accept-breaking', args: 'v1 is retired' },
      { name: 'plan', args: '' },
    ],
  },
  {
    name: 'Windows line endings',
    body: 'hello\r\n/api-review accept-breaking agreed with clients\r\n/api-review run\r\n',
    expected: [
      { name: 'accept-breaking', args: 'agreed with clients' },
      { name: 'run', args: '' },
    ],
  },
  { name: 'old Mac line endings', body: 'hi\r/api-review run', expected: [{ name: 'run', args: '' }] },
  { name: 'in a backtick fence', body: 'Try this:\n```\n/api-review accept-breaking nope\n```', expected: [] },
  { name: 'in a fence with an info string', body: '```text\n/api-review run\n```\n/api-review help', expected: [{ name: 'help', args: '' }] },
  { name: 'in a tilde fence', body: '~~~\n/api-review run\n~~~', expected: [] },
  { name: 'in an indented fence', body: '  ```\n  /api-review run\n  ```', expected: [] },
  {
    name: 'a shorter fence does not close a longer one',
    body: '````\n```\n/api-review run\n```\n````\n/api-review help',
    expected: [{ name: 'help', args: '' }],
  },
  { name: 'a tilde line does not close a backtick fence', body: '```\n~~~\n/api-review run\n```', expected: [] },
  { name: 'an unclosed fence runs to the end', body: '```\n/api-review run', expected: [] },
  { name: 'after a closed fence', body: '```\ncode\n```\n/api-review run', expected: [{ name: 'run', args: '' }] },
  { name: 'in a quote', body: '> /api-review accept-breaking because\n\nNo way.', expected: [] },
  { name: 'in an indented code block (4 spaces)', body: 'Run this:\n\n    /api-review accept-breaking nope', expected: [] },
  { name: 'in an indented code block (a tab)', body: '\t/api-review accept-breaking nope', expected: [] },
  { name: 'in an indented code block (tab after spaces)', body: '  \t/api-review run', expected: [] },
  { name: 'indented less than a code block', body: '   /api-review run', expected: [{ name: 'run', args: '' }] },
  { name: 'in a <pre> block', body: '<pre>\n/api-review accept-breaking nope\n</pre>\n/api-review help', expected: [{ name: 'help', args: '' }] },
  { name: 'in a <PRE> block with attributes', body: '<PRE lang="text">\n/api-review run\n</PRE>', expected: [] },
  { name: 'in a one-line <pre>', body: '<pre>/api-review run</pre>', expected: [] },
  { name: 'in an unclosed <pre>', body: 'x\n<pre>\n\n/api-review run', expected: [] },
  { name: 'after a closed <pre>', body: '<pre>\ncode\n</pre>\n/api-review run', expected: [{ name: 'run', args: '' }] },
  { name: 'in an indented quote without space', body: '  >/api-review run', expected: [] },
  { name: 'in a nested quote', body: '> > /api-review run', expected: [] },
  { name: 'in inline code', body: '`/api-review run`', expected: [] },
  { name: 'in inline code running over two lines', body: 'Type `code\n/api-review run` to rerun', expected: [] },
  { name: 'in double-backtick inline code', body: '`` x\n/api-review run ` ``', expected: [] },
  { name: 'an unmatched backtick does not hide the next line', body: 'a ` b\n/api-review run', expected: [{ name: 'run', args: '' }] },
  { name: 'inline code does not reach past a blank line', body: 'a ` b\n\n/api-review run `', expected: [{ name: 'run', args: '`' }] },
  { name: 'inline code in the args is kept', body: '/api-review explain `path-removed`', expected: [{ name: 'explain', args: '`path-removed`' }] },
  { name: 'in an HTML comment', body: '<!-- /api-review run -->', expected: [] },
  { name: 'in a multi-line HTML comment', body: '<!--\n/api-review accept-breaking x\n-->\n/api-review help', expected: [{ name: 'help', args: '' }] },
  { name: 'an HTML comment is not part of the args', body: '/api-review accept-breaking ok <!-- hidden -->', expected: [{ name: 'accept-breaking', args: 'ok' }] },
  { name: 'an HTML comment inside a fence is code', body: '```\n<!--\n```\n/api-review run', expected: [{ name: 'run', args: '' }] },
  { name: 'an unterminated HTML comment hides the rest', body: '<!-- draft\n/api-review run', expected: [] },
  { name: 'escaped prefix', body: '\\/api-review run', expected: [] },
  { name: 'empty body', body: '', expected: [] },
];

describe('parseCommands', () => {
  it.each(cases)('$name', ({ body, expected }) => expect(parseCommands(body)).toEqual(expected));

  it('reads no command from a missing body', () => {
    expect(parseCommands(null)).toEqual([]);
    expect(parseCommands(undefined)).toEqual([]);
  });
});

describe('parseCommands on hostile input', () => {
  // Comments are untrusted and up to 65,536 characters: parsing stays linear (quadratic would take many seconds here).
  it.each([
    { name: 'unmatched backticks', body: '` '.repeat(32_000) },
    { name: 'unmatched backticks, one per paragraph', body: '`\n\n'.repeat(21_000) },
    { name: 'growing backtick runs', body: Array.from({ length: 350 }, (_, index) => '`'.repeat(index + 1)).join(' ') },
    { name: 'a long line of spaces after the prefix', body: `/api-review run${' '.repeat(60_000)}x` },
    { name: 'many HTML comment openers', body: '<!-- -->'.repeat(8_000) },
    { name: 'a code span on every line', body: '`a`\n'.repeat(16_000) },
  ])('$name', ({ body }) => {
    const started = performance.now();
    parseCommands(body);
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
