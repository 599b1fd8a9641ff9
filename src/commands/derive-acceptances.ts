// trigger -> assess: the acceptances of a pull request, derived again on every review from its
// comments (and label events), with every accepting author's permission checked now. GitHub is the
// only store: nothing is remembered between reviews, and nothing but a record this App signed, in
// a reply this App posted, counts: a marker in a person's comment, another bot's, or spec text
// that reached the App's summary comment grants nothing.
import type { ReviewConfig } from '../config/config-schema.js';
import { EVERY_BREAKING_CHANGE } from '../review/assess-review.js';
import type { Acceptance } from '../review/review.js';
import { isAppAuthored, sameLogin, type CommentAuthorship } from './app-authored.js';
import { memoizedApproval, type PermissionCheck } from './approver-permission.js';
import { parseAcceptArgs } from './acceptance-term.js';
import { parseCommandMarker, type CommandMarker, type MarkerKey } from './command-marker.js';
import { parseCommands } from './parse-commands.js';

/** A pull request comment as `GET /repos/{owner}/{repo}/issues/{number}/comments` returns it. */
export interface PullComment extends CommentAuthorship {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
}

/** An issue event as `GET /repos/{owner}/{repo}/issues/{number}/events` returns it; only `labeled`/`unlabeled` are read. */
export interface LabelEvent {
  id?: number;
  event: string;
  label?: { name: string } | null;
  actor?: { login: string } | null;
  created_at: string;
}

export interface DeriveAcceptancesInput extends PermissionCheck {
  /** Every comment of the pull request, oldest first. */
  comments: readonly PullComment[];
  botLogin: string;
  /** This App's id: its replies carry it as `performed_via_github_app.id`. */
  appId: number;
  /** Verifies the records' signatures (github/marker-key.ts). */
  markerKey: MarkerKey;
  config: Pick<ReviewConfig, 'accept'>;
  /** Read only when `config.accept.label` is set. */
  labelEvents?: readonly LabelEvent[];
  /** The pull request's page: label acceptances link to their event there. */
  pullRequestUrl?: string;
}

/** One step of the pull request's history that grants or withdraws, before permissions are checked. */
type Step =
  | { kind: 'accept'; user: string; at: string; acceptance: Acceptance }
  | { kind: 'revoke'; user: string; at: string }
  | { kind: 'unlabel'; at: string };

/**
 * Acceptances in force: comment acceptances not withdrawn by a later `revoke`, plus the label's
 * when it is on. A label acceptance has the fingerprint `*` (EVERY_BREAKING_CHANGE): it covers
 * every breaking change while the label stays, unlike a comment, which covers what it saw.
 */
export async function deriveAcceptances(input: DeriveAcceptancesInput): Promise<Acceptance[]> {
  const steps = [...commentSteps(input), ...labelSteps(input)];
  const mayApprove = memoizedApproval(input);
  // A revoke only tightens the gate: one the App confirmed counts even if its author has since
  // lost the permission (else removing a reviewer would bring back what they withdrew).
  const allowed = await Promise.all(steps.map((step) => (step.kind === 'accept' ? mayApprove(step.user) : true)));
  const valid = steps.filter((_, index) => allowed[index]);
  return foldSteps(chronological(valid));
}

function foldSteps(steps: readonly Step[]): Acceptance[] {
  let inForce: Acceptance[] = [];
  for (const step of steps) {
    if (step.kind === 'accept') inForce.push(step.acceptance);
    // A revoke withdraws everything given before it, the label's acceptance included.
    else if (step.kind === 'revoke') inForce = [];
    else inForce = inForce.filter((acceptance) => !acceptance.fingerprints.includes(EVERY_BREAKING_CHANGE));
  }
  return inForce;
}

/**
 * Steps from this App's confirmation replies. An acceptance needs its command comment still there,
 * unchanged, by the same person; a revoke, which only tightens the gate, counts from the App's
 * signed record alone, even when its comment was since edited or deleted.
 */
function commentSteps(input: DeriveAcceptancesInput): Step[] {
  const byId = new Map(input.comments.map((comment) => [comment.id, comment]));
  const seen = new Set<string>();
  const steps: Step[] = [];
  const app = { login: input.botLogin, id: input.appId };
  for (const reply of input.comments) {
    if (!isConfirmationReply(reply, app)) continue;
    const marker = parseCommandMarker(reply.body, input.markerKey);
    if (marker === undefined) continue;
    // A redelivered webhook can confirm the same command twice; it still counts once.
    const key = JSON.stringify(marker.kind === 'accept' ? [marker.comment, marker.reason] : [marker.comment]);
    if (seen.has(key)) continue;
    const command = byId.get(marker.comment);
    if (marker.kind === 'revoke') {
      steps.push({ kind: 'revoke', user: marker.user, at: command?.created_at ?? reply.created_at });
      seen.add(key);
      continue;
    }
    const step = command === undefined ? undefined : acceptStep(marker, command);
    if (step === undefined) continue;
    steps.push(step);
    seen.add(key);
  }
  return steps;
}

/** The acceptance a record confirms, when its command comment still says so, by the same person. */
function acceptStep(marker: Extract<CommandMarker, { kind: 'accept' }>, command: PullComment): Step | undefined {
  if (!writtenBy(command, marker.user)) return undefined;
  if (!parseCommands(command.body).some((parsed) => parsed.name === 'accept-breaking' && parseAcceptArgs(parsed.args).reason === marker.reason)) return undefined;
  const acceptance: Acceptance = {
    user: marker.user,
    reason: marker.reason,
    url: command.html_url,
    at: command.created_at,
    // Exact fingerprints only: "every breaking change" is the label's alone.
    fingerprints: marker.fingerprints.filter((print) => print !== EVERY_BREAKING_CHANGE),
    // The signed end date, resolved when the command ran; the review decides whether it is past.
    ...(marker.until === undefined ? {} : { until: marker.until }),
  };
  return { kind: 'accept', user: marker.user, at: command.created_at, acceptance };
}

/**
 * A reply this App posted to a command. Its summary comment and digest begin with their own hidden
 * marker and quote spec text: they are never read for records, whatever they contain.
 */
function isConfirmationReply(comment: PullComment, app: { login: string; id: number }): boolean {
  return isAppAuthored(comment, app) && !(comment.body ?? '').trimStart().startsWith('<!-- api-review-bot:');
}

function writtenBy(comment: PullComment, login: string): boolean {
  return comment.user !== null && comment.user.type !== 'Bot' && sameLogin(comment.user.login, login);
}

function labelSteps(input: DeriveAcceptancesInput): Step[] {
  const label = input.config.accept.label;
  if (label === null || input.labelEvents === undefined) return [];
  const steps: Step[] = [];
  for (const event of input.labelEvents) {
    if (event.label?.name !== label) continue;
    if (event.event === 'unlabeled') steps.push({ kind: 'unlabel', at: event.created_at });
    if (event.event !== 'labeled' || !event.actor) continue;
    const user = event.actor.login;
    const url = input.pullRequestUrl === undefined ? '' : `${input.pullRequestUrl}${event.id === undefined ? '' : `#event-${event.id}`}`;
    const acceptance: Acceptance = {
      user,
      reason: `added the \`${label}\` label`,
      url,
      at: event.created_at,
      fingerprints: [EVERY_BREAKING_CHANGE],
    };
    steps.push({ kind: 'accept', user, at: event.created_at, acceptance });
  }
  return steps;
}

/** Comments and label events merged by time; equal times keep their input order (sort is stable). */
function chronological(steps: readonly Step[]): Step[] {
  return [...steps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
