// @vitest-environment happy-dom
/**
 * The page session end to end in a DOM without layout: the article is found, its text is
 * analysed by the real engine, every finding is painted on its own characters, and the page's
 * changes are followed block by block.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze';
import type { Report } from '../../lib/model/report';
import { OverlaySink } from '../../lib/page/highlights';
import { PageSession, type ReplyReading } from '../../lib/page/session';

interface Call {
  segment: string;
  text: string;
  reset: boolean;
}

/** A reply already in hand, read as the session reads one. */
// eslint-disable-next-line require-yield
function* reading(report: Report): ReplyReading {
  return report;
}

function setup(html: string) {
  document.body.innerHTML = html;
  const calls: Call[] = [];
  const dropped: string[] = [];
  const sink = new OverlaySink(() => {});
  const abort = new AbortController();
  const session = new PageSession({
    doc: document,
    sink,
    signal: abort.signal,
    nameOf: (f) => `adasa-${f.kind}`,
    isOwnUi: (n) => n.nodeType === 1 && (n as Element).tagName === 'ADASA-LAYER',
    // eslint-disable-next-line require-yield
    analyze: function* (segment, text, reset) {
      calls.push({ segment, text, reset });
      return { reply: Promise.resolve(reading(analyze(text, { id: segment }))) };
    },
    onDropped: (keys) => dropped.push(...keys),
  });
  return { session, sink, calls, dropped, abort };
}

const painted = (sink: OverlaySink) => [...sink.visible()].map(([name, r]) => [name, r.toString()]);

let current: ReturnType<typeof setup> | null = null;
afterEach(() => {
  current?.abort.abort();
  current?.session.stop();
  current = null;
});

const PAGE = `
  <nav><a>ميليشيا قسد</a></nav>
  <article>
    <h1>ميليشيا قسد تعتقل شباناً في ريف دير الزور</h1>
    <p id="p1">قالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً من أبناء العشائر.</p>
    <p id="p2">وأكد المرصد السوري لحقوق الإنسان أن مرتزقة داعش قتلوا 5 مدنيين.</p>
  </article>
  <section class="comments"><p>المرتزقة لا يمثلوننا</p></section>`;

