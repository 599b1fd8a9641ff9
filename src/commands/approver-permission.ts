// trigger: who may accept (and revoke) a breaking change. Asked on every use — by the command
// handler and again by every review that derives acceptances — never remembered between them.
import type { CommandDeps, RepoPermission } from './command-deps.js';

export type PermissionCheck = Pick<CommandDeps, 'permissionOf' | 'isApproverTeamMember'>;

const approverPermissions: ReadonlySet<RepoPermission> = new Set(['write', 'maintain', 'admin']);

export function isApproverPermission(permission: RepoPermission): boolean {
  return approverPermissions.has(permission);
}

export async function mayApprove(login: string, check: PermissionCheck): Promise<boolean> {
  return isApproverPermission(await check.permissionOf(login)) || (await check.isApproverTeamMember(login));
}

/** The same check, asked at most once per login within one derivation. */
export function memoizedApproval(check: PermissionCheck): (login: string) => Promise<boolean> {
  const answers = new Map<string, Promise<boolean>>();
  return (login) => {
    const key = login.toLowerCase();
    let answer = answers.get(key);
    if (!answer) {
      answer = mayApprove(login, check);
      answers.set(key, answer);
    }
    return answer;
  };
}
