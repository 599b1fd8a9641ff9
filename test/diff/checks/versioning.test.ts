import { describe, expect, it } from 'vitest';
import { diffIds, openapi } from '../spec-pair.js';

const ok = "      responses:\n        '200': { description: ok }\n";
const twoOps = `paths:\n  /pets:\n    get:\n${ok}    delete:\n${ok}`;
const oneOp = `paths:\n  /pets:\n    get:\n${ok}`;

describe('versioning family', () => {
  it.each([
    { name: 'breaking change without a version bump', base: openapi(twoOps, '1.2.3'), head: openapi(oneOp, '1.2.3'), expected: ['api-version-not-bumped'] },
    { name: 'breaking change with a minor bump', base: openapi(twoOps, '1.2.3'), head: openapi(oneOp, '1.3.0'), expected: ['api-major-version-not-bumped'] },
    { name: 'breaking change with a major bump', base: openapi(twoOps, '1.2.3'), head: openapi(oneOp, '2.0.0'), expected: [] },
    { name: 'below 1.0.0 a minor bump is enough', base: openapi(twoOps, '0.2.3'), head: openapi(oneOp, '0.3.0'), expected: [] },
    { name: 'version decreased', base: openapi(twoOps, '1.2.3'), head: openapi(oneOp, '1.2.0'), expected: ['api-version-decreased'] },
    { name: 'non-semver versions are not judged', base: openapi(twoOps, '1.0'), head: openapi(oneOp, '1.0'), expected: [] },
    { name: 'no breaking change, no verdict', base: openapi(oneOp, '1.2.3'), head: openapi(twoOps, '1.2.3'), expected: [] },
  ])('$name', async ({ base, head, expected }) => {
    const ids = await diffIds(base, head);
    expect(ids.filter((id) => id.startsWith('api-') && id.includes('version'))).toEqual(expected);
  });

  it('reports removed component schemas', async () => {
    const withSchemas = (names: string[]) => openapi(`${oneOp}components:\n  schemas:\n${names.map((name) => `    ${name}: { type: object }\n`).join('')}`);
    expect(await diffIds(withSchemas(['Pet', 'Owner']), withSchemas(['Pet']))).toEqual(['api-schema-removed']);
  });

  it('does not judge the version when the only error was switched off', async () => {
    const ids = await diffIds(openapi(twoOps, '1.2.3'), openapi(oneOp, '1.2.3'), { levels: { 'api-removed-without-deprecation': 'warning' } });
    expect(ids).toEqual(['api-removed-without-deprecation']);
  });
});
