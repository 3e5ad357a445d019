// The benchmark (`cargo xtask bench`): figures, never a verdict. For the built dist/ it measures, per engine:
// the time from navigation to the first step rendered (median of 10 loads), and the latency from a toggle's click
// to the DOM updated (p50 and p95 over 300 toggles, with the whole "your scenario" step on screen, and over 600 on
// two steps whose chart the core draws again at each flip); in Chromium
// also the peak JS heap, Lighthouse's four category scores on the first page and on a step's page, and a first visit
// on a phone-like line (`phoneLine`: when the step can be read, and when the app works). Per language,
// the bytes of a first visit, and apart from them what the service worker fetches in the background. The core's
// figures come from xtask.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serveDist } from './support/server.mjs';
import { engines } from './support/browsers.mjs';

const DIST = process.env.DIST ?? new URL('../dist', import.meta.url).pathname;
const OUT = process.env.BENCH_OUT ?? new URL('../target/bench.json', import.meta.url).pathname;
const ENGINES = (process.env.BENCH_BROWSERS ?? 'chromium,firefox,webkit').split(',');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const round = (x, digits = 2) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));

/** A file's size, raw and gzipped. */
async function size(path, file) {
  const body = await readFile(path);
  return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

const sum = (file, rows) => ({ file, bytes: rows.reduce((s, r) => s + r.bytes, 0), gzip: rows.reduce((s, r) => s + r.gzip, 0) });

/**
 * For each language's folder (dist/ and dist/<lang>/): every file of a first visit (the page, start.js, the app's
 * script, wasm and stylesheet, the icon), raw and gzipped, with their total; then what the service worker fetches
 * after the first visit (sw.js and the step pages), apart.
 */
async function files() {
  const rows = [];
  // A language's folder is one with its own first page (not steps/, oembed/ or previews/).
  const subfolders = (await readdir(DIST, { withFileTypes: true })).filter((d) => d.isDirectory() && d.name !== 'steps');
  const languages = [];
  for (const d of subfolders) if ((await readdir(join(DIST, d.name))).includes('index.html')) languages.push(`${d.name}/`);
  const folders = ['', ...languages];
  for (const folder of folders) {
    const names = (await readdir(join(DIST, folder), { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
    const first = [];
    for (const name of names.filter((n) => n === 'index.html' || n === 'start.js' || n === 'favicon.svg' || n.startsWith('ai-gambit-') || n.startsWith('main-'))) {
      first.push(await size(join(DIST, folder, name), folder + name));
    }
    const background = [await size(join(DIST, folder, 'sw.js'), `${folder}sw.js`)];
    for (const step of await readdir(join(DIST, folder, 'steps'))) background.push(await size(join(DIST, folder, 'steps', step, 'index.html'), ''));
    rows.push(...first, sum(`first visit (${folder || 'root'})`, first), sum(`  service worker, after it (${background.length - 1} step pages, sw.js)`, background));
  }
  return rows;
}

/**
 * Clicks 300 radio buttons of the step at `url`, each one not chosen yet, and times each click until the page has
 * laid out again; `watched` is the part whose text should change.
 */
async function toggleTimes(session, url, watched) {
  await session.goto(url);
  await session.waitFor(watched);
  const result = await session.executeAsync(`const done = arguments[arguments.length - 1];
    (async () => {
      const radios = [...document.querySelectorAll('main input[type=radio][name^="assumption-"]')];
      if (radios.length < 2) throw new Error('no assumptions to flip at ' + location.href);
      const times = []; let peak = 0; let unchanged = 0; let next = 0;
      for (let i = 0; i < 300; i += 1) {
        // The next radio, in a stride through all groups, that is not already chosen: every click changes something.
        do { next = (next + 7) % radios.length; } while (radios[next].checked);
        const radio = radios[next];
        const before = document.querySelector(arguments[0]).outerHTML;
        const t0 = performance.now();
        radio.click();
        await Promise.resolve(); await Promise.resolve();
        document.body.offsetHeight;
        times.push(performance.now() - t0);
        if (document.querySelector(arguments[0]).outerHTML === before) unchanged += 1;
        if (performance.memory) peak = Math.max(peak, performance.memory.usedJSHeapSize);
      }
      done({ times, peak, unchanged });
    })().catch((e) => done({ error: String(e) }));`, [watched]);
  if (result.error) throw new Error(result.error);
  return result;
}

async function measure(engineName, url) {
  const browser = await engines[engineName].start();
  const { session } = browser;
  try {
    const loads = [];
    for (let i = 0; i < 10; i += 1) {
      await session.goto(`${url}?load=${i}`);
      await session.waitFor('h2');
      loads.push(await session.execute(`const m = performance.getEntriesByName('ai-gambit:first-step')[0];
        return m ? m.startTime : null;`));
    }
    const toggles = await toggleTimes(session, `${url}?step=your-scenario`, '.dashboard');
    // Steps whose chart the core draws again at each flip: the chip routes and the TikTok ripple (the model map's
    // step has no controls of its own).
    const charts = [];
    for (const step of ['chip-chokehold', 'tiktok-shadow']) {
      charts.push(...(await toggleTimes(session, `${url}?step=${step}`, 'main svg.chart')).times);
    }
    return {
      first_step_ms: { median: round(median(loads.filter((x) => x !== null))) },
      toggle_ms: { p50: round(percentile(toggles.times, 0.5), 3), p95: round(percentile(toggles.times, 0.95), 3), toggles: 300, unchanged: toggles.unchanged },
      chart_toggle_ms: { p50: round(percentile(charts, 0.5), 3), p95: round(percentile(charts, 0.95), 3), toggles: charts.length },
      peak_js_heap_mb: toggles.peak ? round(toggles.peak / 1048576) : null,
    };
  } finally {
    await browser.stop();
  }
}

/** The phone-like line of the developers' guide: 150 ms round trip, 1.6 Mbps down, 750 kbps up, the CPU slowed 4×. */
const PHONE_LINE = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8, cpu: 4 };

/**
 * A first visit on the phone-like line, in Chromium (its DevTools protocol throttles the network and the CPU), from
 * a server that sends every file gzipped: for each page, over `loads` visits with the cache, the service worker and
 * the origin's storage cleared before each, the median time from navigation to the largest paint (the step can be
 * read: the readable page) and to the app's mark that its first step is rendered (the app works), and the most
 * layout shift a visit saw (the app replaces the readable page with the same markup: 0 when nothing moves). DevTools' throttle
 * adds the round trip per request, not per connection as a real line does, so the figures are an estimate.
 */
async function phoneLine(engine, gzipUrl, pages, loads = 5) {
  const browser = await engines[engine].start();
  const { session } = browser;
  const cdp = (cmd, params = {}) => session.cmd('POST', '/goog/cdp/execute', { cmd, params });
  try {
    await cdp('Network.enable');
    await cdp('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp('Network.setBypassServiceWorker', { bypass: true });
    const { cpu, ...line } = PHONE_LINE;
    const out = {};
    for (const page of pages) {
      const first = [];
      const readable = [];
      const works = [];
      const shifts = [];
      for (let i = 0; i < loads; i += 1) {
        await cdp('Network.emulateNetworkConditions', { offline: false, ...line });
        await cdp('Emulation.setCPUThrottlingRate', { rate: cpu });
        await session.goto(`${gzipUrl}${page}`);
        const seen = await session.executeAsync(`const done = arguments[arguments.length - 1];
          let largest = null;
          let shift = 0;
          new PerformanceObserver((l) => { for (const e of l.getEntries()) largest = e.startTime; })
            .observe({ type: 'largest-contentful-paint', buffered: true });
          // The layout shift over the visit, the app's takeover of the readable page included (0: nothing moved).
          new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) shift += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
          const started = Date.now();
          // The observer hands over the buffered paints in a later task: the first look waits for it.
          setTimeout(function wait() {
            const mark = performance.getEntriesByName(${JSON.stringify('ai-gambit:first-step')})[0];
            const first = performance.getEntriesByName('first-contentful-paint')[0];
            if ((mark && largest !== null) || Date.now() - started > 30000) {
              return done({ first: first ? first.startTime : null, largest, works: mark ? mark.startTime : null, shift });
            }
            setTimeout(wait, 50);
          }, 100);`);
        first.push(seen.first);
        shifts.push(seen.shift);
        readable.push(seen.largest);
        works.push(seen.works);
        await cdp('Emulation.setCPUThrottlingRate', { rate: 1 });
        await cdp('Storage.clearDataForOrigin', { origin: new URL(gzipUrl).origin, storageTypes: 'all' });
      }
      const ok = (xs) => xs.filter((x) => x !== null);
      out[page || '(first page)'] = {
        first_paint_ms: round(median(ok(first)), 0), readable_ms: round(median(ok(readable)), 0), works_ms: round(median(ok(works)), 0),
        layout_shift: round(Math.max(...shifts), 3),
        loads, failed: loads - Math.min(ok(readable).length, ok(works).length),
      };
    }
    return out;
  } finally {
    await browser.stop();
  }
}

async function lighthouse(url) {
  const bin = process.env.LIGHTHOUSE;
  if (!bin) return { error: 'LIGHTHOUSE not set' };
  try {
    const { stdout } = await promisify(execFile)(bin, [url, '--output=json', '--quiet',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
      '--only-categories=performance,accessibility,best-practices,seo'], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    const report = JSON.parse(stdout);
    return Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
  } catch (e) {
    return { error: String(e.message ?? e).slice(0, 300) };
  }
}

const server = await serveDist(DIST);
const zipped = await serveDist(DIST, { gzip: true });
const result = { files: await files(), core: JSON.parse(process.env.BENCH_CORE ?? 'null'), engines: {} };
try {
  result.phone_line = { line: PHONE_LINE, pages: await phoneLine('chromium', zipped.url, ['', 'steps/chip-chokehold/', 'zh-Hans/']) };
} catch (e) {
  result.phone_line = { error: String(e.message ?? e).slice(0, 300) };
}
await zipped.close();
for (const name of ENGINES) {
  try {
    result.engines[name] = await measure(name, server.url);
  } catch (e) {
    result.engines[name] = { error: String(e.message ?? e).slice(0, 300) };
  }
}
result.lighthouse = { first_page: await lighthouse(server.url), step_page: await lighthouse(`${server.url}steps/chip-chokehold/`) };
await server.close();
await mkdir(new URL('../target', import.meta.url).pathname, { recursive: true });
await writeFile(OUT, `${JSON.stringify(result, null, 2)}\n`);

console.log('\nfirst visit                                  bytes    gzip -9');
for (const r of result.files) console.log(`${r.file.padEnd(40)} ${String(r.bytes).padStart(10)} ${String(r.gzip).padStart(10)}`);
console.log('\nengine     first step (median ms)  toggle p50 ms  toggle p95 ms  chart toggle p50/p95 ms  peak JS heap MB');
for (const [name, e] of Object.entries(result.engines)) {
  if (e.error) { console.log(`${name.padEnd(10)} could not run: ${e.error}`); continue; }
  const chart = `${e.chart_toggle_ms.p50} / ${e.chart_toggle_ms.p95}`;
  console.log(`${name.padEnd(10)} ${String(e.first_step_ms.median).padStart(22)} ${String(e.toggle_ms.p50).padStart(14)} ${String(e.toggle_ms.p95).padStart(14)} ${chart.padStart(24)} ${String(e.peak_js_heap_mb ?? '-').padStart(16)}`);
}
if (result.core) console.log(`\ncore (native): evaluate ${result.core.evaluate_us} µs, diff ${result.core.diff_us} µs, sensitivity ${result.core.sensitivity_us} µs`);
console.log(`lighthouse: ${JSON.stringify(result.lighthouse)}`);
const line = result.phone_line;
if (line.error) {
  console.log(`\nphone-like line: could not run: ${line.error}`);
} else {
  const { latency, downloadThroughput, cpu } = line.line;
  console.log(`\nphone-like line (Chromium; ${latency} ms round trip, ${(downloadThroughput * 8) / 1e6} Mbps, CPU ×${cpu}, gzip; median of each page's loads)`);
  console.log('page                    first paint ms   readable (largest paint) ms   works (first step rendered) ms   layout shift (most)');
  for (const [page, p] of Object.entries(line.pages)) {
    console.log(`${page.padEnd(22)} ${String(p.first_paint_ms).padStart(15)} ${String(p.readable_ms).padStart(29)} ${String(p.works_ms).padStart(32)} ${String(p.layout_shift).padStart(21)}${p.failed ? `  (${p.failed} of ${p.loads} loads without a figure)` : ''}`);
  }
}
console.log(`\nwritten to ${OUT}`);
