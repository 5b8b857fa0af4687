/**
 * Article text from an HTML document, for the command line and tests: Mozilla Readability's
 * judgement over a linkedom document, with paragraphs kept as lines so sentence and chrome rules
 * see the same shape as in a plain-text article.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDay, publishedDate } from '../page/published';

const BLOCK = /^(?:P|H[1-6]|LI|BLOCKQUOTE|FIGCAPTION|PRE|TD|TH|DT|DD|DIV|SECTION|ARTICLE|HEADER|FOOTER|TR)$/;

/** Text of a node with block elements on their own lines. */
function blockText(node: Node): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'NOSCRIPT') return;
      if (el.tagName === 'BR') out.push('\n');
      const block = BLOCK.test(el.tagName);
      if (block) out.push('\n');
      for (const c of Array.from(n.childNodes)) walk(c);
      if (block) out.push('\n');
    }
  };
  walk(node);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

export interface ExtractedArticle {
  title: string;
  text: string;
  /** The publication date the page states (YYYY-MM-DD), when it states one. */
  date?: string;
}

/** Extracts the article (title, then body) from HTML; throws when no article can be found. */
export function extractArticle(html: string): ExtractedArticle {
  if (!html.trim() || html.includes('\u0000')) throw new Error('binary or empty HTML, expected an HTML page');
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article || !article.content) throw new Error('no article found in the HTML');
  const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const text = blockText(body.body as unknown as Node);
  const title = (article.title ?? '').trim();
  const full = title && !text.startsWith(title) ? `${title}\n${text}` : text;
  if (!full.trim()) throw new Error('the article has no text');
  const date = isoDay(article.publishedTime) ?? publishedDate(document as unknown as Document);
  return { title, text: full, ...(date ? { date } : {}) };
}
