// Webhook deliveries built from @octokit/webhooks-examples (real payload shapes), pointed at the
// fake repository of a test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EmitterWebhookEvent } from '@octokit/webhooks';
import { baseSha, headSha, type FakeGitHub } from './fake-github.js';

interface ExampleDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

const examplesPath = createRequire(import.meta.url).resolve('@octokit/webhooks-examples');
const definitions = JSON.parse(readFileSync(examplesPath, 'utf8')) as ExampleDefinition[];

function example(name: string, action: string, pick: (payload: Record<string, unknown>) => boolean = () => true): Record<string, unknown> {
  const found = definitions.find((definition) => definition.name === name)?.examples.find((payload) => payload.action === action && pick(payload));
  if (!found) throw new Error(`no ${name}.${action} example`);
  return structuredClone(found);
}

function repository(fake: FakeGitHub): Record<string, unknown> {
  return { id: 1, name: fake.repo, full_name: `${fake.owner}/${fake.repo}`, owner: { login: fake.owner, type: 'Organization' }, html_url: `https://github.com/${fake.owner}/${fake.repo}` };
}

type PullRequestAction = 'opened' | 'synchronize' | 'reopened' | 'ready_for_review' | 'edited';

export function pullRequestEvent(
  fake: FakeGitHub,
  action: PullRequestAction,
  changes: { draft?: boolean; sender?: { login: string; type: string }; edits?: Record<string, unknown>; labels?: string[] } = {},
): EmitterWebhookEvent<'pull_request'> {
  const payload = example('pull_request', action === 'edited' ? 'opened' : action);
  const pull = payload.pull_request as Record<string, unknown>;
  Object.assign(pull, {
    number: fake.pullNumber,
    state: 'open',
    draft: changes.draft ?? false,
    user: { login: 'alice', type: 'User' },
    labels: (changes.labels ?? []).map((name) => ({ name })),
    requested_reviewers: [],
    requested_teams: [],
  });
  Object.assign(pull.head as object, { sha: headSha, ref: 'feature' });
  Object.assign(pull.base as object, { sha: baseSha, ref: 'main', repo: repository(fake) });
  Object.assign(payload, {
    action,
    number: fake.pullNumber,
    repository: repository(fake),
    installation: { id: 1, node_id: 'x' },
    sender: changes.sender ?? { login: 'alice', type: 'User' },
    ...(action === 'edited' ? { changes: changes.edits ?? { title: { from: 'old' } } } : {}),
  });
  return { id: `delivery-${action}`, name: 'pull_request', payload } as EmitterWebhookEvent<'pull_request'>;
}

/** A new comment on the fake's pull request, written by `login`. */
export function issueCommentEvent(fake: FakeGitHub, body: string, login: string, id = 5000): EmitterWebhookEvent<'issue_comment'> {
  const payload = example('issue_comment', 'created');
  const htmlUrl = `https://github.com/${fake.owner}/${fake.repo}/pull/${fake.pullNumber}`;
  Object.assign(payload, {
    action: 'created',
    issue: { ...(payload.issue as object), number: fake.pullNumber, user: { login: fake.author, type: 'User' }, pull_request: { url: htmlUrl, html_url: htmlUrl } },
    comment: { ...(payload.comment as object), id, body, user: { login, type: 'User' }, html_url: `${htmlUrl}#issuecomment-${id}` },
    repository: repository(fake),
    installation: { id: 1, node_id: 'x' },
    sender: { login, type: 'User' },
  });
  return { id: `delivery-comment-${id}`, name: 'issue_comment', payload } as EmitterWebhookEvent<'issue_comment'>;
}

export function checkRunRerequestedEvent(fake: FakeGitHub, externalId: string): EmitterWebhookEvent<'check_run'> {
  const payload = example('check_run', 'rerequested');
  Object.assign(payload.check_run as object, { name: 'API Review', head_sha: headSha, external_id: externalId, pull_requests: [] });
  Object.assign(payload, { repository: repository(fake), installation: { id: 1, node_id: 'x' } });
  return { id: 'delivery-rerun', name: 'check_run', payload } as EmitterWebhookEvent<'check_run'>;
}

/** A new comment on the pull request (the shape `issue_comment.created` delivers), by a person. */
export function pullCommentEvent(fake: FakeGitHub, body: string, user = { login: 'alice', type: 'User' }): EmitterWebhookEvent<'issue_comment'> {
  const payload = example('issue_comment', 'created');
  Object.assign(payload.issue as object, { number: fake.pullNumber, pull_request: { url: `https://api.github.com/repos/${fake.owner}/${fake.repo}/pulls/${fake.pullNumber}` } });
  Object.assign(payload.comment as object, { id: 900, body, user, html_url: `https://github.com/${fake.owner}/${fake.repo}/pull/${fake.pullNumber}#issuecomment-900` });
  Object.assign(payload, { action: 'created', repository: repository(fake), installation: { id: 1, node_id: 'x' }, sender: user });
  return { id: 'delivery-comment', name: 'issue_comment', payload } as EmitterWebhookEvent<'issue_comment'>;
}
