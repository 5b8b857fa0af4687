/**
 * Where the content script runs: on the curated sites through the manifest; on sites the reader
 * granted for good through a registered content script (kept in step with the granted
 * origins); anywhere else once, injected when the reader asks (`activeTab` + `scripting`).
 */
import { browser } from 'wxt/browser';
import { curatedPatterns, curatedSiteOf, originPattern } from '../ext/sites';
import type { SiteMode } from '../ext/messages';

export const CONTENT_SCRIPT = '/content-scripts/content.js';
const REGISTRATION_ID = 'adasa-granted-sites';

/** Origins the reader granted (optional host permissions), without the curated ones. */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  const curated = new Set(curatedPatterns());
  return (all.origins ?? []).filter((o) => !curated.has(o));
}

/** Registers the content script for the granted origins (or unregisters it when none remain). */
export async function syncGrantedScripts(): Promise<void> {
  const origins = await grantedOrigins();
  const scripting = browser.scripting;
  const existing = await scripting.getRegisteredContentScripts({ ids: [REGISTRATION_ID] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [REGISTRATION_ID] });
  if (origins.length === 0) return;
  await scripting.registerContentScripts([{ id: REGISTRATION_ID, matches: origins, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
}

/** How Adasa comes to run on a URL. */
export async function siteMode(url: string): Promise<SiteMode> {
  if (curatedSiteOf(url)) return 'curated';
  const origin = originPattern(url);
  if (origin && (await browser.permissions.contains({ origins: [origin] }).catch(() => false))) return 'granted';
  return 'on-request';
}

/** Injects the content script into a tab (the reader asked; `activeTab` allows it). */
export async function inject(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}
