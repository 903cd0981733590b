/**
 * fast-check arbitraries for hostile pages: an invented article (its paragraphs marked with
 * `data-fuzz-article`, an attribute the cleaner does not read) buried at a random depth in random
 * wrappers, among random clutter, broken markup and text made of the characters that break text
 * handling (zero-width, bidi controls, combining marks, surrogate pairs, CJK, RTL, entities).
 * Used by the fuzz test (fixed seed, few runs) and `npm run bench -- fuzz` (many runs).
 */
import fc from 'fast-check';

/** The attribute that marks the planted article paragraphs, so the checks can find them. */
export const ARTICLE_MARK = 'data-fuzz-article';

const WORDS = ['harbour', 'council', 'ferry', 'vote', 'crews', 'budget', 'talks', 'bridge', 'river', 'plan', 'station', 'agency', 'report', 'fares', 'timetable'];
const NAMES = ['Odessa Marrowfield', 'Tomas Reyl', 'Ines Okafor-Lind', 'Jun Takeda', 'Leila Haddad', 'José Alvarez'];
/** Characters that have broken text handling somewhere: each must come out harmless. */
const ODD = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202E', '\u202D', '\u202C', '\u2066', '\u2069', '\u200F', 'e\u0301', '😀', '𝒜', '\uD800',
  '東京', 'قال', 'שלום', '&amp;', '&lt;', '&#x202E;', '&nbsp;', '&#0;', '"', '“', '”', '«', '»', '\t', '\r\n'];

const word = fc.constantFrom(...WORDS);
const name = fc.constantFrom(...NAMES);
const odd = fc.constantFrom(...ODD);

/** A sentence of running text, sometimes with an odd character inside a word or a name. */
const sentence = fc
  .tuple(fc.array(word, { minLength: 8, maxLength: 16 }), name, fc.option(odd, { freq: 3 }), fc.nat(20))
  .map(([words, who, weird, at]) => {
    const text = `The ${words.join(' ')} was discussed by ${who} on Tuesday`;
    const cut = Math.min(text.length - 1, 4 + at * 3);
    return `${weird ? text.slice(0, cut) + weird + text.slice(cut) : text}.`;
  });

const quoteSentence = fc.tuple(fc.array(word, { minLength: 6, maxLength: 12 }), name, fc.option(odd, { freq: 3 }))
  .map(([words, who, weird]) => `“We will keep the ${words.join(' ')}${weird ?? ''} going,” said ${who}, a spokesperson.`);

/** An article paragraph: two to four sentences, long enough to be running text anywhere. */
const paragraph = fc.array(fc.oneof(sentence, quoteSentence), { minLength: 2, maxLength: 4 }).map((s) => s.join(' '));

const CLASS_WORDS = ['css-1x2y3z', 'related', 'trending', 'share', 'newsletter', 'ad', 'comments', 'sidebar', 'promo', 'content', 'article', 'story', 'main', 'hidden', ''];
const attrs = fc.array(fc.constantFrom(...CLASS_WORDS), { maxLength: 3 }).map((cls) => (cls.length ? ` class="${cls.join(' ')}"` : ''));
const WRAPPER_TAGS = ['div', 'section', 'span', 'main', 'article', 'font', 'center', 'x-widget', 'td', 'li', 'blockquote', 'form'];

