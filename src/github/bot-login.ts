// collect: this App's own identity — its login (`<app-slug>[bot]`), the author of its comments
// and replies, and its id, which GitHub stamps on them (`performed_via_github_app`) and on its
// check runs (`app`). `GET /app` is authenticated as the App (a JWT, not the installation token)
// and asked once per process: neither changes while the server runs. GitHub's answer to the App
// creating a check run names the App too, so a process whose first review creates one learns it
// there and never asks (`learnAppIdentity`). The GitHub Action, whose token cannot call `/app`,
// gives its identity instead (`actAs`).
import type { ProbotOctokit } from 'probot';
import type { AppIdentity } from '../commands/app-authored.js';

const identities = new Map<string, Promise<AppIdentity>>();
/** Identities given rather than asked: the GitHub Action's token may not call `/app`. */
const givenIdentities = new WeakMap<object, AppIdentity>();

/** Makes every `appIdentityOf(octokit)` answer `identity` without calling `GET /app`. */
export function actAs(octokit: ProbotOctokit, identity: AppIdentity): void {
  givenIdentities.set(octokit, identity);
}

/**
 * Remembers the App that GitHub says created a check run through this client — this App — unless
 * its identity is known already or given. An answer without a usable slug and id teaches nothing.
 */
export function learnAppIdentity(octokit: ProbotOctokit, app: { id?: number; slug?: string } | null | undefined): void {
  if (givenIdentities.has(octokit) || !app?.slug || typeof app.id !== 'number') return;
  const host = hostOf(octokit);
  if (!identities.has(host)) identities.set(host, Promise.resolve({ login: `${app.slug}[bot]`, id: app.id }));
}

export function appIdentityOf(octokit: ProbotOctokit): Promise<AppIdentity> {
  const given = givenIdentities.get(octokit);
  if (given) return Promise.resolve(given);
  const host = hostOf(octokit);
  let identity = identities.get(host);
  if (!identity) {
    identity = octokit.rest.apps.getAuthenticated().then(({ data }) => ({ login: `${data?.slug ?? ''}[bot]`, id: data?.id ?? -1 }));
    // A failed lookup is asked again on the next review rather than remembered.
    identity.catch(() => identities.delete(host));
    identities.set(host, identity);
  }
  return identity;
}

/** One App per GitHub host: GitHub.com and each Enterprise Server have their own. */
function hostOf(octokit: ProbotOctokit): string {
  return String(octokit.request.endpoint.DEFAULTS.baseUrl);
}

export async function botLoginOf(octokit: ProbotOctokit): Promise<string> {
  return (await appIdentityOf(octokit)).login;
}
