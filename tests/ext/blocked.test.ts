/** Why a page cannot be analysed: from its address, or from the browser's refusal. */
import { describe, expect, test } from 'vitest';
import { blockedByError, blockedByUrl } from '../../lib/ext/blocked';

describe('pages extensions cannot script', () => {
  test.each([
    ['chrome://settings/', 'browser'],
    ['chrome://newtab/', 'browser'],
    ['chrome-extension://abcdefghijklmnop/options.html', 'browser'],
    ['edge://extensions', 'browser'],
    ['about:blank', 'browser'],
    ['view-source:https://www.enabbaladi.net/', 'browser'],
    ['https://chromewebstore.google.com/detail/adasa/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/ar/firefox/addon/x/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['https://example.org/reports/2024.PDF', 'pdf'],
    ['file:///home/reader/report.pdf', 'pdf'],
    ['file:///home/reader/article.html', 'file'],
  ])('%s → %s', (url, reason) => {
    expect(blockedByUrl(url)).toBe(reason);
  });

  test.each([
    'https://www.enabbaladi.net/archives/1234',
    'http://www.northpulse.net:8080/seed/003.html',
    'https://chrome.google.com/search', // not the store
    'https://example.org/pdf-guide.html',
    'https://google.com/webstore', // another host
    '',
    'not a url',
  ])('%s can be tried', (url) => {
    expect(blockedByUrl(url)).toBeNull();
  });

  test.each([
    ['Cannot access a chrome:// URL', '', 'browser'],
    ['Cannot access a chrome-extension:// URL of different extension', '', 'browser'],
    ['The extensions gallery cannot be scripted.', '', 'store'],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', '', 'file'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'https://x.org/a.pdf', 'pdf'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', '', 'other'],
    ['Could not establish connection. Receiving end does not exist.', 'https://example.org/', 'other'],
  ])('refusal «%s» at «%s» → %s', (message, url, reason) => {
    expect(blockedByError(message, url)).toBe(reason);
  });
});
