// A news page whose article is split across the places a plain walk of the document misses: a
// paragraph in the light DOM, one inside an open shadow root, one slotted into it, one in a
// `srcdoc` frame — and one inside a closed shadow root, which stays out of reach as it does for
// the page's own scripts. Used by the Chromium and Firefox suites alike.

/** The frame's document. */
const FRAME = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>
<p>وفي ريف الحسكة قال ناشطون إن مرتزقة داعش هاجموا نقطة تفتيش قرب الهول فجر الاثنين.</p>
</body></html>`;

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export const PASSAGES_HTML = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تقرير من الشمال الشرقي</title>
<script>
  customElements.define('news-body', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<p>وقالت مصادر محلية إن ميليشيا قسد اعتقلت 12 شاباً في ريف دير الزور الشرقي يوم الأحد.</p><slot></slot>';
    }
  });
  customElements.define('news-hidden', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      root.innerHTML = '<p>وذكرت صفحات محلية أن سلطة دمشق أرسلت تعزيزات إلى المنطقة في الأسبوع الماضي.</p>';
    }
  });
</script></head>
<body><main><article><h1>تطورات في دير الزور والحسكة</h1>
<p>تشهد مناطق شرق الفرات توتراً متصاعداً منذ أسابيع بين الأطراف المختلفة، وسط مخاوف السكان من تجدد المواجهات.</p>
<news-body><p>وأضافت المصادر أن الاحتلال الأمريكي نقل معدات إلى قاعدة الشدادي خلال الأيام الماضية.</p></news-body>
<news-hidden></news-hidden>
<iframe srcdoc="${escapeAttr(FRAME)}" style="width:100%;height:160px;border:0"></iframe>
</article></main></body></html>`;

/** The loaded words each place holds (the closed shadow root's must not be painted). */
export const IN_SHADOW = 'ميليشيا';
export const SLOTTED = 'الاحتلال';
export const IN_FRAME = 'مرتزقة';
export const IN_CLOSED = 'سلطة دمشق';

/**
 * Runs in the page: what Adasa painted in the document, in the open shadow root (and whether
 * the shadow root adopted its sheet), and in the frame (its own registry and sheet).
 */
export function probe() {
  const texts = (registry) => {
    const out = [];
    for (const [name, h] of registry) if (name.startsWith('adasa-') && name !== 'adasa-focus' && name !== 'adasa-flash') for (const r of h) out.push(r.toString());
    return out.sort();
  };
  const hasSheet = (target) => target.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('adasa-framing')));
  const host = document.querySelector('news-body');
  const frame = document.querySelector('iframe');
  const fwin = frame.contentWindow;
  return {
    top: texts(CSS.highlights),
    frame: fwin ? texts(fwin.CSS.highlights) : [],
    shadowSheet: hasSheet(host.shadowRoot),
    frameSheet: fwin ? hasSheet(fwin.document) : false,
    shadowHtml: host.shadowRoot.innerHTML,
    frameHtml: fwin ? fwin.document.documentElement.outerHTML : '',
  };
}

/** Runs in the page: adds a paragraph to the shadow root and one to the frame. */
export function addPosts() {
  const p = document.createElement('p');
  p.textContent = 'وأكد ناشطون أن عصابات الأسد قصفت قرية قرب معدان.';
  document.querySelector('news-body').shadowRoot.append(p);
  const doc = document.querySelector('iframe').contentDocument;
  const q = doc.createElement('p');
  q.textContent = 'وقال مراسلون إن ميليشيات إيران انسحبت من البوكمال.';
  doc.body.append(q);
}

/** Runs in the page: the centre of the first box of a painted range whose text is `text`, in page coordinates. */
export function boxOf(text) {
  const frame = document.querySelector('iframe');
  const registries = [[CSS.highlights, null]];
  if (frame.contentWindow) registries.push([frame.contentWindow.CSS.highlights, frame]);
  for (const [registry, fr] of registries) {
    for (const [, h] of registry) {
      for (const r of h) {
        if (r.toString() !== text) continue;
        const rect = r.getClientRects()[0];
        const off = fr ? fr.getBoundingClientRect() : { left: 0, top: 0 };
        return { x: off.left + rect.left + rect.width / 2, y: off.top + rect.top + rect.height / 2 };
      }
    }
  }
  return null;
}

/** Runs in the page: whether every word is painted somewhere (the page, its shadow root or its frame). */
export function paintedEverywhere(words) {
  const all = [];
  const registries = [CSS.highlights];
  const frame = document.querySelector('iframe');
  if (frame?.contentWindow) registries.push(frame.contentWindow.CSS.highlights);
  for (const reg of registries) for (const [name, h] of reg) if (name.startsWith('adasa-')) for (const r of h) all.push(r.toString());
  return words.every((w) => all.some((t) => t.includes(w)));
}
