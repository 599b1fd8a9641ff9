// analyze: what `/api-review explain <rule-id>` and `api-review explain` say about a lint rule:
// its description and severity, and for our guidelines why it matters and how to fix it. A
// repository's own ruleset is text its writers control: its ids, descriptions and links are
// escaped like any spec text; only our shipped guidelines' Markdown is shown as written.
import { codeSpan, markdownText, urlText } from '../render/markdown-text.js';
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
    `### ${codeSpan(code)}`,
    markdownText(rule.description ?? rule.message ?? 'No description.'),
    `**Severity:** ${severity} · **Ruleset:** ${ruleset.label}`,
  ];
  if (guide !== undefined && guide.why !== '') sections.push(`#### Why it matters\n\n${guide.why}`);
  if (guide !== undefined && guide.fix !== '') sections.push(`#### How to fix\n\n${guide.fix}`);
  if (rule.documentationUrl !== null) sections.push(`[Documentation](${urlText(rule.documentationUrl)})`);
  return sections.join('\n\n') + '\n';
}
