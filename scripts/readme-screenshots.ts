/**
 * Refreshes docs/screenshots/ (the README's pictures) from the PNGs the E2E run saves under
 * out/screenshots/. Run `npm test` first. The hero picture puts the cleaned page and the popup
 * side by side, composed in Chromium from the two real screenshots (no retouching).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, findBrowser } from './lib/browsers.js';

const FROM = 'out/screenshots';
const TO = 'docs/screenshots';
const COPIES = ['popup-light.png', 'popup-dark.png', 'options-light.png', 'card-1x1-light.png', 'card-4x5-dark.png', 'card-16x9-accent.png', 'popup-hidden-list.png', 'picker-over-page.png', 'options-site-rules.png', 'popup-hidden-by-you.png', 'welcome-light.png'];

const dataUrl = (file: string): string => `data:image/png;base64,${readFileSync(`${FROM}/${file}`).toString('base64')}`;

async function hero(): Promise<void> {
  const browser = await chromium.launch({ executablePath: findBrowser(CHROMIUM), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.setContent(`<body style="margin:0;background:#e9ece9;display:flex;gap:24px;padding:24px;align-items:flex-start">
    <img src="${dataUrl('declutter-harbour-ferry-strike.png')}" style="width:920px;height:852px;object-fit:cover;object-position:top;border-radius:8px;box-shadow:0 2px 12px #0003">
    <img src="${dataUrl('popup-hidden-list.png')}" style="width:400px;border-radius:8px;box-shadow:0 2px 12px #0003"></body>`);
  await page.screenshot({ path: `${TO}/hero.png` });
  await browser.close();
}

mkdirSync(TO, { recursive: true });
for (const file of COPIES) copyFileSync(`${FROM}/${file}`, `${TO}/${file}`);
await hero();
console.log(`docs/screenshots refreshed from ${FROM}`);
