// Which head the check run answer names for the reviewed pull request, and when it names none.
import { describe, expect, it } from 'vitest';
import { currentHeadNamed, type NamedPull } from '../../src/github/check-run-pulls.js';

const repo = { owner: 'Octo-Org', repo: 'pets-api' };
const named = (number: number, sha: string, baseRepoUrl = 'https://api.github.com/repos/octo-org/pets-api'): NamedPull => ({ number, head: { sha }, base: { repo: { url: baseRepoUrl } } });

describe('currentHeadNamed', () => {
  it.each([
    { name: 'the pull request, at its current head', pulls: [named(7, 'd'.repeat(40))], expected: 'd'.repeat(40) },
    { name: 'among others of the same branch', pulls: [named(3, 'a'.repeat(40)), named(7, 'c'.repeat(40))], expected: 'c'.repeat(40) },
    { name: 'on GitHub Enterprise Server', pulls: [named(7, 'c'.repeat(40), 'https://ghe.example.com/api/v3/repos/octo-org/pets-api')], expected: 'c'.repeat(40) },
    { name: 'a fork: GitHub names no pull request', pulls: [], expected: undefined },
    { name: 'no list at all', pulls: undefined, expected: undefined },
    { name: 'another pull request only', pulls: [named(8, 'c'.repeat(40))], expected: undefined },
    { name: 'the same number in another repository (an upstream the branch is also proposed to)', pulls: [named(7, 'c'.repeat(40), 'https://api.github.com/repos/upstream/pets-api')], expected: undefined },
    { name: 'a repository whose name only ends the same', pulls: [named(7, 'c'.repeat(40), 'https://api.github.com/repos/octo-org/my-pets-api')], expected: undefined },
    { name: 'an unreadable address', pulls: [named(7, 'c'.repeat(40), 'not a url')], expected: undefined },
  ])('$name', ({ pulls, expected }) => {
    expect(currentHeadNamed(pulls, repo, 7)).toBe(expected);
  });
});
