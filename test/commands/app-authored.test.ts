import { describe, expect, it } from 'vitest';
import { isAppAuthored, type CommentAuthorship } from '../../src/commands/app-authored.js';

const app = { login: 'api-review-bot[bot]', id: 42 };

describe('isAppAuthored', () => {
  it.each<{ name: string; comment: CommentAuthorship; expected: boolean }>([
    { name: 'the App’s bot, stamped by the App', comment: { user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: { id: 42 } }, expected: true },
    { name: 'the login in another case', comment: { user: { login: 'API-Review-Bot[bot]', type: 'Bot' }, performed_via_github_app: { id: 42 } }, expected: true },
    // `<slug>[bot]` is reserved for the App; servers that do not send the stamp still name it.
    { name: 'the App’s bot, no stamp sent', comment: { user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: null }, expected: true },
    { name: 'the App’s bot, stamped by another App', comment: { user: { login: 'api-review-bot[bot]', type: 'Bot' }, performed_via_github_app: { id: 43 } }, expected: false },
    { name: 'a person with the App’s login', comment: { user: { login: 'api-review-bot[bot]', type: 'User' }, performed_via_github_app: null }, expected: false },
    { name: 'another bot', comment: { user: { login: 'github-actions[bot]', type: 'Bot' }, performed_via_github_app: { id: 42 } }, expected: false },
    { name: 'a deleted account', comment: { user: null }, expected: false },
  ])('$name: $expected', ({ comment, expected }) => {
    expect(isAppAuthored(comment, app)).toBe(expected);
  });
});
