import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { dashboardSettings, startDashboard } from '../lib/dashboard';
import { ROOT } from '../lib/paths';

/** Where the browser tests leave their screenshots. */
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'dashboard');

/**
 * The dashboard and its OpenID provider for a browser test, started while `prepare` fills the
 * portal, and Debian's Chromium (CHROMIUM_PATH to use another); `stop` ends both.
 */
export async function startDashboardInBrowser(settings: ReturnType<typeof dashboardSettings>, prepare: () => Promise<void>): Promise<{ browser: Browser; stop: () => Promise<void> }> {
  const [started, prepared] = await Promise.allSettled([startDashboard(settings, { identitySecret: randomBytes(32).toString('base64url') }), prepare()]);
  if (started.status === 'rejected' || prepared.status === 'rejected') {
    // Neither outlives a failed start: a dashboard left running would hold its ports.
    if (started.status === 'fulfilled') await started.value.stop();
    throw started.status === 'rejected' ? started.reason : (prepared as PromiseRejectedResult).reason;
  }
  const dashboard = started.value;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] }).catch(async (error) => {
    await dashboard.stop();
    throw error;
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    browser,
    stop: async () => {
      await browser.close();
      await dashboard.stop();
    },
  };
}
