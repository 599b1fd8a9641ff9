// trigger: the GitHub Action's settings, read from the runner's environment. Inputs arrive as
// INPUT_<NAME> (upper-cased, dashes kept); the token from the `github-token` input, else GITHUB_TOKEN.
// Expected problems (not a pull_request event, no token) are values with a sentence, not exceptions.
import { isAbsolute, join, normalize } from 'node:path';

export type ActionEnv = Record<string, string | undefined>;

export interface ActionSettings {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  eventPath: string;
  /** The config file on the runner, inside the workspace. */
  configPath: string;
  /** Replaces the config's `ruleset` (a path in the repository) when set. */
  ruleset: string | undefined;
  sarifPath: string;
  outputPath: string | undefined;
  summaryPath: string | undefined;
}

export type SettingsOutcome = { ok: true; settings: ActionSettings } | { ok: false; message: string };

const defaultConfigPath = '.github/api-review.yml';

export function actionSettingsOf(env: ActionEnv): SettingsOutcome {
  const input = (name: string): string | undefined => nonEmpty(env[`INPUT_${name.toUpperCase()}`]);
  const token = input('github-token') ?? nonEmpty(env.GITHUB_TOKEN);
  if (!token) return { ok: false, message: 'no token: set the `github-token` input (it defaults to `${{ github.token }}`) or GITHUB_TOKEN.' };
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return { ok: false, message: 'GITHUB_REPOSITORY is not `owner/name`: run this inside GitHub Actions.' };
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
  if (!eventPath) return { ok: false, message: 'GITHUB_EVENT_PATH is not set: run this inside GitHub Actions.' };
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const configPath = insideWorkspace(workspace, input('config') ?? defaultConfigPath);
  if (!configPath) return { ok: false, message: 'the `config` input must be a path inside the workspace.' };
  const temp = env.RUNNER_TEMP ?? workspace;
  return {
    ok: true,
    settings: {
      token,
      apiUrl: (nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com').replace(/\/+$/, ''),
      owner,
      repo,
      eventName: env.GITHUB_EVENT_NAME ?? '',
      eventPath,
      configPath,
      ruleset: input('ruleset'),
      sarifPath: join(temp, 'api-review.sarif'),
      outputPath: nonEmpty(env.GITHUB_OUTPUT),
      summaryPath: nonEmpty(env.GITHUB_STEP_SUMMARY),
    },
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** The config input is relative to the workspace; an absolute path or `..` leaving it is refused. */
function insideWorkspace(workspace: string, relative: string): string | undefined {
  const normalized = normalize(relative);
  if (isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../')) return undefined;
  return join(workspace, normalized);
}
