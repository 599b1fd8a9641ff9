// A Probot instance with the App loaded, talking to nock instead of GitHub.
import { Probot, ProbotOctokit } from 'probot';
import app from '../../src/app.js';

export async function loadedProbot(): Promise<Probot> {
  const probot = new Probot({
    githubToken: 'test-token',
    logLevel: 'fatal',
    Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }),
  });
  await probot.load(app, { cwd: process.cwd(), addHandler: () => undefined });
  return probot;
}
