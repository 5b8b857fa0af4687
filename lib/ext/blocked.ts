/**
 * Why a page cannot be analysed: browsers keep extensions out of their own pages, their extension
 * stores, the PDF viewer, and local files unless the reader allows them. Known from the address
 * when the extension can see it, otherwise from the browser's refusal when Adasa tries.
 */
export const BLOCKED_REASONS = ['browser', 'store', 'pdf', 'file', 'other'] as const;
export type BlockedReason = (typeof BLOCKED_REASONS)[number];

const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'chrome-error:',
  'data:',
  'blob:',
  'javascript:',
]);

/** Stores and galleries no extension may script, by host and path prefix. */
const STORES: readonly [host: string, path: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

/** The reason a page at `url` cannot be analysed, when the address alone tells; null otherwise. */
export function blockedByUrl(url: string): BlockedReason | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol === 'file:') return /\.pdf$/i.test(u.pathname) ? 'pdf' : 'file';
  if (BROWSER_SCHEMES.has(u.protocol)) return 'browser';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser';
  const host = u.hostname.toLowerCase();
  if (STORES.some(([h, p]) => host === h && u.pathname.startsWith(p))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}

/** The reason behind a browser's refusal to run the content script (its error message), given the address if known. */
export function blockedByError(message: string, url = ''): BlockedReason {
  const known = blockedByUrl(url);
  if (known) return known;
  if (/gallery|web ?store|cannot be scripted/i.test(message)) return 'store';
  if (/file:\/\/|file url/i.test(message)) return 'file';
  if (/pdf/i.test(message)) return 'pdf';
  if (/chrome:\/\/|chrome-extension:\/\/|edge:\/\/|about:|extensions? (?:page|schemes?)|privileged/i.test(message)) return 'browser';
  return 'other';
}
