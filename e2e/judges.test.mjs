// The judges of markup and accessibility, on one visit of every page state: axe-core and IBM's Equal Access engine
// (accessibility-checker-engine) inside the page, in Chromium: axe in English and in Chinese, all its rules in the
// light theme and its colour rules in the dark one (the same DOM, checked), IBM in English in the light theme, all
// its rules but the contrast of text, which axe judges; the W3C Nu HTML Checker (vnu, run with the machine's Java)
// and html-validate on the shipped HTML files of dist/ and on the DOM of every page state as each engine rendered
// it, serialised. Each walk goes through the steps and page states once, and every judge of that walk looks at each
// visit. A failure lists each finding with its page state, rule and element or line. What a judge reports that is
// not a defect is accepted by name in ACCEPTED in support/judges.mjs, each with its reason (docs/testing.md lists
// them too). Symbols drawn by CSS stay out of accessible names.
//
// This file: the judges' own checks, the walks in English (axe, vnu and html-validate; IBM's engine) and, outside
// Chromium, the markup judges' walk; judges-zh.test.mjs walks the Chinese edition with axe, at the same time.
import { LANGUAGES } from './support/content.mjs';
import { WALKS, defineJudges } from './support/judges.mjs';

defineJudges({ walks: WALKS.filter((w) => w.lang === LANGUAGES[0]), selfChecks: true });
