/**
 * The background's engine: its warm-up text goes through every detector, so running it before
 * the first page leaves no first-use cost for that page; and it runs as tasks of its own.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/analyze';
import { invalidateLexicon, WARM_UP_TEXT, warmUp } from '../../lib/browser/engine-host';
import { FINDING_KINDS } from '../../lib/model/kinds';

describe('engine warm-up', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    invalidateLexicon();
  });

  test('the warm-up text yields every kind of finding, every attribution and parties both ways', () => {
    const report = analyze(WARM_UP_TEXT);
    const kinds = new Set(report.findings.map((f) => f.kind));
    for (const kind of FINDING_KINDS) expect(kinds, kind).toContain(kind);
    const attributions = new Set(report.findings.filter((f) => f.kind === 'figure').map((f) => f.attribution));
    expect([...attributions].sort()).toEqual(['anonymous', 'named', 'vague']);
    expect(report.findings.some((f) => f.quoted)).toBe(true);
    expect(report.findings.some((f) => f.paraphrased)).toBe(true);
    expect(report.actors.filter((a) => a.label === 'against').length).toBeGreaterThan(2);
  });

  test('each run is a task of its own: other work gets in between', async () => {
    const order: string[] = [];
    const done = warmUp(3).then(() => order.push('warm-up done'));
    setTimeout(() => order.push('other task'), 0);
    await done;
    expect(order).toEqual(['other task', 'warm-up done']);
  });
});
