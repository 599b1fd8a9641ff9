// trigger: the App's installations, and acting as one of them — the one installation loop the
// scheduled digest and `api-review digest` share, so neither holds a Probot of its own.
import type { Probot } from 'probot';
import type { GitHub } from './rest-types.js';

export interface AppInstallation {
  id: number;
  /** The account's login, or `installation <id>` when GitHub does not name it. */
  account: string;
}

export interface InstallationHost {
  installations(): Promise<AppInstallation[]>;
  /** An installation's Octokit (its token, Probot's retry and throttling). */
  octokitFor(installationId: number): Promise<GitHub>;
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
    octokitFor: (installationId) => app.auth(installationId),
    log: {
      info: (message) => app.log.info(message),
      warn: (message) => app.log.warn(message),
      error: (message) => app.log.error(message),
    },
  };
}
