// render (tooling): the published changelog page as a reader's browser shows it — Debian's
// Chromium driven by playwright-core — for the test that proves the page runs nothing and loads
// nothing, and for the screenshot in docs/. Nothing here is part of the product.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

/** `API_REVIEW_TEST_CHROMIUM` (set by `.ci/run`), else Debian's `/usr/bin/chromium` when installed. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.API_REVIEW_TEST_CHROMIUM;
  if (configured) return configured;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export interface PageInspection {
  title: string;
  headings: string[];
  /** The page's visible text (`innerText`), as a reader sees it. */
  text: string;
  /** Elements a hostile spec text would have smuggled in, had it not been escaped. */
  activeElements: number;
  /** What the page set on `window.__pwned`: `undefined` unless injected script ran. */
  pwned: unknown;
  consoleErrors: string[];
  /** Every request the page made besides its own document. */
  requests: string[];
  /** The CSP directive that refused an image injected after load (`probeUrl`), if any refused it. */
  refusedProbe?: string | null;
}

export interface InspectOptions {
  executablePath: string;
  /** Also writes a full-page PNG here. */
  screenshotTo?: string;
  /** An image URL added to the page after load, to see the page's own CSP refuse it. */
  probeUrl?: string;
  colorScheme?: 'light' | 'dark';
  width?: number;
}

export async function inspectInChromium(html: string, options: InspectOptions): Promise<PageInspection> {
  const folder = await mkdtemp(join(tmpdir(), 'changelog-page-'));
  const file = join(folder, 'changelog.html');
  await writeFile(file, html);
  const documentUrl = pathToFileURL(file).href;
  // Running as root (CI containers) Chromium refuses its sandbox.
  const browser = await chromium.launch({ executablePath: options.executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: options.width ?? 900, height: 700 }, colorScheme: options.colorScheme ?? 'light' });
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      if (request.url() !== documentUrl) requests.push(request.url());
    });
    await page.goto(documentUrl, { waitUntil: 'load' });
    const inspection: PageInspection = {
      title: await page.title(),
      headings: await page.locator('h1, h2, h3').allInnerTexts(),
      text: await page.locator('body').innerText(),
      activeElements: await page.locator('script, img, iframe, object, embed, link, [onerror], [onload], [onclick]').count(),
      // Read as a string expression: the project's TypeScript has no DOM library.
      pwned: await page.evaluate('window.__pwned'),
      consoleErrors: [...consoleErrors],
      requests: [...requests],
    };
    if (options.screenshotTo) await page.screenshot({ path: options.screenshotTo, fullPage: true });
    if (options.probeUrl) inspection.refusedProbe = (await page.evaluate(probeScript(options.probeUrl))) as string | null;
    return inspection;
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** Adds an image after load and answers with the CSP directive that refused it (`null`: none did within 5 s). */
function probeScript(url: string): string {
  return `new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
    const image = document.createElement('img');
    image.src = ${JSON.stringify(url)};
    document.body.appendChild(image);
    setTimeout(() => resolve(null), 5000);
  })`;
}
