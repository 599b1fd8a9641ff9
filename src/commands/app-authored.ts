// trigger: whether this App wrote a comment. Only its own replies hold records and only its own
// summary is edited, so the test is strict: the App's bot login (`<slug>[bot]`, which no person,
// other App or workflow token can hold), and where GitHub says so, a Bot account posted by this
// App (`performed_via_github_app`) — a stamp naming another App is refused.

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
  if (!comment.user || !sameLogin(comment.user.login, app.login)) return false;
  // `<slug>[bot]` is reserved for the App on GitHub; the type and the App stamp, where a server
  // sends them (GitHub Enterprise Server versions and proxies differ), must agree with it.
  if (comment.user.type !== undefined && comment.user.type !== 'Bot') return false;
  const stamp = comment.performed_via_github_app;
  return stamp === undefined || stamp === null || stamp.id === app.id;
}

/** GitHub logins are case-insensitive. */
export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
