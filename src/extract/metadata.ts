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

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

type JsonObject = Record<string, unknown>;

function collectJsonLd(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) value.forEach((v) => collectJsonLd(v, out));
  else if (value && typeof value === 'object') {
    const obj = value as JsonObject;
    out.push(obj);
    if (obj['@graph']) collectJsonLd(obj['@graph'], out);
    if (obj.mainEntity) collectJsonLd(obj.mainEntity, out);
  }
}

function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collectJsonLd(JSON.parse(script.textContent ?? ''), out);
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

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

export function readMetadata(doc: Document): PageMetadata {
  const objects = jsonLdObjects(doc);
  const article = objects.find((o) => typesOf(o).some((t) => /Article|BlogPosting|Report/.test(t)));
  const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    jsonLdTypes: objects.flatMap(typesOf),
    headline: str(article?.headline),
    ogType: meta(doc, 'og:type'),
    ogTitle: meta(doc, 'og:title', 'twitter:title'),
    siteName: meta(doc, 'og:site_name', 'application-name') ?? nameOf(article?.publisher),
    publishedTime: meta(doc, 'article:published_time', 'datePublished') ?? str(article?.datePublished),
    author: nameOf(article?.author) ?? meta(doc, 'author', 'article:author'),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'og:locale') || null,
  };
}
