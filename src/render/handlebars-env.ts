// render: one Handlebars environment, its helpers registered once, templates read from
// templates/ (never strings in TypeScript) and compiled once per process.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { codeText, markdownText } from './markdown-text.js';

const templatesFolder = new URL('../../templates/', import.meta.url);

const environment = Handlebars.create();
environment.registerHelper('md', (value: unknown) => markdownText(value));
environment.registerHelper('code', (value: unknown) => `\`${codeText(value)}\``);
environment.registerHelper('plural', (count: unknown, one: unknown, many: unknown) => (count === 1 ? one : many));
environment.registerHelper('eq', (a: unknown, b: unknown) => a === b);
environment.registerHelper('subtract', (a: unknown, b: unknown) => Number(a) - Number(b));
environment.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
environment.registerHelper('json', (value: unknown) => JSON.stringify(value).replace(/--/g, '\\u002d\\u002d'));

const compiled = new Map<string, Handlebars.TemplateDelegate>();

export function renderTemplate(name: string, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    const source = readFileSync(new URL(`${name}.hbs`, templatesFolder), 'utf8');
    template = environment.compile(source, { noEscape: true, strict: false });
    compiled.set(name, template);
  }
  return template(view).replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
