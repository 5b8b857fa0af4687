/**
 * A site's key for per-site settings and the origin asked for when the reader grants a site.
 * Separate from sites.ts so the content script does not carry the curated list.
 */

/** The key a per-site setting is stored under: the host without `www.`. */
export function siteKey(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The origin pattern asked for when the reader wants a site analysed always. */
export function originPattern(url: string): string | null {
  const key = siteKey(url);
  return key ? `*://*.${key}/*` : null;
}
