// The App on a pull request touching a GraphQL schema split over the files of one folder: the
// folder is one schema at each revision, so no false `Unknown type` blocker and no missing root
// type; a removed field is one finding, annotated in the file that defined it.
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nockedFakeGitHub } from './github-nock.js';
import { loadedProbot } from './probot-harness.js';
import { pullRequestEvent } from './webhook-payloads.js';

const query = '"""Entry points."""\ntype Query {\n  """One user."""\n  user(id: ID!): User\n}\n';
const user = '"""A person."""\ntype User {\n  """Its id."""\n  id: ID!\n  """Where to write."""\n  email: String\n}\n';
const admin = 'extend type Query {\n  """Every user."""\n  users: [User!]!\n}\n';
const schema = { 'schema/query.graphql': query, 'schema/user.graphql': user, 'schema/admin.graphql': admin, 'src/app.ts': 'a' };

let probot: Probot;
beforeEach(async () => {
  probot = await loadedProbot();
});
afterEach(() => {
  nock.cleanAll();
});

interface CompletedRun {
  conclusion: string;
  output: { title: string; annotations?: { path: string; title: string; start_line: number }[] };
}

async function review(headFiles: Record<string, string>) {
  const fake = nockedFakeGitHub({ baseFiles: schema, headFiles });
  await probot.receive(pullRequestEvent(fake, 'opened'));
  const runs = fake.find('PATCH', /\/check-runs\/\d+$/).map((request) => request.body as unknown as CompletedRun);
  const comment = String(fake.find('POST', /\/issues\/7\/comments$/)[0]?.body?.body ?? '');
  const blobReads = fake.reviewCalls().filter((call) => /\/git\/blobs\//.test(call.path)).length;
  return { completed: runs.at(-1) as CompletedRun, annotations: runs.flatMap((run) => run.output?.annotations ?? []), comment, calls: fake.reviewCalls().length, blobReads };
}

describe('the App on a GraphQL schema split over files', () => {
  it('a cosmetic edit of one file: success, no unknown type, no missing root type', async () => {
    const { completed, comment, calls, blobReads } = await review({ ...schema, 'schema/query.graphql': `# Queries\n${query}` });
    expect(completed.conclusion).toBe('success');
    // The changed file's head (its merge-base version is rebuilt from the compare patch), and each
    // unchanged file of the schema once (same blob at both).
    expect(blobReads).toBe(1 + 2);
    expect(calls).toBeLessThanOrEqual(12 + 2);
    expect(comment).not.toContain('Unknown type');
    expect(comment).not.toContain('Query root type');
  });

  it('a type moved to another file: no breaking change', async () => {
    const { 'schema/user.graphql': _moved, ...rest } = schema;
    const { completed, comment } = await review({ ...rest, 'schema/query.graphql': query + user });
    expect(completed.conclusion).toBe('success');
    expect(comment).not.toContain('TYPE_REMOVED');
  });

  it('a field removed in one file: failure, one FIELD_REMOVED annotated in that file', async () => {
    const { completed, annotations, comment } = await review({ ...schema, 'schema/user.graphql': user.replace('  """Where to write."""\n  email: String\n', '') });
    expect(completed.conclusion).toBe('failure');
    expect(comment).toContain('`FIELD_REMOVED`');
    expect(annotations.filter((annotation) => annotation.title.startsWith('FIELD_REMOVED')).map((annotation) => annotation.path)).toEqual(['schema/user.graphql']);
  });
});
