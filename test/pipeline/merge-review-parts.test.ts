// The model's excerpts of a review cut into batches: the batches' excerpts in batch order, under
// the caps of one review, with everything left out counted.
import { describe, expect, it } from 'vitest';
import type { ChangedOperations, OperationExcerpt } from '../../src/llm/changed-operations.js';
import { mergeExcerpts } from '../../src/pipeline/merge-review-parts.js';

const excerpt = (spec: string, operation: string, text = ''): OperationExcerpt => ({ spec, operation, head: { summary: text } });
const sizeOf = (value: OperationExcerpt): number => JSON.stringify(value).length;
const a1 = excerpt('a.yaml', 'GET /a1');
const a2 = excerpt('a.yaml', 'GET /a2');
const b1 = excerpt('b.yaml', 'GET /b1');
const big = excerpt('b.yaml', 'GET /big', 'x'.repeat(200));
const part = (excerpts: OperationExcerpt[], omitted = 0): ChangedOperations => ({ excerpts, omitted });

describe('mergeExcerpts', () => {
  it.each([
    { name: 'no parts', parts: [], caps: { maxOperations: 25, maxTotalChars: 40_000 }, expected: part([]) },
    { name: 'in batch order', parts: [part([a1, a2]), part([b1])], caps: { maxOperations: 25, maxTotalChars: 40_000 }, expected: part([a1, a2, b1]) },
    { name: 'what a batch left out stays counted', parts: [part([a1], 3), part([b1], 1)], caps: { maxOperations: 25, maxTotalChars: 40_000 }, expected: part([a1, b1], 4) },
    { name: 'the operation cap over all batches', parts: [part([a1, a2]), part([b1])], caps: { maxOperations: 2, maxTotalChars: 40_000 }, expected: part([a1, a2], 1) },
    {
      name: 'the size cap stops at the first excerpt over it, as one review does',
      parts: [part([a1]), part([big, b1])],
      caps: { maxOperations: 25, maxTotalChars: sizeOf(a1) + sizeOf(b1) + 10 },
      expected: part([a1], 2),
    },
  ])('$name', ({ parts, caps, expected }) => {
    expect(mergeExcerpts(parts, caps)).toEqual(expected);
  });
});
