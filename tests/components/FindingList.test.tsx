// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, test } from 'vitest';
import FindingList from '../../components/FindingList';

const findings = Array.from({ length: 3 }, (_, i) => ({
  key: `s0:framing-${i}`,
  finding: { id: `framing-${i}`, kind: 'framing' as const, start: i * 10, end: i * 10 + 7, text: 'ميليشيا' },
}));

describe('FindingList', () => {
  test('a bounded list says how many more findings the page holds', () => {
    const host = document.createElement('div');
    render(<FindingList findings={findings} lang="en" enabled={{ framing: true }} onReveal={() => {}} total={2003} />, host);
    expect(host.querySelectorAll('button.finding')).toHaveLength(3);
    expect(host.querySelector('[data-testid=more-findings]')!.textContent).toBe('and 2000 more on the page: step to them on the page itself.');
  });

  test('a complete list says nothing more', () => {
    const host = document.createElement('div');
    render(<FindingList findings={findings} lang="ar" enabled={{ framing: true }} onReveal={() => {}} />, host);
    expect(host.querySelector('[data-testid=more-findings]')).toBeNull();
    expect(host.querySelector('button.finding')!.getAttribute('title')).toBe('كلمات تحمل حكماً على طرف');
  });
});
