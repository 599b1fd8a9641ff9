// A Probot instance with the App loaded, talking to nock instead of GitHub.
import { Probot, ProbotOctokit } from 'probot';
import app, { apiReviewBotWith, type AppWiring } from '../../src/app.js';

/** `wiring`: the App as `npm start` wires it with replicas (a review dispatch of the test's own), else as one process. */
export async function loadedProbot(wiring?: AppWiring): Promise<Probot> {
  const probot = new Probot({
    githubToken: 'test-token',
    logLevel: 'fatal',
    Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }),
  });
  await probot.load(wiring ? apiReviewBotWith(wiring) : app, { cwd: process.cwd(), addHandler: () => undefined });
  return probot;
}
