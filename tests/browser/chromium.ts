import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
}

/**
 * One Chromium for a test file: started before its first test and closed after its last, with
 * the contexts a test opened closed after it. Gives the browser to the tests.
 */
export function chromiumForTests(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium has not started: use the browser inside a test');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far: a test ends with none. */
  problems: string[];
}

/**
 * Opens `path` of the served build in a fresh context, recording every console error. `prepare`
 * runs on the context before the page opens (to route a request, say).
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<OpenedPage> {
  // No service worker unless a test asks for one: a worker that precaches the site would add its
  // downloads to every test, and serve pages that a test means to answer itself (page.route).
  const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block', ...options });
  await prepare?.(context);
  // Chromium reports some CSP violations only as this event, never on the console.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // The harness's own word for the blocked worker above, not the page's.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(`${inject('baseUrl')}${path}`);
  return { page, problems };
}
