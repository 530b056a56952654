/**
 * Debian's Chromium, driven by playwright-core, as the browser tests and tools launch it:
 * headless, without a sandbox (tests run as root), and without the background requests a
 * browser makes of its own accord.
 *
 * Without /usr/bin/chromium the browser tests are skipped, saying how to install it — except
 * where REQUIRE_BROWSER_TESTS=1 (set by .ci/run, which installs Chromium), where they fail.
 * SKIP_BROWSER_TESTS=1 skips them anyway. (Neither starts with COSTMODEL_: the CLI reads
 * those variables as its options.)
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const SKIP = process.env.SKIP_BROWSER_TESTS === '1';
export const CHROMIUM_INSTALLED = existsSync(CHROMIUM);
/** Chromium is missing where it must be there (REQUIRE_BROWSER_TESTS=1, and not SKIP_BROWSER_TESTS=1): the browser tests fail instead of being skipped. */
export const CHROMIUM_MISSING_BUT_REQUIRED = !SKIP && !CHROMIUM_INSTALLED && process.env.REQUIRE_BROWSER_TESTS === '1';

/** Why the browser tests are skipped, or false when they run. */
export const BROWSER_SKIPPED: string | false = SKIP ? 'SKIP_BROWSER_TESTS=1' : CHROMIUM_INSTALLED ? false : `no Chromium at ${CHROMIUM}: install it with apt-get install -y chromium`;

/** Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
