// Runs axe-core's WCAG 2.1 A and AA rules on each HTML file given, in Debian's Chromium,
// and prints every violation; exits 1 when there is any, 2 when the browser cannot run.
'use strict';
const path = require('path');
const puppeteer = require('puppeteer-core');
const axeSource = require('axe-core').source;

async function check(browser, file) {
  const page = await browser.newPage();
  await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  await page.close();
  return result;
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
    console.error('axe: cannot start Chromium: ' + e.message);
    process.exit(2);
  }
  let bad = 0;
  for (const file of process.argv.slice(2)) {
    const r = await check(browser, file);
    for (const v of r.violations) {
      bad++;
      console.log(`${path.basename(file)}: ${v.id} (${v.impact}): ${v.help}; ` +
                  v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
    }
    console.log(`${path.basename(file)}: ${r.passes.length} rules pass, ${r.violations.length} violated`);
  }
  await browser.close();
  process.exit(bad ? 1 : 0);
})();
