// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import StanceList from '../../components/StanceList';
import { analyze } from '../../lib/analyze';

describe('StanceList', () => {
  // An outlet against the SDF in its own words, on the tribes' fight with it (Al-Alam, 2023).
  const report = analyze('وسيطر ثوار العشائر العربية على حواجز ميليشيا قسد في ريف دير الزور الشرقي بعد اشتباكات عنيفة.');

  test.each([
    ['en', 'ميليشيا (said of Syrian Democratic Forces (SDF))'],
    ['ar', 'ميليشيا (قيلت في قوات سوريا الديمقراطية (قسد))'],
  ] as const)('a side taken through a rival says whom the word was said of (%s)', (lang, words) => {
    const host = document.createElement('div');
    render(<StanceList actors={report.actors} lang={lang} />, host);
    const tribes = host.querySelector('[data-actor=tribes]')!;
    expect(tribes.getAttribute('data-label')).toBe('favour');
    expect(tribes.querySelector('.word.via')!.textContent).toBe(words);
    // The SDF's own word is listed plainly, with no other party.
    expect(host.querySelector('[data-actor=sdf] .word')!.textContent).toBe('ميليشيا');
    expect(host.querySelector('[data-actor=sdf] .via-party')).toBeNull();
  });
});
