// render: JUnit XML, the test report GitLab, Jenkins, Azure Pipelines and most CI systems display
// without a plugin. One <testsuite> per spec file, one <testcase> per finding; a finding at or
// above the failure level carries <failure>, the others pass with their text in <system-out> so
// the report still lists them. Spec text is hostile: every attribute and text node is escaped,
// and characters XML 1.0 forbids (most control characters, lone surrogates) become U+FFFD, so a
// message cannot break the document or make a CI system reject the whole report.
import type { SourceLocation } from '../specs/source-location.js';

export interface JunitCase {
  /** The testcase name: the check id or rule code, and where in the API. */
  name: string;
  level: string;
  message: string;
  /** The location as people read it (`base:file:line:col`). */
  location: string;
  source: SourceLocation;
  failed: boolean;
}

export interface JunitSuite {
  /** The spec file, as the working directory sees it. */
  name: string;
  cases: JunitCase[];
}

/** A testcase name: the id, then where (an operation or a JSON path) when there is one. */
export function caseName(id: string, where: string): string {
  return where === '' ? id : `${id} ${where}`;
}

/** Characters outside XML 1.0's `Char` production. */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(notXmlChar, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes and keep line breaks and tabs (an attribute would fold them into spaces). */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function testcase(suite: string, item: JunitCase): string {
  const attributes = `name="${xmlAttribute(item.name)}" classname="${xmlAttribute(suite)}" file="${xmlAttribute(item.source.file)}" line="${item.source.line}"`;
  const detail = `${item.location} ${item.level}: ${item.message}`;
  const body = item.failed
    ? `<failure message="${xmlAttribute(item.message)}" type="${xmlAttribute(item.level)}">${xmlText(detail)}</failure>`
    : `<system-out>${xmlText(detail)}</system-out>`;
  return `    <testcase ${attributes}>${body}</testcase>`;
}

function testsuite(suite: JunitSuite): string {
  const failures = suite.cases.filter((item) => item.failed).length;
  const header = `  <testsuite name="${xmlAttribute(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="0">`;
  return [header, ...suite.cases.map((item) => testcase(suite.name, item)), '  </testsuite>'].join('\n');
}

/** The whole report; `name` says which command made it (`api-review diff`). */
export function toJunit(name: string, suites: JunitSuite[]): string {
  const tests = suites.reduce((sum, suite) => sum + suite.cases.length, 0);
  const failures = suites.reduce((sum, suite) => sum + suite.cases.filter((item) => item.failed).length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttribute(name)}" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.map(testsuite),
    '</testsuites>',
    '',
  ].join('\n');
}

/** Findings grouped into one suite per file, in the order files first appear; `suiteOf` names a finding's file. */
export function suitesByFile<T>(items: T[], suiteOf: (item: T) => string, toCase: (item: T) => JunitCase, files: string[] = []): JunitSuite[] {
  const suites = new Map<string, JunitCase[]>(files.map((file) => [file, []]));
  for (const item of items) {
    const name = suiteOf(item);
    const cases = suites.get(name) ?? [];
    cases.push(toCase(item));
    suites.set(name, cases);
  }
  return [...suites].map(([name, cases]) => ({ name, cases }));
}
