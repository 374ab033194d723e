// Opens each HTML file given in Debian's Chromium at 375 and 1200 pixels wide and checks that
// it works on every screen: the page never scrolls sideways (wide tables scroll in their own
// focusable box), the first Tab reaches the skip link, which leads to the main content, and
// every inline chart is named by its title. Prints each problem; exits 1 when there is any,
// 2 when the browser cannot run.
'use strict';
const path = require('path');
const puppeteer = require('puppeteer-core');

async function check(browser, file, width) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
  const r = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    window: window.innerWidth,
    boxes: [...document.querySelectorAll('.scroll')].map(e => ({
      wide: e.scrollWidth > e.clientWidth, tab: e.tabIndex, name: e.getAttribute('aria-labelledby') })),
    tables: document.querySelectorAll('table').length,
    boxed: document.querySelectorAll('.scroll > table').length,
    svgs: [...document.querySelectorAll('figure svg')].map(s => (s.querySelector('title') || {}).textContent || ''),
  }));
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.className + ' ' + document.activeElement.getAttribute('href'));
  await page.keyboard.press('Enter');
  const after = await page.evaluate(() => document.activeElement.id);
  await page.close();
  const bad = [];
  const name = `${path.basename(file)} at ${width} px`;
  if (r.page > r.window) bad.push(`${name}: the page is ${r.page} px wide and scrolls sideways`);
  if (r.boxed !== r.tables) bad.push(`${name}: ${r.tables - r.boxed} tables outside a scrolling box`);
  for (const b of r.boxes)
    if (b.wide && (b.tab !== 0 || !b.name)) bad.push(`${name}: a scrolling table box without focus or name`);
  if (first !== 'skip #main') bad.push(`${name}: the first Tab reaches "${first}", not the skip link`);
  if (after !== 'main') bad.push(`${name}: the skip link leads to "${after}", not the main content`);
  for (const t of r.svgs)
    if (!t || /gnuplot/i.test(t)) bad.push(`${name}: an inline chart titled "${t}"`);
  const wide = r.boxes.filter(b => b.wide).length;
  return { bad, line: `${name}: ${r.tables} tables, ${wide} scroll in their box, ${r.svgs.length} charts` };
}

(async () => {
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    console.error('screens: cannot start Chromium: ' + e.message);
    process.exit(2);
  }
  let bad = 0;
  for (const file of process.argv.slice(2))
    for (const width of [375, 1200]) {
      const r = await check(browser, file, width);
      for (const b of r.bad) console.log(b);
      console.log(r.line);
      bad += r.bad.length;
    }
  await browser.close();
  process.exit(bad ? 1 : 0);
})();
