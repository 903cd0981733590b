/**
 * Page metadata a publisher states about itself: JSON-LD, Open Graph, <html lang>. Read-only.
 * Publishers' own statements beat heuristics for the headline, the date and the outlet.
 */
export interface PageMetadata {
  jsonLdTypes: string[];
  headline: string | null;
  ogType: string | null;
  ogTitle: string | null;
  siteName: string | null;
  publishedTime: string | null;
  author: string | null;
  lang: string | null;
}

/**
 * Every <meta> of the page read once, by property / name / itemprop: one pass over the page
 * instead of one selector query per key (each a walk of the whole page, slow on huge pages).
 * The first element with a non-empty value wins, as `querySelector` would pick it.
 */
function metaTable(doc: Document): (...keys: string[]) => string | null {
  const table = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const value = el.getAttribute('content')?.trim();
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key && !table.has(key)) table.set(key, value);
    }
  }
  return (...keys) => {
    for (const key of keys) {
      const value = table.get(key);
      if (value) return value;
    }
    return null;
  };
}

type JsonObject = Record<string, unknown>;

/**
 * Bounds on what a page's JSON-LD can make us do. Real pages state an article in a handful of
 * objects a few levels deep (@graph -> mainEntity); a page nesting 100,000 levels or listing a
 * million objects gets the first ones read, never a stack overflow or a stall.
 */
const MAX_JSON_LD_DEPTH = 16;
const MAX_JSON_LD_OBJECTS = 500;
/** A JSON-LD block larger than this is not metadata about one page: skipped unparsed. */
const MAX_JSON_LD_CHARS = 1_000_000;
/** Levels of nested names followed for an author or publisher ("author": [{"name": ...}]). */
const MAX_NAME_DEPTH = 4;

/** Objects of a JSON-LD value, @graph and mainEntity followed: a loop with a bounded stack, no recursion. */
function collectJsonLd(value: unknown, out: JsonObject[]): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length && out.length < MAX_JSON_LD_OBJECTS) {
    const { value: v, depth } = stack.pop() as { value: unknown; depth: number };
    if (depth > MAX_JSON_LD_DEPTH || !v || typeof v !== 'object') continue;
    // Pushed in reverse so objects come out in document order.
    const children: unknown[] = [];
    if (Array.isArray(v)) children.push(...v.slice(0, MAX_JSON_LD_OBJECTS));
    else {
      const obj = v as JsonObject;
      out.push(obj);
      if (obj['@graph']) children.push(obj['@graph']);
      if (obj.mainEntity) children.push(obj.mainEntity);
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ value: children[i], depth: depth + 1 });
  }
}

function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      collectJsonLd(JSON.parse(text), out);
    } catch {
      // Broken JSON-LD is common on real sites; it simply says nothing.
    }
  }
  return out;
}

function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function nameOf(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (depth >= MAX_NAME_DEPTH) return null;
  if (Array.isArray(value)) return value.slice(0, MAX_JSON_LD_OBJECTS).map((v) => nameOf(v, depth + 1)).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name, depth + 1);
  return null;
}

export function readMetadata(doc: Document): PageMetadata {
  const objects = jsonLdObjects(doc);
  const meta = metaTable(doc);
  const article = objects.find((o) => typesOf(o).some((t) => /Article|BlogPosting|Report/.test(t)));
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    jsonLdTypes: objects.flatMap(typesOf),
    headline: str(article?.headline),
    ogType: meta('og:type'),
    ogTitle: meta('og:title', 'twitter:title'),
    siteName: meta('og:site_name', 'application-name') ?? nameOf(article?.publisher),
    publishedTime: meta('article:published_time', 'datePublished') ?? str(article?.datePublished),
    author: nameOf(article?.author) ?? meta('author', 'article:author'),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta('og:locale') || null,
  };
}
