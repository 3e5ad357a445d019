// The content the end-to-end tests read their words and shapes from, so that an editor's rewording or a new step
// never breaks a test: titles, UI strings, the steps' order and which step shows what, read from content/ as the
// build reads it. A test spells no title, no UI string and no step count.
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8'));

/** The languages, as `dist/` holds them: the first at the root, each other one in its folder. */
export const LANGUAGES = ['en', 'zh-Hans'];
/** The folder of `lang` under the site's root: '' for the first language. */
export const rootOf = (lang) => (lang === LANGUAGES[0] ? '' : `${lang}/`);

/** The steps' records (`content/data/steps.json`), in order. */
export const STEPS = read('data/steps.json');
/** The steps' ids, in order. */
export const ORDER = STEPS.map((s) => s.id);
/** The step record of `id`. */
export const step = (id) => STEPS.find((s) => s.id === id) ?? assertNever(`no step "${id}" in content/data/steps.json`);

const texts = new Map();
/** The words of `file` (`steps.json`, `case.json`, ...) in `lang`. */
export function text(file, lang = 'en') {
  const key = `${lang}/${file}`;
  if (!texts.has(key)) texts.set(key, read(`text/${lang}/${file}`));
  return texts.get(key);
}

/** The case's words in `lang` (`content/text/<lang>/case.json`): its title, `ui`, the load notes... */
export const CASE = (lang = 'en') => text('case.json', lang);
/** The UI strings in `lang`. */
export const UI = (lang = 'en') => CASE(lang).ui;
/** The title of step `id` in `lang`. */
export const title = (id, lang = 'en') => text('steps.json', lang)[id]?.title ?? assertNever(`no title for step "${id}" in ${lang}`);
/** Every step's title in `lang`, in order. */
export const TITLES = (lang = 'en') => ORDER.map((id) => title(id, lang));

/** The model's records. */
export const MODEL = {
  assumptions: read('model/assumptions.json'),
  outcomes: read('model/outcomes.json'),
  presets: read('model/presets.json'),
  endings: read('model/endings.json'),
};
/** The predictions (`content/data/predictions.json`). */
export const PREDICTIONS = read('data/predictions.json');

/** The first step whose view is `view`, or that shows `control` among its controls. */
export const stepWith = ({ view, control, varies } = {}) => STEPS.find((s) => (!view || s.view === view)
  && (!control || s.controls?.includes(control)) && (!varies || s.varies_with === varies))
  ?? assertNever(`no step with ${JSON.stringify({ view, control, varies })}`);

/** `template` with each `{key}` replaced by `values[key]`, as the app fills the UI strings. */
export const fill = (template, values) => template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m));

/** An assumption set to one of its options, as the scenario line, Compare and saved files write it, in `lang`'s
 * words ("Chip access → Domestic chips only", 「芯片获取→仅国产芯片」). */
export const setting = (assumption, option, lang = 'en') => {
  const a = text('assumptions.json', lang)[assumption] ?? assertNever(`no assumption "${assumption}" in ${lang}`);
  const o = a.options[option] ?? assertNever(`no option "${option}" of "${assumption}" in ${lang}`);
  return fill(UI(lang).punctuation.to, { from: a.label, to: o.label });
};

function assertNever(message) {
  throw new Error(message);
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** ASCII punctuation touching a Chinese character or full-width punctuation (a space between allowed), as Chinese text must not have it. */
const MIXED = new RegExp(`[${CJK}] ?[,:;!?]|[,:;!?] ?[${CJK}]|[${CJK}]\\.(?: |[${CJK}]|$)`, 'gu');
/** Each place in `text` where ASCII punctuation touches a Chinese character, with a few characters around it. */
export const asciiPunctuation = (text) => [...text.matchAll(MIXED)]
  .map((m) => `…${text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6).replace(/\s+/g, ' ')}…`);
