// A CommandDeps made of plain values that records what a command publishes, in order.
import { defaultConfig, type ReviewConfig } from '../../src/config/config-schema.js';
import type { CommandDeps, CommandReaction, RepoPermission } from '../../src/commands/command-deps.js';
import type { LoadedRuleset } from '../../src/lint/loaded-ruleset.js';
import type { CheckData } from '../../src/review/check-data.js';
import type { Review } from '../../src/review/review.js';

export const botLogin = 'api-review-bot[bot]';
export const appId = 4242;
/** The key the fake App signs its records with. */
export const markerKey = Buffer.from('test-marker-key-0123456789abcdef');

export interface FakeOptions {
  body?: string;
  action?: string;
  login?: string;
  /** The pull request's author; `alice`, the default commenter, unless said. */
  pullAuthor?: string;
  userType?: string;
  isPullRequest?: boolean;
  config?: ReviewConfig;
  permissions?: Record<string, RepoPermission>;
  teamMembers?: string[];
  checkData?: CheckData;
  review?: Review;
  ruleset?: LoadedRuleset;
  /** The commands' clock; 2026-12-05 10:00 UTC unless said. */
  now?: Date;
}

export interface FakeDeps extends CommandDeps {
  /** `react:eyes`, `reply`, `rerun`, … in the order they happened. */
  log: string[];
  replies: string[];
  reactions: CommandReaction[];
}

export function fakeDeps(options: FakeOptions = {}): FakeDeps {
  const log: string[] = [];
  const replies: string[] = [];
  const reactions: CommandReaction[] = [];
  return {
    log,
    replies,
    reactions,
    action: options.action ?? 'created',
    comment: {
      id: 101,
      body: options.body ?? '/api-review help',
      user: { login: options.login ?? 'alice', type: options.userType ?? 'User' },
      html_url: 'https://github.test/acme/shop/pull/7#issuecomment-101',
    },
    repo: { owner: 'acme', repo: 'shop' },
    pullAuthor: options.pullAuthor ?? 'alice',
    pullNumber: 7,
    isPullRequest: options.isPullRequest ?? true,
    botLogin,
    appId,
    markerKey,
    now: () => options.now ?? new Date('2026-12-05T10:00:00Z'),
    config: options.config ?? defaultConfig,
    permissionOf: async (login) => options.permissions?.[login] ?? 'read',
    isApproverTeamMember: async (login) => options.teamMembers?.includes(login) ?? false,
    reply: async (body) => {
      log.push('reply');
      replies.push(body);
    },
    react: async (content) => {
      log.push(`react:${content}`);
      reactions.push(content);
    },
    requestReview: async () => {
      log.push('rerun');
    },
    reviewForPlan: async () => {
      log.push('rerun');
      return options.review;
    },
    currentCheckData: async () => options.checkData,
    loadRuleset: async () => options.ruleset,
  };
}

export function checkData(overrides: Partial<CheckData> = {}): CheckData {
  return {
    version: 1,
    verdict: 'fail',
    breakingChanges: 2,
    acceptedBlockers: 0,
    newLintErrors: 0,
    counts: { blocker: 2, warning: 0, info: 0 },
    specs: [{ spec: 'openapi.yaml', status: 'modified', breaking: ['api-path-removed-without-deprecation'], lintErrors: 0 }],
    acceptances: [],
    unacceptedFingerprints: ['aaaa000000000001', 'aaaa000000000002'],
    generatedAt: '2026-01-05T10:00:00.000Z',
    ...overrides,
  };
}
