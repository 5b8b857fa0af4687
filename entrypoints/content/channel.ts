/**
 * The page's analysis requests go to the background over one long-lived port, opened when the
 * content script starts (while the article is still being found). A `runtime.sendMessage`
 * opens a channel of its own, has it answered and closes it: on seed 003 in Chromium, the
 * request and its reply took 27 ms (median, busy machine) besides the background's own work,
 * and 14 ms on an open port. The port closes when the background's worker stops or the
 * extension is reloaded: a request still waiting then goes again by `sendMessage`, and the
 * next request opens a new port.
 */
import { browser, type Browser } from 'wxt/browser';
import { ANALYSIS_PORT, type PortReply, type PortRequest } from '../../lib/ext/port';

export class BackgroundChannel {
  private port: Browser.runtime.Port | null = null;
  private next = 0;
  /** Requests sent on the port and not yet answered, by id: the message, and what settles it. */
  private readonly waiting = new Map<number, [unknown, (reply: unknown) => void]>();

  /** The open port, opened now if it is not (null where it cannot be). */
  open(): Browser.runtime.Port | null {
    if (this.port) return this.port;
    try {
      const port = browser.runtime.connect({ name: ANALYSIS_PORT });
      port.onMessage.addListener((reply: PortReply) => {
        const waiting = this.waiting.get(reply?.id);
        this.waiting.delete(reply?.id);
        waiting?.[1](reply.result);
      });
      port.onDisconnect.addListener(() => {
        if (this.port === port) this.port = null;
        // Unanswered requests go again by sendMessage.
        for (const [msg, settle] of this.waiting.values()) settle(browser.runtime.sendMessage(msg));
        this.waiting.clear();
      });
      this.port = port;
    } catch {
      // No port (the extension was reloaded): requests go by sendMessage.
    }
    return this.port;
  }

  /** Sends a message and resolves with the background's reply (a `Result`, unread). */
  request(msg: unknown): Promise<unknown> {
    const port = this.open();
    const id = this.next++;
    try {
      port!.postMessage({ id, msg } satisfies PortRequest);
      return new Promise((settle) => this.waiting.set(id, [msg, settle]));
    } catch {
      this.port = null;
      return browser.runtime.sendMessage(msg);
    }
  }

  /** Closes the port (the content script was invalidated). */
  close(): void {
    this.port?.disconnect();
    this.port = null;
  }
}
