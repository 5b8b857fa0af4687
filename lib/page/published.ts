/**
 * The article's publication date, read from the page's own metadata: Open Graph and schema.org
 * meta tags, JSON-LD `datePublished`, or the first `<time datetime>`. The engine uses it to tell
 * which of two governments sharing a name an article means. Page data is untrusted: only a
 * well-formed date between 1990 and next year comes out.
 */

const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="publish-date"]',
  'meta[name="pubdate"]',
  'meta[property="og:published_time"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** `YYYY-MM-DD` from the start of an ISO-like date string, if it is a plausible date. */
export function isoDay(value: string | null | undefined, now = new Date()): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > now.getUTCFullYear() + 1 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Finds `datePublished` in parsed JSON-LD (an object, an array, or a `@graph`). */
function fromJsonLd(node: unknown, depth = 0): string | undefined {
  if (depth > 4 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const d = fromJsonLd(n, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.datePublished === 'string') return isoDay(o.datePublished);
  return fromJsonLd(o['@graph'], depth + 1);
}

/** The publication date of the document's article, or undefined when the page does not say. */
export function publishedDate(doc: Document): string | undefined {
  for (const sel of META) {
    const d = isoDay(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    try {
      const d = fromJsonLd(JSON.parse(s.textContent ?? ''));
      if (d) return d;
    } catch {
      // Malformed JSON-LD is common; other sources may still say.
    }
  }
  return isoDay(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
}
