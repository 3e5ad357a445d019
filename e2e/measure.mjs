// `cargo xtask measure`: measures every step's embedded height, with and without its controls and compact
// (`compact=1`: the chart and its figures only), in every engine, with the frame's script and without, in
// an article's column and a narrow one (300 px), in a scenario changed from 2025 (its line shows), and writes them into
// content/data/steps.json as `embed_height`: the tallest of the engines plus 20 px (a line of a longer sentence, or
// an engine's fonts), rounded up to 10 px, in the article's column (`controls`, `view`, `compact`) and the phone's
// (`phone_controls`, `phone_view`, `phone_compact`), so the code's height, which goes from one to the other, is the one the frame
// takes. A
// measurement of the content, not a test: the suite checks a sample of the stored values (embed.test.mjs). Run
// after changing a step's words, view or controls.
import { readFile, writeFile } from 'node:fs/promises';
import { serveDist } from './support/server.mjs';
import { DIST } from './support/suite.mjs';
import { engines } from './support/browsers.mjs';
import { EMBED_HOST_FILES, FORMS, WIDTHS, changedScenario, codeOf, measureEmbed } from './support/embeds.mjs';
import { STEPS } from './support/content.mjs';

const FILE = new URL('../content/data/steps.json', import.meta.url);
const wanted = (process.env.E2E_BROWSERS ?? Object.keys(engines).join(',')).split(',');
// `E2E_STEPS` (`incentives,your-scenario`) measures only those steps and leaves the others' stored heights as they are.
const only = process.env.E2E_STEPS?.split(',');
const unknown = (only ?? []).filter((id) => !STEPS.some((s) => s.id === id));
if (unknown.length) throw new Error(`E2E_STEPS names no step ${unknown.join(', ')}; the steps are ${STEPS.map((s) => s.id).join(', ')}`);
const MEASURED = only ? STEPS.filter((s) => only.includes(s.id)) : STEPS;
const server = await serveDist(DIST, { extra: EMBED_HOST_FILES });
const tallest = Object.fromEntries(MEASURED.map((s) => [s.id, { controls: 0, view: 0, compact: 0, phone_controls: 0, phone_view: 0, phone_compact: 0 }]));
try {
  for (const name of wanted) {
    const browser = await engines[name].start();
    try {
      for (const step of MEASURED) {
        const { id } = step;
        for (const [controls, key] of FORMS) {
          const code = await codeOf(browser.session, server.url, id, controls, changedScenario(step));
          for (const width of WIDTHS) {
            // With the frame's script, and without (a sandbox without scripts shows the pre-written page: its
            // note says what it shows, and a `controls=0` code's frame shows no more than it: journalist try 7).
            const content = await measureEmbed(browser.session, server.url, code, width, { tall: true });
            const still = await measureEmbed(browser.session, server.url, code, width, { tall: true, script: false });
            const stored = width === WIDTHS.at(-1) ? `phone_${key}` : key;
            tallest[id][stored] = Math.max(tallest[id][stored], content, still);
            console.log(`${name} ${id} ${key} at ${width} px: ${content} px, ${still} px without script`);
          }
        }
      }
    } finally {
      await browser.stop();
    }
  }
} finally {
  await server.close();
}

const round = (px) => Math.ceil((px + 20) / 10) * 10;
let text = await readFile(FILE, 'utf8');
for (const { id, embed_height: old } of MEASURED) {
  const view = round(tallest[id].view);
  // With controls the frame is never shorter than without (the content's validation asks so).
  const controls = Math.max(view, round(tallest[id].controls));
  const phoneView = round(tallest[id].phone_view);
  const phoneControls = Math.max(phoneView, round(tallest[id].phone_controls));
  // The chart and its figures only are never taller than the view alone (the content's validation asks so).
  const compact = Math.min(view, round(tallest[id].compact));
  const phoneCompact = Math.min(phoneView, round(tallest[id].phone_compact));
  const line = new RegExp(`("id": "${id}",[^\\n]*?"embed_height": )\\{[^}]*\\}`);
  if (!line.test(text)) throw new Error(`no embed_height on the line of step "${id}" in content/data/steps.json`);
  text = text.replace(line, `$1{"controls": ${controls}, "view": ${view}, "phone_controls": ${phoneControls}, "phone_view": ${phoneView}, "compact": ${compact}, "phone_compact": ${phoneCompact}}`);
  console.log(`${id}: controls ${old.controls} -> ${controls}, view ${old.view} -> ${view}, compact ${old.compact} -> ${compact}, on a phone ${old.phone_controls} -> ${phoneControls}, ${old.phone_view} -> ${phoneView}, ${old.phone_compact} -> ${phoneCompact}`);
}
await writeFile(FILE, text);
console.log('wrote content/data/steps.json');
