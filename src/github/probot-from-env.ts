// trigger (outside the server): a Probot authenticated as the App from the server's env vars, for
// jobs started from the command line (`api-review digest`). It gets the same resilient Octokit as
// `npm start`, so a GitHub hiccup or a rate limit is waited out the same way, not fatal here.
import { createProbot, type Probot } from 'probot';
import { installationHostOf, type InstallationHost } from './app-installations.js';
import { resilientOctokit } from './resilient-octokit.js';

/** APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, GHE_HOST, GHE_PROTOCOL, LOG_LEVEL: Probot's own names. */
export function probotFromEnv(env: NodeJS.ProcessEnv): Probot {
  return createProbot({ env, overrides: { Octokit: resilientOctokit() } });
}

/** The installations of the App the env vars name (throws when they do not name a usable App). */
export function installationHostFromEnv(env: NodeJS.ProcessEnv): InstallationHost {
  return installationHostOf(probotFromEnv(env));
}
