// JUnit XML: escaping of hostile spec text, and failures counted per suite and overall.
import { describe, expect, it } from 'vitest';
import { caseName, suitesByFile, toJunit, xmlAttribute, xmlText, type JunitCase } from '../../src/render/junit.js';

describe('XML escaping', () => {
  it.each([
    { name: 'markup', input: '<script>&</script>', text: '&lt;script&gt;&amp;&lt;/script&gt;', attribute: '&lt;script&gt;&amp;&lt;/script&gt;' },
    { name: 'quotes', input: `"a" 'b'`, text: `"a" 'b'`, attribute: '&quot;a&quot; &apos;b&apos;' },
    { name: 'NUL, ESC and vertical tab are not XML 1.0', input: 'a\u0000b\u001bc\u000bd', text: 'a\uFFFDb\uFFFDc\uFFFDd', attribute: 'a\uFFFDb\uFFFDc\uFFFDd' },
    { name: 'a lone surrogate and U+FFFE', input: 'x\uD800y\uFFFEz', text: 'x\uFFFDy\uFFFDz', attribute: 'x\uFFFDy\uFFFDz' },
    { name: 'line breaks stay in text and are kept as references in attributes', input: 'a\nb\tc\rd', text: 'a\nb\tc\rd', attribute: 'a&#10;b&#9;c&#13;d' },
    { name: 'characters beyond the BMP are kept', input: 'ok 🐍 é', text: 'ok 🐍 é', attribute: 'ok 🐍 é' },
    { name: 'a CDATA end is harmless', input: ']]>', text: ']]&gt;', attribute: ']]&gt;' },
  ])('$name', ({ input, text, attribute }) => {
    expect(xmlText(input)).toBe(text);
    expect(xmlAttribute(input)).toBe(attribute);
  });
});

const item = (level: string, failed: boolean, file = 'api.yaml'): JunitCase => ({
  name: caseName('rule', 'GET /x'),
  level,
  message: `a ${level}`,
  location: `${file}:3:5`,
  source: { file, line: 3, column: 5 },
  failed,
});

describe('toJunit', () => {
  it('counts failures per suite and overall; a passing case keeps its text in system-out', () => {
    const suites = suitesByFile([item('error', true), item('warning', false), item('error', true, 'other.yaml')], (one) => one.source.file, (one) => one);
    const xml = toJunit('api-review diff', suites);
    expect(xml).toContain('<testsuites name="api-review diff" tests="3" failures="2" errors="0">');
    expect(xml).toContain('<testsuite name="api.yaml" tests="2" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="other.yaml" tests="1" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<system-out>api.yaml:3:5 warning: a warning</system-out>');
    expect(xml).toContain('<failure message="a error" type="error">api.yaml:3:5 error: a error</failure>');
  });

  it('lists a spec without findings as an empty suite', () => {
    const xml = toJunit('api-review lint', suitesByFile([], () => 'x', (one: JunitCase) => one, ['clean.yaml']));
    expect(xml).toContain('<testsuite name="clean.yaml" tests="0" failures="0" errors="0" skipped="0">');
  });

  it.each([
    ['rule', '', 'rule'],
    ['rule', 'GET /x', 'rule GET /x'],
  ])('caseName(%s, %s) is %s', (id, where, name) => expect(caseName(id, where)).toBe(name));
});
