import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (package chromium); .ci/run installs it when it is missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps trying hosts this closed network
// refuses; as root it needs --no-sandbox.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const isChromiumInstalled = (): boolean => existsSync(CHROMIUM_PATH);

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });

export type RenderedFrontComponent = {
  /** What a person reads on the page. */
  text: string;
  /** Texts of the page's alerts (errors shown to the person). */
  alerts: string[];
  /** From the page script's start to the component's first render with its data. */
  renderedMs: number;
};

/**
 * Opens a front component's page on the host (`/front-components/<name>?recordId=…`) and
 * waits for its first render with data, or for an alert. The caller closes the page.
 */
export const openFrontComponent = async ({
  browser,
  url,
}: {
  browser: Browser;
  url: string;
}): Promise<Page> => {
  const page = await browser.newPage({
    viewport: { width: 1100, height: 900 },
  });
  await page.goto(url);
  await page.waitForSelector('body[data-rendered-ms]', { timeout: 120_000 });
  return page;
};

/** What a person reads on an open front component's page, and its alerts. */
export const readFrontComponent = async (
  page: Page,
): Promise<Omit<RenderedFrontComponent, 'renderedMs'>> => ({
  text: await page.innerText('#root'),
  alerts: await page.locator('[role="alert"]').allInnerTexts(),
});

/** Opens a front component's page, reads it and closes it; saves a screenshot when asked. */
export const renderFrontComponent = async ({
  browser,
  url,
  screenshotPath,
}: {
  browser: Browser;
  url: string;
  screenshotPath?: string;
}): Promise<RenderedFrontComponent> => {
  const page = await openFrontComponent({ browser, url });
  try {
    const renderedMs = Number(
      await page.getAttribute('body', 'data-rendered-ms'),
    );
    const seen = await readFrontComponent(page);
    if (screenshotPath !== undefined)
      await page.screenshot({ path: screenshotPath, fullPage: true });
    return { ...seen, renderedMs };
  } finally {
    await page.close();
  }
};

/** Where browser tests leave their screenshots (git-ignored). */
export const ARTIFACTS_DIR = path.resolve(__dirname, '..', 'artifacts');

/**
 * A describe block that runs in one headless Chromium (`browser()` inside its tests). CI
 * installs Debian's Chromium (.ci/run) and sets COCKPIT_TEST_REQUIRE_CHROMIUM, so there a
 * missing browser fails; elsewhere the block is skipped with one line saying why.
 */
export const describeInChromium = (
  title: string,
  body: (browser: () => Browser) => void,
): void => {
  const required = process.env.COCKPIT_TEST_REQUIRE_CHROMIUM === 'true';
  if (!isChromiumInstalled() && !required) {
    console.warn(
      `Chromium is not installed (apt-get install chromium): "${title}" is skipped.`,
    );
    describe.skip(title, () => body(() => undefined as never));
    return;
  }
  describe(title, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchChromium();
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (browser === undefined) throw new Error('Chromium did not start');
      return browser;
    });
  });
};
