// trigger: how many slash commands one user may send per minute in one installation. Commands
// are cheap to write and some make whole reviews; past the rate a user gets one short refusal
// per minute and is otherwise ignored — no reply per comment, so a flood cannot become one.
// In-process like the review queue: replicas each count on their own.

export type RateDecision = 'run' | 'refuse' | 'ignore';

export interface CommandRate {
  /** Whether a comment with `commands` commands from `key` (installation and user) runs now. */
  decide(key: string, commands: number, now?: number): RateDecision;
}

export const commandsPerMinute = 6;

export function commandRate(limit = commandsPerMinute, windowMs = 60_000): CommandRate {
  const users = new Map<string, { times: number[]; refusedAt?: number }>();
  const forget = (now: number): void => {
    for (const [key, user] of users) {
      const quiet = user.times.every((time) => now - time >= windowMs) && (user.refusedAt === undefined || now - user.refusedAt >= windowMs);
      if (quiet) users.delete(key);
    }
  };
  return {
    decide: (key, commands, now = Date.now()) => {
      if (users.size > 10_000) forget(now);
      const user = users.get(key) ?? { times: [] };
      users.set(key, user);
      user.times = user.times.filter((time) => now - time < windowMs);
      if (user.times.length + commands <= limit) {
        for (let count = 0; count < commands; count += 1) user.times.push(now);
        return 'run';
      }
      if (user.refusedAt !== undefined && now - user.refusedAt < windowMs) return 'ignore';
      user.refusedAt = now;
      return 'refuse';
    },
  };
}

/** The process's count, shared by every installation's comments. */
export const sharedCommandRate = commandRate();
