/**
 * The page as it is shown, not as it is nested: text inside an open shadow root is shown in
 * place of its host's children (slotted children where its `<slot>`s are), and a same-origin
 * `<iframe>` (including `srcdoc`) shows its own document's body. Reading, choosing the article,
 * watching for changes and painting all walk this tree, so an article built from web components
 * or embedded in a frame is read like any other. Closed shadow roots and frames from another
 * origin stay out of reach, as they are for the page's own scripts.
 */

/** The body of a frame's document when the page may read it (same origin, loaded), else null. */
export function frameBody(el: Element): HTMLElement | null {
  if (el.tagName.toUpperCase() !== 'IFRAME') return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc?.body ?? null;
  } catch {
    // A frame from another origin throws in some browsers instead of answering null.
    return null;
  }
}

/** An element's open shadow root, if it has one. */
export function shadowOf(el: Element): ShadowRoot | null {
  return (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

/**
 * The nodes shown as an element's children: its frame's body, its shadow root's children, the
 * nodes assigned to a slot (or the slot's fallback content), or its own children.
 */
export function shownChildren(el: Element): ArrayLike<Node> & Iterable<Node> {
  const shadow = shadowOf(el);
  if (shadow) return shadow.childNodes;
  if (el.tagName.toUpperCase() === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
    if (assigned.length > 0) return assigned;
    return el.childNodes;
  }
  const body = frameBody(el);
  if (body) return [body];
  return el.childNodes;
}

/** Whether an element shows something other than its own children (a host, a slot, a frame). */
export function isPassage(el: Element): boolean {
  return shadowOf(el) !== null || frameBody(el) !== null;
}

/**
 * The element a node is shown in: its parent element, or, at the top of a shadow tree (and for
 * the shadow root itself), the host, or, at the top of a frame's document, the frame element.
 */
export function shownParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  if (node.nodeType === 11) return (node as ShadowRoot).host ?? null;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11 /* DOCUMENT_FRAGMENT */) return (parent as ShadowRoot).host ?? null;
  if (parent.nodeType === 9 /* DOCUMENT */) {
    try {
      return ((parent as Document).defaultView?.frameElement as Element | null) ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Whether `node` is shown inside `root` (across shadow roots and frames). */
export function showsInside(root: Node, node: Node): boolean {
  if (root.contains(node)) return true;
  for (let n: Node | null = shownParent(node) ?? null; n; n = shownParent(n)) if (n === root) return true;
  return false;
}

/** The offset that turns a frame's viewport coordinates into the top document's. */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let d: Document | null = doc; d;) {
    let frame: Element | null;
    try {
      frame = d.defaultView?.frameElement ?? null;
    } catch {
      frame = null;
    }
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    x += r.left + frame.clientLeft;
    y += r.top + frame.clientTop;
    d = frame.ownerDocument;
  }
  return { x, y };
}

/**
 * Document order across shadow roots and frames: a node inside a host's shadow root or a
 * frame comes where its host or frame is (after the host's own start). Negative when `a`
 * comes first.
 */
export function compareShown(a: Node, b: Node): number {
  if (a === b) return 0;
  const pa = pathOf(a);
  const pb = pathOf(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    return pa[i].compareDocumentPosition(pb[i]) & 4 /* FOLLOWING */ ? -1 : 1;
  }
  return pa.length - pb.length;
}

/** The node, preceded by the hosts and frames that show it, outermost first. */
function pathOf(node: Node): Node[] {
  const out = [node];
  for (let n: Node = node; ;) {
    const root = n.getRootNode();
    const up = root.nodeType === 11 ? (root as ShadowRoot).host : root.nodeType === 9 ? shownParent((root as Document).documentElement ?? root) : null;
    if (!up) return out;
    out.unshift(up);
    n = up;
  }
}
