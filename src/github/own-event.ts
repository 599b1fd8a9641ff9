// trigger: events this App caused itself (its comments, labels, check runs) are not reviewed
// again. Only a Bot sender can be the App, so the App's login is looked up only for those.
import type { ProbotOctokit } from 'probot';
import { botLoginOf } from './bot-login.js';

export async function isOwnEvent(octokit: ProbotOctokit, sender: { login: string; type: string } | undefined): Promise<boolean> {
  if (sender?.type !== 'Bot') return false;
  return sender.login.toLowerCase() === (await botLoginOf(octokit)).toLowerCase();
}
