// trigger: the hidden record in this App's confirmation replies. An acceptance is re-derived from
// it on every review (derive-acceptances.ts), and only when the App itself wrote the reply:
// the same text in anyone else's comment is ignored.
import { z } from 'zod';

const markerName = 'api-review-bot:command';
const pattern = new RegExp(`<!-- ${markerName} (\\{.*?\\}) -->`, 's');

const markerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('accept'),
    /** The id of the human comment that holds the command. */
    comment: z.number().int(),
    user: z.string().min(1),
    reason: z.string().min(1),
    fingerprints: z.array(z.string().min(1)).min(1),
  }),
  z.object({ kind: z.literal('revoke'), comment: z.number().int(), user: z.string().min(1) }),
]);

export type CommandMarker = z.infer<typeof markerSchema>;

/** `--` is escaped so user text (the reason) cannot close the HTML comment early. */
export function formatCommandMarker(marker: CommandMarker): string {
  return `<!-- ${markerName} ${JSON.stringify(marker).replace(/--/g, '\\u002d\\u002d')} -->`;
}

export function parseCommandMarker(text: string | null | undefined): CommandMarker | undefined {
  const match = pattern.exec(text ?? '');
  if (!match?.[1]) return undefined;
  try {
    const parsed = markerSchema.safeParse(JSON.parse(match[1]));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
