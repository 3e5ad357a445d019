// axe's walk through every page state of the Chinese edition, all its rules in the light theme and its colour rules in
// the dark one: the judges of judges.test.mjs (e2e/support/judges.mjs), in a file of its own so that it runs beside
// the English walks.
// engines: chromium
import { LANGUAGES } from './support/content.mjs';
import { WALKS, defineJudges } from './support/judges.mjs';

defineJudges({ walks: WALKS.filter((w) => w.lang !== LANGUAGES[0]), selfChecks: false });
