// trigger: whether this App wrote a comment. Only its own replies hold records and only its own
// summary is edited, so the test is strict: the App's bot login, a Bot account, and GitHub's own
// statement of which App posted it (`performed_via_github_app`), which no other account — a
// person named like the App, another App, a workflow's token — can claim.

export interface AppIdentity {
  /** `<app-slug>[bot]`. */
  login: string;
  /** The App's id (`GET /app`). */
  id: number;
}

/** A comment as GitHub's REST API returns it, reduced to who wrote it. */
export interface CommentAuthorship {
  user: { login: string; type?: string } | null;
  performed_via_github_app?: { id: number } | null;
}

export function isAppAuthored(comment: CommentAuthorship, app: AppIdentity): boolean {
  return (
    comment.user?.type === 'Bot' &&
    sameLogin(comment.user.login, app.login) &&
    comment.performed_via_github_app?.id === app.id
  );
}

/** GitHub logins are case-insensitive. */
export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
