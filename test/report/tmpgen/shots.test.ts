import { it } from 'vitest';
import { chromium } from 'playwright-core';
import { writeReport } from '../../../src/report/index.js';
it('shots', async () => {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
  for (const k of ['run','compare']) {
    await writeReport(`/tmp/rep/${k}`);
    const p = await b.newPage({ viewport: { width: 1280, height: 1400 } });
    await p.goto(`file:///tmp/rep/${k}/report.html`);
    const h = await p.evaluate(() => document.body.scrollHeight);
    for (let y = 0, i = 0; y < h; y += 1400, i++) await p.screenshot({ path: `/tmp/rep/${k}-${i}.png`, clip: { x: 0, y, width: 1280, height: Math.min(1400, h - y) }, fullPage: true });
    await p.emulateMedia({ media: 'print' });
    await p.pdf({ path: `/tmp/rep/${k}.pdf` });
  }
  await b.close();
});
