import { describe, expect, it } from 'vitest';
import { ownersOf, parseCodeowners } from '../../src/github/codeowners.js';

const file = `
# API owners
*                 @octo-org/platform
*.yaml            @octo-org/api-guild @dave
/api/legacy/      @erin someone@example.com
docs/**           @frank
!negated.yaml     @nobody
`;

describe('CODEOWNERS', () => {
  it.each([
    { path: 'openapi.yaml', users: ['dave'], teams: ['api-guild'] },
    { path: 'api/legacy/openapi.yaml', users: ['erin'], teams: [] },
    { path: 'docs/api/openapi.json', users: ['frank'], teams: [] },
    { path: 'src/index.ts', users: [], teams: ['platform'] },
  ])('the last matching line owns $path', ({ path, users, teams }) => {
    expect(ownersOf(parseCodeowners(file), [path], 'octo-org')).toEqual({ users, teams });
  });

  it('leaves out teams of another organization', () => {
    expect(ownersOf(parseCodeowners('*.yaml @other-org/team\n'), ['a.yaml'], 'octo-org')).toEqual({ users: [], teams: [] });
  });
});
