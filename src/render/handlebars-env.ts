// render: one Handlebars environment, its helpers registered once, templates read from
// templates/ (never strings in TypeScript) and compiled once per process. Every `{{value}}` is
// escaped for Markdown (markdown-text.ts) unless a helper that escapes for its own context writes
// it (`code` for code spans, `url` for link destinations); `{{{raw}}}` is only for text this App
// made itself and is listed in test/render/template-escaping.test.ts.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { codeSpan, markdownText, urlText } from './markdown-text.js';

const templatesFolder = new URL('../../templates/', import.meta.url);

/** Helpers whose output is already safe where the templates put it. */
const escapingHelpers = new Set(['md', 'code', 'url']);
const defaultEscape = 'md';

const environment = Handlebars.create();
environment.registerHelper('md', (value: unknown) => markdownText(value));
environment.registerHelper('code', (value: unknown, options: Handlebars.HelperOptions) => codeSpan(value, { cell: options.hash.cell === true }));
environment.registerHelper('url', (value: unknown) => urlText(value));
environment.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => (count === 1 ? one : many));
environment.registerHelper('eq', (a: unknown, b: unknown) => a === b);
environment.registerHelper('subtract', (a: unknown, b: unknown) => Number(a) - Number(b));
environment.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
environment.registerHelper('json', (value: unknown) => JSON.stringify(value).replace(/--/g, '\\u002d\\u002d'));

/**
 * Rewrites `{{x}}` to `{{md x}}` and `{{helper a b}}` to `{{md (helper a b)}}`. Handlebars' own
 * escaping is for HTML (it turns a backtick into `&#x60;`, which Markdown shows as is), so the
 * templates are compiled without it and this takes its place.
 */
class MarkdownEscaping extends Handlebars.Visitor {
  override MustacheStatement(mustache: hbs.AST.MustacheStatement): void {
    if (mustache.escaped && !writesItsOwnEscaping(mustache)) {
      const { loc } = mustache;
      const value: hbs.AST.Expression =
        mustache.params.length === 0 && mustache.hash === undefined
          ? mustache.path
          : ({ type: 'SubExpression', path: mustache.path, params: mustache.params, hash: mustache.hash, loc } as hbs.AST.SubExpression);
      mustache.path = { type: 'PathExpression', data: false, depth: 0, parts: [defaultEscape], original: defaultEscape, loc } as hbs.AST.PathExpression;
      mustache.params = [value];
      mustache.hash = undefined as unknown as hbs.AST.Hash;
    }
    super.MustacheStatement(mustache);
  }
}

function writesItsOwnEscaping(mustache: hbs.AST.MustacheStatement): boolean {
  const path = mustache.path as hbs.AST.PathExpression | hbs.AST.Literal;
  return path.type === 'PathExpression' && escapingHelpers.has((path as hbs.AST.PathExpression).original) && mustache.params.length > 0;
}

export function compileMarkdownTemplate(source: string): Handlebars.TemplateDelegate {
  const ast = Handlebars.parse(source);
  new MarkdownEscaping().accept(ast);
  return environment.compile(ast, { noEscape: true, strict: false });
}

const compiled = new Map<string, Handlebars.TemplateDelegate>();

export function renderTemplate(name: string, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    template = compileMarkdownTemplate(readFileSync(new URL(`${name}.hbs`, templatesFolder), 'utf8'));
    compiled.set(name, template);
  }
  return template(view).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
