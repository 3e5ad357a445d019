// The benchmark (`cargo xtask bench`): figures, never a verdict. For the built dist/ it measures, per engine:
// the time from navigation to the first step rendered (median of 10 loads), and the latency from a toggle's click
// to the DOM updated (p50 and p95 over 300 toggles, with the whole "your scenario" step on screen, and over 600 on
// two steps whose chart the core draws again at each flip); in Chromium
// also the peak JS heap and Lighthouse's four category scores on the first page and on a step's page. Per language,
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
const result = { files: await files(), core: JSON.parse(process.env.BENCH_CORE ?? 'null'), engines: {} };
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
console.log(`\nwritten to ${OUT}`);
