/**
 * The curated outlets (`seeds/sites.json`) on which Adasa runs without being asked: the list's
 * schema, its match patterns for the manifest, and the test of a URL against it. Anywhere else
 * the reader asks (popup button, context menu) or grants a site for good.
 */
import * as z from 'zod/mini';
import { Bilingual } from '../model/report';
import sitesJson from '../../seeds/sites.json';

export { originPattern, siteKey } from './site-key';

const Host = z.string().check(z.regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, 'a lowercase host name without scheme or www.'));

export const Site = z.object({
  host: Host,
  /** Limits the site to a section (`/arabic`); no trailing slash. */
  path: z.optional(z.string().check(z.regex(/^\/[a-z0-9/_-]*[a-z0-9]$/i, 'a path starting with / and not ending with /'))),
  name: Bilingual,
});
export type Site = z.infer<typeof Site>;

export const SiteList = z.object({ $comment: z.optional(z.string()), sites: z.array(Site).check(z.minLength(1)) });
export type SiteList = z.infer<typeof SiteList>;

/** The curated list, validated when the module loads (a broken list fails the build). */
export const CURATED: readonly Site[] = SiteList.parse(sitesJson).sites;

/** Match patterns for a site: the host and its subdomains, limited to the path if there is one. */
export function sitePatterns(site: Pick<Site, 'host' | 'path'>): string[] {
  const path = site.path ? `${site.path}*` : '/*';
  return [`*://*.${site.host}${path}`];
}

/** Match patterns of the whole curated list (the content script's `matches`). */
export function curatedPatterns(sites: readonly Site[] = CURATED): string[] {
  return sites.flatMap(sitePatterns);
}

/** The curated site a URL belongs to, if any. */
export function curatedSiteOf(url: string, sites: readonly Site[] = CURATED): Site | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase();
  for (const s of sites) {
    if (host !== s.host && !host.endsWith(`.${s.host}`)) continue;
    // Same rule as the match pattern `path*`.
    if (s.path && !u.pathname.startsWith(s.path)) continue;
    return s;
  }
  return null;
}
