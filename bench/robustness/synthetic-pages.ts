/**
 * Synthetic pages for the robustness benchmark and tests, built in memory (never committed as big
 * files): a news article with its clutter, grown to a size in bytes or elements by repeating
 * teaser boxes, or nested to a depth. Class names are obfuscated, the text is invented.
 */

const NAMES = ['Mara Telling', 'Odin Pace', 'Lia Vosk', 'Ren Abara', 'Tova Quist'];
const WORDS = 'harbour council budget ferry transit vote crews talks agency report river bridge plan city station'.split(' ');

function sentence(i: number): string {
  const w = (k: number): string => WORDS[(i * 7 + k * 3) % WORDS.length] ?? 'word';
  return `The ${w(0)} ${w(1)} said on Tuesday that the ${w(2)} ${w(3)} would go ahead, and the ${w(4)} agreed after ${i % 9 + 2} hours.`;
}

function paragraph(i: number): string {
  const name = NAMES[i % NAMES.length] ?? 'A. Person';
  return i % 3 === 0
    ? `<p>“We will keep the ${WORDS[i % WORDS.length]} running for everyone,” said ${name}, a spokesperson for the agency. ${sentence(i)}</p>`
    : `<p>${sentence(i)} ${sentence(i + 1)}</p>`;
}

function teaserBox(i: number): string {
  const items = [0, 1, 2, 3, 4].map((k) => `<li class="css-q${k}x"><a href="/story/${i}-${k}">A related story about the ${WORDS[(i + k) % WORDS.length]} and what comes next</a></li>`).join('');
  return `<div class="css-${(i * 2654435761 >>> 0).toString(36).slice(0, 6)}"><h3>Trending</h3><ul>${items}</ul><p>${sentence(i)}</p></div>`;
}

const head = (title: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} - Synthetic Ledger</title><meta property="og:type" content="article"></head>`;

function article(paragraphs: number): string {
  const ps = Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('');
  return `<header class="css-h1x"><nav>${'<a href="/s">Section</a>'.repeat(12)}</nav></header><main><article class="css-a9z"><h1>Harbour Plan Goes Ahead</h1><p class="css-by">By Mara Telling</p>${ps}</article>`;
}

/** A page of about `bytes` UTF-16 code units: an article, then teaser boxes until the size is reached. */
export function pageOfSize(bytes: number): string {
  const parts = [head('Harbour Plan Goes Ahead'), '<body>', article(12)];
  let size = parts.reduce((n, p) => n + p.length, 0);
  for (let i = 0; size < bytes; i += 1) {
    const box = teaserBox(i);
    parts.push(box);
    size += box.length;
  }
  parts.push('</main><footer class="css-f0">© Synthetic Ledger</footer></body></html>');
  return parts.join('');
}

/** A page with about `count` elements (a teaser box holds 14). */
export function pageOfElements(count: number): string {
  const boxes = Math.ceil(count / 14);
  return `${head('Harbour Plan Goes Ahead')}<body>${article(12)}${Array.from({ length: boxes }, (_, i) => teaserBox(i)).join('')}</main></body></html>`;
}

/** An article at the bottom of `depth` nested divs. */
export function deepPage(depth: number): string {
  return `${head('Harbour Plan Goes Ahead')}<body>${'<div>'.repeat(depth)}${article(6)}</main>${'</div>'.repeat(depth)}</body></html>`;
}
