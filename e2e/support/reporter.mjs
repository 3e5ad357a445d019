// The reporter `cargo xtask test` runs the end-to-end files with: Node's TAP reporter, as it is (xtask counts its
// `# pass`, `# fail` and `# skipped` lines), followed by one comment line per test and per file with its time, which
// xtask reads to print the slowest:
//
//   # time 5123 test links.test.mjs: a link with a step and a scenario opens exactly there
//   # time 30123 file links.test.mjs
//
// A test's time is Node's `duration_ms`; a file's runs from Node starting it to its end, so it holds the
// browser's start and the hooks. Used as
// `node --test --test-reporter=./e2e/support/reporter.mjs`.
import { tap } from 'node:test/reporters';
import { basename } from 'node:path';

export default async function* timed(source) {
  const tests = [];
  const files = new Map();
  async function* seen() {
    for await (const event of source) {
      const file = event.data?.file ? basename(event.data.file) : null;
      // The file itself is an event too, named by its path: dequeued when it starts, complete when it ends.
      if (file && event.data.name === event.data.file) {
        if (event.type === 'test:dequeue') files.set(file, { from: Date.now(), to: null });
        if (event.type === 'test:complete' && files.has(file)) files.get(file).to = Date.now();
      }
      if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0
        && event.data.name !== event.data.file
        && event.data.details?.type !== 'suite' && !event.data.skip) {
        tests.push([Math.round(event.data.details?.duration_ms ?? 0), file, event.data.name]);
      }
      yield event;
    }
  }
  yield* tap(seen());
  for (const [ms, file, name] of tests) yield `# time ${ms} test ${file ?? '?'}: ${name.replace(/\s+/g, ' ')}\n`;
  for (const [file, { from, to }] of files) if (to !== null) yield `# time ${to - from} file ${file}\n`;
}