describe('PageSession', () => {
  test('paints exactly the findings of the article text, nothing in the furniture', async () => {
    current = setup(PAGE);
    const { session, sink, calls } = current;
    const timings = await session.start();
    expect(calls).toHaveLength(1);
    expect(calls[0].reset).toBe(true);
    expect(calls[0].text.startsWith('ميليشيا قسد تعتقل')).toBe(true);
    expect(calls[0].text).not.toContain('المرتزقة');
    const report = analyze(calls[0].text);
    const shown = painted(sink);
    expect(shown.map(([, t]) => t).sort()).toEqual(report.findings.map((f) => f.text).sort());
    expect(shown.length).toBeGreaterThan(0);
    expect(timings.findings).toBe(report.findings.length);
    expect(session.ordered().map((p) => p.finding.text)).toEqual([...report.findings].sort((a, b) => a.start - b.start).map((f) => f.text));
  });

  test('a changed block is analysed again on its own; its old findings are dropped', async () => {
    current = setup(PAGE);
    const { session, sink, calls, dropped } = current;
    await session.start();
    const before = session.ordered().filter((p) => p.blocks.includes(document.getElementById('p1')!));
    expect(before.length).toBeGreaterThan(0);
    document.getElementById('p1')!.textContent = 'قالت وزارة الدفاع السورية إن 40 عنصراً من تنظيم داعش الإرهابي قتلوا.';
    await waitFor(() => calls.length === 2);
    expect(calls[1]).toMatchObject({ reset: false, text: 'قالت وزارة الدفاع السورية إن 40 عنصراً من تنظيم داعش الإرهابي قتلوا.' });
    expect(dropped).toEqual(expect.arrayContaining(before.map((p) => p.key)));
    await waitFor(() => painted(sink).some(([, t]) => t.startsWith('40')));
    // What is painted now is exactly the headline's and p2's old findings plus the new block's.
    const p1 = document.getElementById('p1')!;
    const shown = [...sink.visible()].map(([, r]) => r);
    expect(shown.every((r) => r.startContainer.isConnected)).toBe(true);
    const inP1 = shown.filter((r) => p1.contains(r.startContainer)).map((r) => r.toString());
    expect(inP1.sort()).toEqual(
      analyze(p1.textContent!)
        .findings.map((f) => f.text)
        .sort(),
    );
    expect(inP1.join(' ')).not.toMatch(/ميليشيا|مصادر محلية|12/);
  });

  test('an added paragraph (a live blog post) is analysed alone and painted', async () => {
    current = setup(PAGE);
    const { session, sink, calls } = current;
    await session.start();
    const p = document.createElement('p');
    p.textContent = 'وبحسب ناشطين فإن مرتزقة الاحتلال التركي قصفوا قرى عين عيسى.';
    document.querySelector('article')!.append(p);
    await waitFor(() => calls.length === 2);
    expect(calls[1].text).toBe(p.textContent);
    await waitFor(() => painted(sink).some(([, t]) => t.includes('مرتزقة')));
  });

  test('a removed paragraph takes its highlights with it', async () => {
    current = setup(PAGE);
    const { session, sink, dropped } = current;
    await session.start();
    const p2 = document.getElementById('p2')!;
    const inP2 = session
      .ordered()
      .filter((x) => x.blocks.includes(p2))
      .map((x) => x.key);
    expect(inP2.length).toBeGreaterThan(0);
    p2.remove();
    await waitFor(() => inP2.every((k) => dropped.includes(k)));
    expect(painted(sink).every(([, t]) => !t.includes('مرتزقة'))).toBe(true);
  });

  test("the extension's own layer never counts as a change", async () => {
    current = setup(PAGE);
    const { session, calls } = current;
    await session.start();
    document.body.append(document.createElement('adasa-layer'));
    await new Promise((r) => setTimeout(r, 300));
    expect(calls).toHaveLength(1);
  });
});

test('a ticker that replaces its text while it is analysed ends with the findings of its final text only', async () => {
  document.body.innerHTML = PAGE;
  const dropped: string[] = [];
  const sink = new OverlaySink(() => {});
  const abort = new AbortController();
  let replaced = 0;
  const p1 = () => document.getElementById('p1')!;
  const session = new PageSession({
    doc: document,
    sink,
    signal: abort.signal,
    nameOf: (f) => `adasa-${f.kind}`,
    isOwnUi: () => false,
    // Each analysis takes longer than the ticker waits between two rewrites.
    // eslint-disable-next-line require-yield
    analyze: function* (segment, text) {
      const later = new Promise((r) => setTimeout(r, 80)).then(() => reading(analyze(text, { id: segment })));
      return { reply: later };
    },
    onDropped: (keys) => dropped.push(...keys),
  });
  current = { session, sink, calls: [], dropped, abort };
  const started = session.start();
  const ticker = setInterval(() => {
    replaced++;
    p1().textContent = `قالت مصادر محلية إن ميليشيا قسد اعتقلت ${10 + replaced} شاباً من أبناء العشائر.`;
    if (replaced === 12) clearInterval(ticker);
  }, 50);
  await started;
  await waitFor(() => replaced === 12);
  await new Promise((r) => setTimeout(r, 1200));
  const shown = [...sink.visible()].map(([, r]) => r);
  expect(shown.every((r) => r.startContainer.isConnected && r.endContainer.isConnected)).toBe(true);
  const fresh = analyze(document.querySelector('article')!.innerText ?? '');
  const inP1 = shown.filter((r) => p1().contains(r.startContainer)).map((r) => r.toString());
  expect(inP1.sort()).toEqual(
    analyze(p1().textContent!)
      .findings.map((f) => f.text)
      .sort(),
  );
  expect(shown.length).toBeLessThanOrEqual(fresh.findings.length + 2);
});

async function waitFor(cond: () => boolean, timeout = 3000): Promise<void> {
  const end = Date.now() + timeout;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
