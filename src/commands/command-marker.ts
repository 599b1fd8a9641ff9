// trigger: the hidden record in this App's confirmation replies. An acceptance is re-derived from
// it on every review (derive-acceptances.ts). Other text can reach a comment the App writes (a
// spec description in the summary, a reason in a reply), so a record counts only when it carries
// an HMAC made with a key derived from the App's secret (github/marker-key.ts): nobody without
// the secret can write one, and nobody can change what a real one says.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** A key only the App holds; the HMAC key of every record. */
export type MarkerKey = Buffer;

const markerName = 'api-review-bot:command';
/** The record is the last line of a reply: one line of JSON (JSON.stringify writes no newline). */
const pattern = new RegExp(`<!-- ${markerName} (\\{[^\\n]*\\}) -->\\s*$`);

/**
 * A fingerprint a record may name: exact handles only. The label's "every breaking change" (`*`)
 * or any other pattern never comes from a record, whatever produced it.
 */
const exactFingerprint = z.string().regex(/^[A-Za-z0-9:._-]{1,128}$/);

const markerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('accept'),
    /** The id of the human comment that holds the command. */
    comment: z.number().int(),
    user: z.string().min(1),
    reason: z.string().min(1),
    fingerprints: z.array(exactFingerprint).min(1),
    /** The last day (UTC) the acceptance holds; absent: until revoked. */
    until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  }),
  z.object({ kind: z.literal('revoke'), comment: z.number().int(), user: z.string().min(1) }),
]);

export type CommandMarker = z.infer<typeof markerSchema>;

/** `--` is escaped so user text (the reason) cannot close the HTML comment early. */
export function formatCommandMarker(marker: CommandMarker, key: MarkerKey): string {
  const signed = { ...markerSchema.parse(marker), sig: signatureOf(marker, key) };
  return `<!-- ${markerName} ${JSON.stringify(signed).replace(/--/g, '\\u002d\\u002d')} -->`;
}

/** The record at the end of `text`, when its signature is this App's; `undefined` otherwise. */
export function parseCommandMarker(text: string | null | undefined, key: MarkerKey): CommandMarker | undefined {
  const match = pattern.exec(text ?? '');
  if (!match?.[1]) return undefined;
  try {
    const json: unknown = JSON.parse(match[1]);
    const parsed = markerSchema.safeParse(json);
    const sig = typeof json === 'object' && json !== null && 'sig' in json ? json.sig : undefined;
    if (!parsed.success || typeof sig !== 'string') return undefined;
    return sameSignature(sig, signatureOf(parsed.data, key)) ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Over every field, in a fixed order, so no two different records share a signature. `until` is
 * appended only when present: records written before it existed keep their signatures.
 */
function signatureOf(marker: CommandMarker, key: MarkerKey): string {
  const fields =
    marker.kind === 'accept'
      ? [marker.kind, marker.comment, marker.user, marker.reason, marker.fingerprints, ...(marker.until === undefined ? [] : [marker.until])]
      : [marker.kind, marker.comment, marker.user];
  return createHmac('sha256', key).update(JSON.stringify(fields)).digest('hex');
}

function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
