// analyze: what `/api-review explain <rule-id>` and `api-review explain` say about a lint rule:
// its description and severity, and for our guidelines why it matters and how to fix it.
import type { LoadedRuleset } from './loaded-ruleset.js';
import type { LintSeverity } from './lint-finding.js';

const SEVERITY_NAMES: readonly LintSeverity[] = ['error', 'warning', 'info', 'hint'];

/** Markdown for the rule `code` of `ruleset`, or `undefined` when the ruleset has no such rule. */
export function explainRule(code: string, ruleset: LoadedRuleset): string | undefined {
  const rule = Object.prototype.hasOwnProperty.call(ruleset.ruleset.rules, code) ? ruleset.ruleset.rules[code] : undefined;
  if (rule === undefined) return undefined;
  const guide = ruleset.guides.get(code);
  const severity = rule.enabled ? (SEVERITY_NAMES[rule.severity] ?? 'error') : 'off';
  const sections = [
    `### \`${code}\``,
    rule.description ?? rule.message ?? 'No description.',
    `**Severity:** ${severity} · **Ruleset:** ${ruleset.label}`,
  ];
  if (guide !== undefined && guide.why !== '') sections.push(`#### Why it matters\n\n${guide.why}`);
  if (guide !== undefined && guide.fix !== '') sections.push(`#### How to fix\n\n${guide.fix}`);
  if (rule.documentationUrl !== null) sections.push(`[Documentation](${rule.documentationUrl})`);
  return sections.join('\n\n') + '\n';
}
