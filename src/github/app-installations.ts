// trigger: the App's installations, and acting as one of them — the one installation loop the
// scheduled digest and `api-review digest` share, so neither holds a Probot of its own.
import type { Probot } from 'probot';
import type { DigestGitHub } from '../digest/digest-github.js';
import { digestGitHubOf } from './digest-github-of.js';

export interface AppInstallation {
  id: number;
  /** The account's login, or `installation <id>` when GitHub does not name it. */
  account: string;
}

export interface InstallationHost {
  installations(): Promise<AppInstallation[]>;
  /** The digest's port acting as an installation (its token, Probot's retry and throttling). */
  digestGitHubFor(installationId: number): Promise<DigestGitHub>;
  log: { info(message: string): void; warn(message: string): void; error(message: string): void };
}

export function installationHostOf(app: Probot): InstallationHost {
  return {
    installations: async () => {
      const appOctokit = await app.auth();
      const listed = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, { per_page: 100 });
      return listed.map((installation) => ({
        id: installation.id,
        account: installation.account && 'login' in installation.account ? installation.account.login : `installation ${installation.id}`,
      }));
    },
    digestGitHubFor: async (installationId) => digestGitHubOf(await app.auth(installationId)),
    log: {
      info: (message) => app.log.info(message),
      warn: (message) => app.log.warn(message),
      error: (message) => app.log.error(message),
    },
  };
}
