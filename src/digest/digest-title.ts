// digest: the issue title is the key the upsert finds the week's issue by (with the label), so it
// is built in one place. The dash is an em dash, as users search for it.
import { isoWeekLabel } from './iso-week.js';

export function digestTitle(now: Date): string {
  return `API governance digest — ${isoWeekLabel(now)}`;
}
