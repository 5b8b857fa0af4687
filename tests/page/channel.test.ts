// The content script's port to the background: requests answered by id, and a request still
// waiting when the port closes goes again by sendMessage.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { BackgroundChannel } from '../../entrypoints/content/channel';
import { ANALYSIS_PORT, type PortRequest } from '../../lib/ext/port';

/** A port the test drives: what was posted on it, and its two events. */
function fakePort(name: string) {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const posted: PortRequest[] = [];
  const port = {
    name,
    posted,
    postMessage: (m: PortRequest) => void posted.push(m),
    disconnect: vi.fn(),
    onMessage: { addListener: (f: (m: unknown) => void) => void onMessage.push(f) },
    onDisconnect: { addListener: (f: () => void) => void onDisconnect.push(f) },
    reply: (m: unknown) => onMessage.forEach((f) => f(m)),
    drop: () => onDisconnect.forEach((f) => f()),
  };
  return port;
}
type FakePort = ReturnType<typeof fakePort>;

function opened(): FakePort[] {
  const ports: FakePort[] = [];
  vi.spyOn(browser.runtime, 'connect').mockImplementation(((info?: { name?: string }) => {
    const p = fakePort(info?.name ?? '');
    ports.push(p);
    return p;
  }) as unknown as typeof browser.runtime.connect);
  return ports;
}

const pending = Symbol('pending');
const settled = async (p: Promise<unknown>) => Promise.race([p, new Promise((r) => setTimeout(() => r(pending), 0))]);

describe('BackgroundChannel', () => {
  afterEach(() => vi.restoreAllMocks());

  test('a request goes over one port, named, and resolves with the reply carrying its id', async () => {
    const ports = opened();
    const channel = new BackgroundChannel();
    const a = channel.request({ type: 'content:analyze', n: 1 });
    const b = channel.request({ type: 'content:analyze', n: 2 });
    expect(ports).toHaveLength(1);
    expect(ports[0].name).toBe(ANALYSIS_PORT);
    const [first, second] = ports[0].posted;
    expect(first.msg).toEqual({ type: 'content:analyze', n: 1 });
    expect(first.id).not.toBe(second.id);
    ports[0].reply({ id: second.id, result: { ok: true, value: 'two' } });
    expect(await settled(a)).toBe(pending);
    expect(await b).toEqual({ ok: true, value: 'two' });
    ports[0].reply({ id: 999, result: { ok: true, value: 'nobody asked' } });
    expect(await settled(a)).toBe(pending);
    ports[0].reply({ id: first.id, result: { ok: true, value: 'one' } });
    expect(await a).toEqual({ ok: true, value: 'one' });
  });

  test('when the port closes, a waiting request goes again by sendMessage, and the next one opens a new port', async () => {
    const ports = opened();
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true, value: 'by message' }));
    const channel = new BackgroundChannel();
    const waiting = channel.request({ type: 'content:analyze', n: 1 });
    ports[0].drop();
    expect(send).toHaveBeenCalledWith({ type: 'content:analyze', n: 1 });
    expect(await waiting).toEqual({ ok: true, value: 'by message' });
    void channel.request({ type: 'content:analyze', n: 2 });
    expect(ports).toHaveLength(2);
    expect(ports[1].posted[0].msg).toEqual({ type: 'content:analyze', n: 2 });
  });

  test('where no port can be opened, requests go by sendMessage', async () => {
    vi.spyOn(browser.runtime, 'connect').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true, value: 'by message' }));
    const channel = new BackgroundChannel();
    expect(await channel.request({ type: 'content:analyze' })).toEqual({ ok: true, value: 'by message' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('close disconnects the port', () => {
    const ports = opened();
    const channel = new BackgroundChannel();
    channel.open();
    channel.close();
    expect(ports[0].disconnect).toHaveBeenCalled();
  });
});
