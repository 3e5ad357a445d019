// Temporary: saves the PNG the app makes for a chart (not part of the suite).
import { writeFile } from 'node:fs/promises';
import { serveDist } from './support/server.mjs';
import { browserEngine } from './support/browsers.mjs';
const server = await serveDist(process.env.DIST);
const browser = await browserEngine.start();
const { session } = browser;
for (const [q, out] of [['?v=1&step=chip-chokehold&chips=domestic', 'chips'], ['zh-Hans/?v=1&step=tiktok-shadow&tiktok=ban', 'ripple-zh']]) {
  await session.goto(server.url + q);
  await session.execute(`window.saved = []; HTMLAnchorElement.prototype.click = function () { window.saved.push({ name: this.download, href: this.href }); };`);
  await session.execute(`document.querySelectorAll('.save-chart button')[1].click()`);
  const saved = await session.until('return window.saved.length && window.saved', { what: 'png', ms: 10000 });
  await writeFile(`/tmp/grab/${out}.png`, Buffer.from(saved[0].href.split(',')[1], 'base64'));
  console.log(saved[0].name);
}
await browser.stop(); await server.close();
