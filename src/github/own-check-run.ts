// collect: whether a check run is this App's. The list is asked for with `app_id`, so GitHub
// returns only this App's runs; each run's `app` is checked again where the server sends it (a
// run naming another App is never read), since a workflow can create a run with the same name.
import type { AppIdentity } from '../commands/app-authored.js';

export function isOwnCheckRun(run: { app?: { id: number } | null }, app: AppIdentity): boolean {
  return run.app === undefined || run.app === null || run.app.id === app.id;
}
