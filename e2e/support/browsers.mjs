// The browser engines the end-to-end suite runs on, each over WebDriver.
import { startDriver, Session } from './webdriver.mjs';

export const chromium = {
  name: 'chromium',
  async start() {
    const driver = await startDriver('/usr/bin/chromedriver');
    const session = await Session.create(driver.url, {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--window-size=1280,900'],
      },
      'goog:loggingPrefs': { browser: 'ALL' },
    });
    return {
      session,
      /** Console messages at error level since the last call. */
      async consoleErrors() {
        const entries = await session.cmd('POST', '/se/log', { type: 'browser' });
        return entries.filter((e) => e.level === 'SEVERE').map((e) => e.message);
      },
      async stop() {
        try { await session.quit(); } finally { driver.stop(); }
      },
    };
  },
};
