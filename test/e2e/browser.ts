// Headless Chromium from Debian (playwright-core cannot download browsers here). Playwright gives every
// launch a fresh temporary profile (user-data dir) and deletes it on close.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { isDevProxyRestart } from '../support/dev-proxy-restart';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Session> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions, e.g. Content-Security-Policy violations. */
  problems: string[];
}

export async function openPage(session: Session, width = 1440, height = 900): Promise<WatchedPage> {
  const context = await session.browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  // A test's own page.route() takes precedence over this one.
  await context.route('**/api/**', retryDevProxyRestart);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

/**
 * wrangler dev's own 503 on a non-GET request (test/support/dev-proxy-restart.ts) is retried, up to twice; only that
 * answer. GETs pass untouched (wrangler retries those itself, and streams must stay streams).
 */
async function retryDevProxyRestart(route: Route): Promise<void> {
  if (['GET', 'HEAD'].includes(route.request().method())) return route.fallback();
  for (let attempt = 1; ; attempt++) {
    const response = await route.fetch();
    if (attempt < 3 && isDevProxyRestart(response.status(), await response.text())) {
      console.warn(`dev-proxy 503 (wrangler dev's ProxyWorker) on ${route.request().method()} ${route.request().url()}: retried`);
      continue;
    }
    return route.fulfill({ response });
  }
}

export function screenshotPath(name: string): string {
  return join(SCREENSHOT_DIR, `${name}.png`);
}

/** The page can be read without scrolling sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Resizes the viewport and waits until the page is laid out for it: the window has the new size and every chart
 * drawn at its box's width (web/src/ui/use-element-width.ts: at least 200 px) has been redrawn at that width.
 */
export async function resizeViewport(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(
    ([w, h]) =>
      window.innerWidth === w &&
      window.innerHeight === h &&
      [...document.querySelectorAll('figure > svg[width]')].every(
        (svg) => Number(svg.getAttribute('width')) === Math.max(200, Math.floor(svg.parentElement!.getBoundingClientRect().width)),
      ),
    [width, height] as const,
  );
}
