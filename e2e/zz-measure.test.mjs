import { test } from 'node:test';
import { suite } from './support/suite.mjs';
import { sleep } from './support/webdriver.mjs';
const ctx = suite({});
test('measure', async () => {
  const { session } = ctx.browser;
  await session.cmd('POST', '/window/rect', { width: 390, height: 844 });
  for (const e of ['', '&embed=1']) {
  await session.goto(`${ctx.server.url}?v=1&step=independent-kingdoms${e}`);
  await session.waitFor('h2'); await sleep(200);
  console.log(await session.execute(`let out=[]; let el=document.querySelector('main svg.chart'); while (el) { const cs=getComputedStyle(el); out.push(el.tagName+'.'+(el.className.baseVal??el.className)+' w='+Math.round(el.getBoundingClientRect().width)+' pad='+cs.paddingLeft+'/'+cs.paddingRight+' m='+cs.marginLeft+' b='+cs.borderLeftWidth); el=el.parentElement; } return out.join('\\n') + '\\ninner=' + innerWidth + ' client=' + document.documentElement.clientWidth;`));
  }
});
