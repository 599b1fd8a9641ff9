// Operations: the server's start-up guard on WEBHOOK_SECRET. Without a secret Probot falls back to
// the word `development`, so anyone who can reach the webhook URL could sign a forged event (a fake
// pull request, a fake `/api-review accept-breaking` comment). Refusing to start is the safe answer.

/** Probot's fallback when WEBHOOK_SECRET is unset (`new Probot({ secret })` defaults to it). */
const probotDefaultSecret = 'development';

/** Why the server must not start with this environment's WEBHOOK_SECRET, or undefined when it may. */
export function webhookSecretProblem(env: { WEBHOOK_SECRET?: string | undefined }): string | undefined {
  const secret = env.WEBHOOK_SECRET?.trim() ?? '';
  if (secret === '') {
    return 'WEBHOOK_SECRET is not set: the server refuses to start, since unsigned webhooks could not be told from forged ones. Set it to the webhook secret of the GitHub App.';
  }
  if (secret === probotDefaultSecret) {
    return `WEBHOOK_SECRET is Probot's default "${probotDefaultSecret}", which anyone can guess: the server refuses to start. Set it to the webhook secret of the GitHub App.`;
  }
  return undefined;
}