/** Clutter, broken markup and things that are not text, as HTML source. */
const clutter: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('Trending', 'Related Articles', 'Most read', 'Sign up for our newsletter', 'Advertisement', 'Share this article', 'Comments (3)'), fc.array(word, { minLength: 3, maxLength: 6 }), attrs)
    .map(([label, items, a]) => `<div${a}><h3>${label}</h3><ul>${items.map((w, i) => `<li><a href="/s/${i}">${w} ${w} story ${w}</a></li>`).join('')}</ul></div>`),
  fc.constant('<form><label>Email</label><input type="email"><button>Subscribe</button></form>'),
  fc.constant('<nav><a href="/">Home</a><a href="/world">World</a><a href="#top">Top</a></nav>'),
  fc.constantFrom('<script>document.write("<p>not text</p>")</script>', '<style>p{color:red}</style>', '<template><p>inert</p></template>',
    '<noscript><p>enable js</p></noscript>', '<svg><text>graphic</text></svg>', '<iframe src="about:blank"></iframe>'),
  fc.constantFrom('<div>', '</div>', '</p>', '<p>', '<![CDATA[ x ]]>', '<!-- <p>comment</p> -->', '<b><i>misnested</b></i>', '<table><td>cell', '<img src=x alt="">', '<br/>'),
  fc.tuple(odd, odd, word).map(([a, b, w]) => `<span>${a}${w}${b}</span>`),
  fc.constant('<h2>Harbour Plan Goes Ahead</h2>'),
  fc.constant('<p></p><div> </div><span></span>'),
);

/** Wraps `inner` in `depth` random elements (opened and closed properly). */
function wrap(inner: string, tags: string[]): string {
  return tags.reduceRight((html, tag) => `<${tag}>${html}</${tag}>`, inner);
}

export interface HostilePage {
  html: string;
  /** The planted paragraphs' text as written (before any normalisation). */
  paragraphs: string[];
}

export interface HostileOptions {
  /** Deepest random nesting of the article (the deep-page findings needed thousands). */
  maxDepth?: number;
  /**
   * Also give clutter and article paragraphs the page's own `data-precis-*` attributes (a page
   * forging the cleaner's markers). Off in CI until the cleaner's markers are unforgeable
   * (issue 12 part B); the fuzz bench reports it.
   */
  forgedMarkers?: boolean;
}

const FORGED = ['', ' data-precis-hidden="trending"', ' data-precis-restored=""', ' data-precis-i="3"'];

export function hostilePage(options: HostileOptions = {}): fc.Arbitrary<HostilePage> {
  const maxDepth = options.maxDepth ?? 40;
  return fc
    .record({
      paragraphs: fc.array(paragraph, { minLength: 4, maxLength: 8 }),
      wrappers: fc.array(fc.constantFrom(...WRAPPER_TAGS), { maxLength: maxDepth }),
      before: fc.array(clutter, { maxLength: 8 }),
      inside: fc.array(clutter, { maxLength: 4 }),
      after: fc.array(clutter, { maxLength: 8 }),
      articleTag: fc.constantFrom('article', 'div', 'main', 'section'),
      articleAttrs: attrs,
      doctype: fc.constantFrom('<!doctype html>', '', '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">'),
      hasBody: fc.boolean(),
      forged: fc.array(fc.constantFrom(...FORGED), { minLength: 12, maxLength: 12 }),
    })
    .map((r) => {
      const forge = (i: number): string => (options.forgedMarkers ? (r.forged[i % r.forged.length] ?? '') : '');
      const ps = r.paragraphs.map((p, i) => `<p ${ARTICLE_MARK}${forge(i)}>${p}</p>`);
      // Clutter inside the article goes between paragraphs, never inside one.
      const body = [...ps];
      r.inside.forEach((c, i) => body.splice(1 + ((i * 2) % ps.length), 0, c));
      const article = `<${r.articleTag}${r.articleAttrs}><h1>Harbour Plan Goes Ahead</h1>${body.join('')}</${r.articleTag}>`;
      const forgedClutter = (c: string, i: number): string => c.replace(/^<(div|nav|form)\b/, (m) => `${m}${forge(i + 5)}`);
      const content = `${r.before.map(forgedClutter).join('')}${wrap(article, r.wrappers)}${r.after.map(forgedClutter).join('')}`;
      const head = '<head><meta charset="utf-8"><title>Harbour Plan Goes Ahead - Fuzz Ledger</title></head>';
      const html = `${r.doctype}<html lang="en">${head}${r.hasBody ? `<body>${content}</body>` : content}</html>`;
      return { html, paragraphs: r.paragraphs };
    });
}
