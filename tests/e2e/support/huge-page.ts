/**
 * A synthetic page of about 100,000 elements, generated in the test (no corpus text): a short
 * invented article among the furniture of a very busy site (mega menu, sidebars of link lists,
 * "Trending" boxes, and thousands of reader comments), the shape that made the content script
 * block the main thread for most of a second in one task.
 */
const WORDS = ['harbour', 'council', 'ferry', 'timetable', 'crews', 'vote', 'talks', 'winter', 'repairs', 'budget', 'pier', 'island', 'routes', 'mayor', 'union', 'fares'];

/** Deterministic filler: the same page on every run, so task lengths are comparable. */
function words(seed: number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'pier');
  return out.join(' ');
}

function menu(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i += 1) items.push(`<li class="css-m${i % 9}"><a href="/section/${i}"><span>${words(i, 2)}</span></a></li>`);
  return `<nav class="css-1nav"><ul>${items.join('')}</ul></nav>`;
}

function trending(i: number): string {
  const links: string[] = [];
  for (let j = 0; j < 8; j += 1) links.push(`<li><a href="/story/${i}-${j}">${words(i + j, 6)}</a></li>`);
  return `<div class="css-t${i}x"><h3>Trending</h3><ul>${links.join('')}</ul></div>`;
}

function comment(i: number): string {
  return `<div class="css-c1q"><div class="css-c2q"><i class="css-av1"></i><span class="css-c3q"><a href="/u/${i}">reader${i}</a></span>`
    + `<time>${i % 28} min</time></div><div class="css-c4q"><p>${words(i, 9)}.</p></div>`
    + `<div class="css-c5q"><button>Reply</button><button>Like</button><span>${i % 40}</span></div></div>`;
}

/** Comments per thread: real pages nest their comments in threads and pages of them. */
const THREAD = 40;

/** About `elements` elements in all; the comments fill what the rest does not. */
export function hugePageHtml(elements = 100_000): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 40; i += 1) paragraphs.push(`<p>${words(i, 40)}, said the harbour master on ${i + 1} March, and the council agreed.</p>`);
  const article = `<article class="css-a1z"><h1>Harbour Ferries Keep Running Through The Winter Repairs</h1>${paragraphs.join('')}</article>`;
  const side = Array.from({ length: 60 }, (_, i) => trending(i)).join('');
  const head = menu(400);
  // Two menus of 400 items (3 elements each), 60 boxes of 19, the article's 42, the page's frame.
  const fixed = 2 * (2 + 400 * 3) + 60 * 19 + 42 + 12;
  // One comment is 12 elements.
  const count = Math.max(0, Math.round((elements - fixed) / (12 + 1 / THREAD)));
  const threads: string[] = [];
  for (let start = 0; start < count; start += THREAD) {
    const items = Array.from({ length: Math.min(THREAD, count - start) }, (_, i) => comment(start + i));
    threads.push(`<div class="css-th9">${items.join('')}</div>`);
  }
  const comments = threads.join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Ferries Keep Running Through The Winter Repairs - Northgate Ledger</title></head>`
    + `<body><header>${head}</header><main><div class="css-l1x">${article}<section class="css-cm1"><h2>Comments</h2>${comments}</section></div>`
    + `<aside class="css-s1d">${side}</aside></main><footer>${menu(400)}</footer></body></html>`;
}
