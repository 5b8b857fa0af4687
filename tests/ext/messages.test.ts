import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { BackgroundToContent, ContentToBackground, PopupToBackground, TabState } from '../../lib/ext/messages';
import { toResult, unwrap } from '../../lib/ext/result';

describe('messages', () => {
  test('each direction accepts its own messages and refuses the others', () => {
    const analyzeMsg = { type: 'content:analyze', page: 'p', segment: 's0', text: 'نص', reset: true, url: 'https://x.y/', title: 't' };
    expect(ContentToBackground.safeParse(analyzeMsg).success).toBe(true);
    expect(PopupToBackground.safeParse(analyzeMsg).success).toBe(false);
    expect(PopupToBackground.safeParse({ type: 'popup:reveal', tabId: 3, key: 's0:framing-1' }).success).toBe(true);
    expect(PopupToBackground.safeParse({ type: 'popup:reveal', tabId: '3', key: 'k' }).success).toBe(false);
    expect(BackgroundToContent.safeParse({ type: 'bg:step', direction: 1 }).success).toBe(true);
    expect(BackgroundToContent.safeParse({ type: 'bg:step', direction: 2 }).success).toBe(false);
    expect(ContentToBackground.safeParse({ type: 'content:analyze', page: 'p' }).success).toBe(false);
  });

  test('a tab state carries an engine report', () => {
    const report = analyze('ميليشيا قسد');
    const state = {
      status: 'ready',
      url: 'https://x.y/',
      title: '',
      site: 'x.y',
      mode: 'curated',
      disabled: false,
      report,
      findings: report.findings.map((f) => ({ key: `s0:${f.id}`, finding: f })),
      findingsTotal: report.findings.length,
      timings: null,
    };
    expect(TabState.safeParse(state).success).toBe(true);
  });

  test('the popup’s list holds what it shows of a finding and no explanation', () => {
    const report = analyze('ميليشيا قسد');
    const parsed = TabState.parse({
      status: 'ready',
      url: 'https://x.y/',
      title: '',
      site: 'x.y',
      mode: 'curated',
      disabled: false,
      report: { ...report, findings: [] },
      findings: report.findings.map((f) => ({ key: `s0:${f.id}`, finding: f })),
      findingsTotal: 40_000,
      timings: null,
    });
    expect(parsed.findings[0]!.finding).toEqual({ id: report.findings[0]!.id, kind: 'framing', start: 0, end: 7, text: 'ميليشيا' });
    expect(JSON.stringify(parsed.findings)).not.toContain('explanation');
    expect(parsed.findingsTotal).toBe(40_000);
  });

  test('replies are results: values come back, throws become errors with their reason', async () => {
    expect(unwrap(await toResult(() => 42))).toBe(42);
    const failed = await toResult(() => {
      throw new Error('no article');
    });
    expect(failed).toEqual({ ok: false, error: 'no article' });
    expect(() => unwrap(failed)).toThrow('no article');
    expect(() => unwrap(undefined)).toThrow('no reply');
  });
});
