// docs: regenerates the demo changelog page (docs/changelog-demo.html, for examples/orders-v1 →
// v2) and its screenshot as Chromium renders it (docs/changelog-demo.png, linked from the README).
// Run with `npm run changelog:screenshot`; needs Debian's chromium (or API_REVIEW_TEST_CHROMIUM).
import { writeFile } from 'node:fs/promises';
import { runCli } from '../src/cli.js';
import { chromiumPath, inspectInChromium } from './chromium-page.js';

const page = new URL('../docs/changelog-demo.html', import.meta.url);
const screenshot = new URL('../docs/changelog-demo.png', import.meta.url);

async function main(): Promise<number> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.error('no Chromium: install Debian\'s chromium or set API_REVIEW_TEST_CHROMIUM');
    return 2;
  }
  let html = '';
  const code = await runCli(['changelog', 'examples/orders-v1.yaml', 'examples/orders-v2.yaml', '--format', 'html', '--now', '2026-11-25'], {
    out: (text) => (html += `${text}\n`),
    err: (text) => console.error(text),
  });
  if (code !== 0) return code;
  html = `${html.trimEnd()}\n`;
  await writeFile(page, html);
  const inspection = await inspectInChromium(html, { executablePath, screenshotTo: screenshot.pathname, width: 760 });
  if (inspection.consoleErrors.length > 0 || inspection.requests.length > 0) {
    console.error('the page is not clean:', inspection.consoleErrors, inspection.requests);
    return 1;
  }
  console.log(`wrote ${page.pathname} and ${screenshot.pathname}`);
  return 0;
}

process.exitCode = await main();
