// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import { attributionName } from '../../lib/ext/i18n';
import { tc } from '../../lib/ext/i18n-card';
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

/** The card's detail rows, term → value. */
function rows(host: HTMLElement): Record<string, string> {
  return Object.fromEntries([...host.querySelectorAll('.row')].map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]));
}

describe('FindingCard', () => {
  test('says what was found, why, the neutral wording and whom it hits, in the interface language', () => {
    const { host, finding } = show('ميليشيا قسد تعتقل شباناً', 'en');
    const card = host.querySelector('.card')!;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.textContent).toContain(finding.text);
    expect(card.textContent).toContain(finding.explanation.en);
    expect(finding.neutral?.en).toBe("the force's own name, or: forces, factions, armed groups");
    expect(rows(host)[tc('en', 'neutral')]).toBe(finding.neutral!.en);
    expect(card.textContent).toContain('Syrian Democratic Forces');
  });

  test('a source’s party is the one it speaks for, not one it is aimed at', () => {
    const { host, finding } = show('وقال مسؤول في قسد إن 5 عناصر قتلوا', 'en');
    expect(finding.kind).toBe('source');
    expect(finding.actor).toBe('sdf');
    expect(rows(host)[tc('en', 'speaksFor')]).toBe('Syrian Democratic Forces (SDF)');
    expect(rows(host)[tc('en', 'hits')]).toBeUndefined();
  });

  test('a word that hits two parties names both, as a list in the interface language', () => {
    // Al-Kawthar, 2022: one «occupation» governs Turkey and the United States.
    const text = 'وطالب المقداد بإنهاء احتلال تركيا والولايات المتحدة الامريكية للأراضي السورية';
    const word = analyze(text).findings.find((f) => f.text === 'احتلال')!;
    expect(word.also).toEqual(['coalition']);
    const names = (id: string) => analyze(text).actors.find((a) => a.id === id)!.name;
    expect(rows(show(text, 'en', word).host)[tc('en', 'hits')]).toBe(`${names('turkey').en} and ${names('coalition').en}`);
    expect(rows(show(text, 'ar', word).host)[tc('ar', 'hits')]).toBe(`${names('turkey').ar} و${names('coalition').ar}`);
  });

  test('a finding without neutral wording has no neutral-wording row', () => {
    const text = 'قال المرصد السوري لحقوق الإنسان إن 40 مدنياً قتلوا.';
    const figure = analyze(text).findings.find((f) => f.kind === 'figure');
    expect(figure).toBeDefined();
    expect(figure!.neutral).toBeUndefined();
    const { host } = show(text, 'en', figure);
    expect(Object.keys(rows(host))).not.toContain(tc('en', 'neutral'));
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

  test('a figure with a named source shows its attribution and the source', () => {
    const text = 'قال المرصد السوري لحقوق الإنسان إن 40 مدنياً قتلوا.';
    const figure = analyze(text).findings.find((f) => f.kind === 'figure');
    expect(figure).toMatchObject({ attribution: 'named', source: { text: 'المرصد السوري لحقوق الإنسان', start: 4, end: 31 } });
    const { host } = show(text, 'en', figure);
    expect(rows(host)).toMatchObject({
      [tc('en', 'attribution')]: attributionName('en', 'named'),
      [tc('en', 'source')]: 'المرصد السوري لحقوق الإنسان',
    });
  });

  test('a figure with no source shows its attribution and no source row', () => {
    const text = 'وسقط 9 قتلى في الاشتباكات.';
    const figure = analyze(text).findings.find((f) => f.kind === 'figure');
    expect(figure).toMatchObject({ attribution: 'none', text: '9 قتلى' });
    expect(figure!.source).toBeUndefined();
    const { host } = show(text, 'en', figure);
    expect(rows(host)[tc('en', 'attribution')]).toBe(attributionName('en', 'none'));
    expect(Object.keys(rows(host))).not.toContain(tc('en', 'source'));
  });

  test.each([
    // Reported speech outside quotation marks: the outlet's wording of what the agency said (SANA, 2019).
    ['وأفادت سانا أن تنظيم داعش الإرهابي قتل مدنيين', 'الإرهابي', 'paraphrased'],
    // Inside quotation marks: the speaker's own words.
    ['وقال المتحدث: "إن تنظيم داعش الإرهابي قتل مدنيين"', 'الإرهابي', 'quoted'],
    // The outlet's own voice: neither note.
    ['قتل تنظيم داعش الإرهابي مدنيين', 'الإرهابي', null],
  ] as const)('«%s»: the card says whose wording «%s» is (%s)', (text, word, note) => {
    const finding = analyze(text).findings.find((f) => f.kind === 'framing' && f.text === word);
    expect(finding).toBeDefined();
    const { host } = show(text, 'en', finding);
    const notes = [...host.querySelectorAll('.note')].map((n) => n.textContent);
    expect(notes).toEqual(note ? [tc('en', note)] : []);
  });
});
