// The browser engines the end-to-end suite runs on, all over plain W3C WebDriver: Chromium (chromedriver),
// Firefox ESR (geckodriver) and WebKit (WebKitWebDriver, under a virtual X display). `E2E_BROWSER` picks one;
// `cargo xtask test` runs the suite once per engine. An engine that cannot start fails with the driver's words.
import { startDriver, Session } from './webdriver.mjs';

const chromium = {
  name: 'chromium',
  async start() {
    const driver = await startDriver(process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver');
    const session = await Session.create(driver.url, {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--window-size=1280,900'],
      },
      'goog:loggingPrefs': { browser: 'ALL' },
    });
    return engine(session, driver, async () => {
      const entries = await session.cmd('POST', '/se/log', { type: 'browser' });
      return entries.filter((e) => e.level === 'SEVERE').map((e) => e.message);
    });
  },
};

const firefox = {
  name: 'firefox',
  async start() {
    const driver = await startDriver(process.env.GECKODRIVER ?? 'geckodriver', (port) => ['--port', String(port)]);
    const session = await Session.create(driver.url, {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', '-width=1280', '-height=900'],
        // Full-precision timers, so the benchmark can time a single toggle (Firefox rounds to 1 ms by default).
        prefs: { 'privacy.reduceTimerPrecision': false },
      },
    });
    return engine(session, driver);
  },
};

const webkit = {
  name: 'webkit',
  async start() {
    const driver = await startDriver('xvfb-run', (port) => ['-a', 'WebKitWebDriver', `--port=${port}`]);
    const session = await Session.create(driver.url, {
      'webkitgtk:browserOptions': { args: ['--automation'] },
    });
    await session.cmd('POST', '/window/rect', { width: 1280, height: 900 }).catch(() => {});
    return engine(session, driver);
  },
};

/**
 * A started engine. `consoleErrors` reads the console where the driver exposes it (Chromium's log); the other
 * drivers have no such endpoint, and page errors there show as failed assertions on the page itself.
 */
function engine(session, driver, consoleErrors = async () => []) {
  return {
    session,
    consoleErrors,
    async stop() {
      try { await session.quit(); } finally { driver.stop(); }
    },
  };
}

/** Every engine, by name. */
export const engines = { chromium, firefox, webkit };

/** The engine this run uses: `E2E_BROWSER`, or Chromium. */
export const browserEngine = (() => {
  const name = process.env.E2E_BROWSER ?? 'chromium';
  const found = engines[name];
  if (!found) throw new Error(`unknown E2E_BROWSER "${name}": use one of ${Object.keys(engines).join(', ')}`);
  return found;
})();
