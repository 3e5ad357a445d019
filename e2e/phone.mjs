// A measurement, not a test (`node e2e/phone.mjs`, with DIST and CHROMEDRIVER as for the e2e files): on a phone-like
// profile in Chromium (150 ms latency, 1.6 Mbps down, 750 kbps up, CPU slowed 4×, 390×844, empty cache), for
// `PHONE_RUNS` loads (7 by default) of each page in `PHONE_PAGES` (the first page and a step's page): the time from
// navigation to the readable page's largest paint, to the app mounted (the `ai-gambit:first-step` mark), and the
// layout shift the page recorded until 1 s after that. Prints medians as JSON.
import { serveDist } from './support/server.mjs';
import { engines } from './support/browsers.mjs';
import { sleep } from './support/webdriver.mjs';

const DIST = process.env.DIST ?? new URL('../dist', import.meta.url).pathname;
const RUNS = Number(process.env.PHONE_RUNS ?? 7);
const PAGES = (process.env.PHONE_PAGES ?? ',steps/chip-chokehold/').split(',');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serveDist(DIST, { extra: { 'sw.js': '// No service worker while measuring.\n' } });
const browser = await engines.chromium.start();
const { session } = browser;
const cdp = (cmd, params = {}) => session.cmd('POST', '/goog/cdp/execute', { cmd, params });
const results = {};
try {
  await session.cmd('POST', '/window/rect', { width: 390, height: 844 }).catch(() => {});
  for (const page of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      await session.goto(`${server.url}favicon.svg`, { app: false });
      await cdp('Network.enable');
      await cdp('Network.clearBrowserCache');
      await cdp('Network.emulateNetworkConditions', {
        offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
      });
      await cdp('Emulation.setCPUThrottlingRate', { rate: 4 });
      await session.cmd('POST', '/url', { url: `${server.url}${page}` });
      let seen = null;
      for (const deadline = Date.now() + 60000; Date.now() < deadline; await sleep(100)) {
        seen = await session.execute(`const mark = performance.getEntriesByName('ai-gambit:first-step')[0];
          return mark ? mark.startTime : null`).catch(() => null);
        if (seen) break;
      }
      await sleep(1000);
      const figures = await session.executeAsync(`const done = arguments[0];
        let lcp = null; let shift = 0;
        new PerformanceObserver((l) => { for (const e of l.getEntries()) lcp = e.startTime; })
          .observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) shift += e.value; })
          .observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done({ lcp, shift }), 200);`);
      await cdp('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      runs.push({ app: seen, ...figures });
    }
    results[page || '(first page)'] = {
      runs: runs.length,
      lcp_ms: Math.round(median(runs.map((r) => r.lcp ?? Infinity))),
      app_ms: Math.round(median(runs.map((r) => r.app ?? Infinity))),
      layout_shift: Number(median(runs.map((r) => r.shift)).toFixed(4)),
    };
  }
} finally {
  await browser.stop();
  await server.close();
}
console.log(JSON.stringify(results, null, 2));
