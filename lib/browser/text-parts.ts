/**
 * The parts of a page's long text, sent ahead of its `content:analyze` so that no task of the
 * page serialises a megabyte at once, joined again here. Messages may cross in any order, so
 * the parts are numbered and the join waits for each of them (for a while, then gives up).
 */

/** How long a join waits for a part that has not come. */
const WAIT_MS = 30_000;

interface Pending {
  parts: string[];
  /** Wakes a join waiting for more parts. */
  arrived: (() => void) | null;
}

export class TextParts {
  private readonly pending = new Map<string, Pending>();

  /** Keeps part `index` of the text of a tab's page segment. */
  add(tabId: number, page: string, segment: string, index: number, text: string): void {
    const p = this.entry(keyOf(tabId, page, segment));
    p.parts[index] = text;
    p.arrived?.();
  }

  /** The first `count` parts joined, once all have come; they are forgotten. */
  async join(tabId: number, page: string, segment: string, count: number): Promise<string> {
    const key = keyOf(tabId, page, segment);
    const p = this.entry(key);
    const deadline = Date.now() + WAIT_MS;
    while (!complete(p.parts, count)) {
      if (Date.now() >= deadline) {
        this.pending.delete(key);
        throw new Error('a part of the text did not come');
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, deadline - Date.now());
        p.arrived = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      p.arrived = null;
    }
    this.pending.delete(key);
    return p.parts.slice(0, count).join('');
  }

  /** Forgets a tab's parts (the tab closed). */
  dropTab(tabId: number): void {
    for (const key of this.pending.keys()) if (key.startsWith(`${tabId}:`)) this.pending.delete(key);
  }

  private entry(key: string): Pending {
    let p = this.pending.get(key);
    if (!p) this.pending.set(key, (p = { parts: [], arrived: null }));
    return p;
  }
}

function keyOf(tabId: number, page: string, segment: string): string {
  return `${tabId}:${page}:${segment}`;
}

function complete(parts: readonly (string | undefined)[], count: number): boolean {
  for (let i = 0; i < count; i++) if (parts[i] === undefined) return false;
  return true;
}
