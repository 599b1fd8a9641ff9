// collect: who the GitHub Action is. A workflow's token acts as `github-actions[bot]`, the GitHub
// Actions App (id 15368 on github.com), and may not call `/app`: the identity is given, and the
// sticky comment and acceptance replies are recognised by this login and App stamp.
import type { AppIdentity } from '../commands/app-authored.js';

export const githubActionsIdentity: AppIdentity = { login: 'github-actions[bot]', id: 15368 };
