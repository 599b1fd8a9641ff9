// render: the consumer changelog as Markdown (release notes) or as one self-contained HTML page
// (inline CSS, no scripts, no external requests) a team can publish. The page is published, so
// every value is HTML-escaped by Handlebars' own escaping, in an environment of its own, apart
// from the Markdown one (handlebars-env.ts) whose escaping is for Markdown.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Changelog } from '../review/build-changelog.js';
import { renderTemplate } from './handlebars-env.js';

const htmlEnvironment = Handlebars.create();
/** Check messages quote names in backticks (Markdown); on the page they become `<code>`, escaped first. */
htmlEnvironment.registerHelper('text', (value: unknown) => new Handlebars.SafeString(withCodeSpans(String(value ?? ''))));

export function withCodeSpans(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part) => (part.length > 2 && part.startsWith('`') && part.endsWith('`') ? `<code>${Handlebars.escapeExpression(part.slice(1, -1))}</code>` : Handlebars.escapeExpression(part)))
    .join('');
}
let htmlPage: Handlebars.TemplateDelegate | undefined;

export function renderChangelogMarkdown(changelog: Changelog): string {
  return renderTemplate('changelog', changelog);
}

/** What the `API changelog` issue receives for one merged pull request: which one, then its changelog. */
export function renderMergedChangelog(changelog: Changelog, pull: { number: number; title: string; url: string; mergedOn: string }): string {
  return `${renderTemplate('changelog-merged', pull).trimEnd()}\n\n${renderChangelogMarkdown(changelog)}`;
}

export function renderChangelogHtml(changelog: Changelog): string {
  htmlPage ??= htmlEnvironment.compile(readFileSync(new URL('../../templates/changelog.html.hbs', import.meta.url), 'utf8'), { strict: false });
  return htmlPage(changelog);
}
