// `api-review digest [--now DATE]`: builds and upserts the weekly governance digest of every
// installation, authenticated as the GitHub App from the server's env vars, for deployments that
// run it from an external scheduler (a Kubernetes CronJob, a scheduled workflow). The schedule
// in the config is the scheduler's business then; `digest.enabled` still decides who gets one.
// Exit 1 when a digest could not be written, 2 on usage errors.
import { runInstallationDigests, type DigestOutcome } from '../digest/run-digests.js';
import type { InstallationHost } from '../github/app-installations.js';
import { installationHostFromEnv } from '../github/probot-from-env.js';
import { parseNow } from './cli-context.js';
import type { Output } from './cli-output.js';
import { CliError } from './cli-error.js';
import type { ParsedOptions } from './parse-options.js';

export async function digestCommand(options: ParsedOptions, output: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (options.positionals.length > 0) throw new CliError('usage: api-review digest [--now DATE]');
  const now = parseNow(options.now);
  const app = appFromEnv(env);
  const installations = await app.installations();
  let written = 0;
  let failed = 0;
  for (const installation of installations) {
    const account = installation.account;
    let outcomes: DigestOutcome[];
    try {
      const report = (problem: string): void => output.err(`api-review digest: ${account}: ${problem}`);
      outcomes = await runInstallationDigests(await app.digestGitHubFor(installation.id), { now, report });
    } catch (error) {
      failed += 1;
      output.err(`api-review digest: ${account}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const outcome of outcomes) {
      if (outcome.ok) {
        written += 1;
        output.out(`${outcome.action} ${outcome.destination}#${outcome.number} ${outcome.title} ${outcome.url}`);
      } else {
        failed += 1;
        output.err(`api-review digest: ${outcome.destination}: ${outcome.title} not written: ${outcome.error}`);
      }
    }
  }
  if (written === 0 && failed === 0) output.out(`no digest to write: no repository of the ${installations.length} installation(s) sets digest.enabled`);
  return failed > 0 ? 1 : 0;
}

/** The same env vars as `npm start` (Probot's): APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, GHE_HOST, GHE_PROTOCOL. */
function appFromEnv(env: NodeJS.ProcessEnv): InstallationHost {
  if (!env.APP_ID) throw new CliError('api-review digest authenticates as the GitHub App: set APP_ID and PRIVATE_KEY or PRIVATE_KEY_PATH (and GHE_HOST, GHE_PROTOCOL for GitHub Enterprise Server)');
  try {
    return installationHostFromEnv(env);
  } catch (error) {
    throw new CliError(`api-review digest: ${error instanceof Error ? error.message : String(error)} (set PRIVATE_KEY or PRIVATE_KEY_PATH)`);
  }
}
