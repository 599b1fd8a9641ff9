// The published changelog page in a real browser (Debian's Chromium through playwright-core):
// it loads with no console error and no request, shows every breaking change, runs none of the
// spec's text, and its own CSP refuses a load. Skipped, saying why, where no Chromium is installed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, inspectInChromium } from '../../scripts/chromium-page.js';
import { cli } from '../cli/run-cli-captured.js';

const executablePath = chromiumPath();
if (!executablePath) console.warn('changelog-in-chromium: skipped — no Chromium (set API_REVIEW_TEST_CHROMIUM or install Debian\'s chromium)');

const hostile = ['test/fixtures/changelog/hostile-v1.yaml', 'test/fixtures/changelog/hostile-v2.yaml'];
const demo = ['examples/orders-v1.yaml', 'examples/orders-v2.yaml'];

async function changelog(format: 'html' | 'json', [base, head]: string[]): Promise<string> {
  const { code, out, err } = await cli('changelog', base as string, head as string, '--format', format, '--now', '2026-11-25');
  expect(code, err).toBe(0);
  return out;
}

/** A message as the page shows it: its backtick spans become `<code>`, whose text is the same. */
const shown = (message: string): string => message.replace(/`/g, '');

describe.skipIf(!executablePath)('the changelog page in headless Chromium', () => {
  let probe: Server;
  let probeHits = 0;
  let folder: string;
  beforeAll(async () => {
    probe = createServer((_request, response) => {
      probeHits += 1;
      response.end();
    });
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    folder = await mkdtemp(join(tmpdir(), 'changelog-shot-'));
  });
  afterAll(async () => {
    await new Promise((resolve) => probe.close(resolve));
    await rm(folder, { recursive: true, force: true });
  });

  it('shows every breaking change of the demo with no console error and no request, and writes a screenshot', async () => {
    const json = JSON.parse(await changelog('json', demo)) as { operations: { operation: string; breaking: { message: string }[] }[] };
    const breaking = json.operations.flatMap((operation) => operation.breaking.map((entry) => shown(entry.message)));
    expect(breaking.length).toBeGreaterThan(0);
    const screenshot = join(folder, 'changelog.png');
    const page = await inspectInChromium(await changelog('html', demo), { executablePath: executablePath as string, screenshotTo: screenshot });

    expect(page.title).toBe('API changelog');
    expect(page.headings[0]).toBe('API changelog');
    expect(page.headings).toEqual(expect.arrayContaining(json.operations.map((operation) => operation.operation)));
    for (const message of breaking) expect(page.text).toContain(message);
    expect(page.consoleErrors).toEqual([]);
    expect(page.requests).toEqual([]);
    const png = await readFile(screenshot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 90_000);

  it('runs nothing from a hostile spec, shows its text as text, and its CSP refuses a load', async () => {
    const page = await inspectInChromium(await changelog('html', hostile), { executablePath: executablePath as string, probeUrl: `http://127.0.0.1:${(probe.address() as AddressInfo).port}/pixel.png` });

    expect(page.pwned).toBeUndefined();
    expect(page.activeElements).toBe(0);
    expect(page.text).toContain('query parameter <img src=x onerror="window.__pwned=1"> became required');
    expect(page.text).toContain('version 2.0.0</code><script>window.__pwned=3</script>');
    expect(page.headings).toContain('GET /legacy/<script>window.__pwned=2</script>');
    expect(page.consoleErrors).toEqual([]);
    expect(page.requests).toEqual([]);
    expect(page.refusedProbe).toBe('img-src');
    expect(probeHits).toBe(0);
  }, 90_000);
});
