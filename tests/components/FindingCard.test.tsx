// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import FindingCard from '../../components/FindingCard';

const noop = () => {};

function show(text: string, lang: 'ar' | 'en', overrides: Record<string, unknown> = {}) {
  const report = analyze(text);
  const finding = { ...report.findings[0], ...overrides };
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <FindingCard
      finding={finding}
      actors={report.actors}
      lang={lang}
      style="framing"
      colour="#D55E00"
      scheme="standard"
      anchor={{ left: 100, top: 100, right: 160, bottom: 120 }}
      pageDir="rtl"
      position={1}
      total={report.findings.length}
      focus={false}
      onNext={noop}
      onPrevious={noop}
      onClose={noop}
    />,
    host,
  );
  return { host, finding, report };
}

describe('FindingCard', () => {
  test('says what was found, why, the neutral wording and whom it hits, in the interface language', () => {
    const { host, finding } = show('ميليشيا قسد تعتقل شباناً', 'en');
    const card = host.querySelector('.card')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.textContent).toContain(finding.text);
    expect(card.textContent).toContain(finding.explanation.en);
    if (finding.neutral) expect(card.textContent).toContain(finding.neutral.en);
    expect(card.textContent).toContain('Syrian Democratic Forces');
  });

  test('a loaded word no rule attaches to a party says so instead of guessing', () => {
    const { host, finding } = show('الجيش يعتقل خلية إرهابية في ريف حمص', 'en');
    expect(finding.actor).toBeUndefined();
    expect(host.querySelector('.card')!.textContent).toContain('The text does not say which party');
  });

  test('Arabic interface: right to left, Arabic explanation', () => {
    const { host, finding } = show('ميليشيا قسد تعتقل شباناً', 'ar');
    const card = host.querySelector('.card')!;
    expect(card.getAttribute('dir')).toBe('rtl');
    expect(card.textContent).toContain(finding.explanation.ar);
  });

  test('page text is rendered as text, never as HTML', () => {
    const { host } = show('ميليشيا قسد', 'en', { text: '<img src=x onerror=alert(1)>ميليشيا' });
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('.quote')!.textContent).toBe('<img src=x onerror=alert(1)>ميليشيا');
  });

  test('a figure shows its attribution and source', () => {
    const report = analyze('قال المرصد السوري لحقوق الإنسان إن 40 مدنياً قتلوا.');
    const figure = report.findings.find((f) => f.kind === 'figure');
    expect(figure).toBeDefined();
    const { host } = show('قال المرصد السوري لحقوق الإنسان إن 40 مدنياً قتلوا.', 'en', figure);
    expect(host.textContent).toContain('Attribution');
    if (figure!.source) expect(host.textContent).toContain(figure!.source.text);
  });
});
