/**
 * The content script's long-lived port to the background (entrypoints/content/channel.ts):
 * its name, and what goes over it. Kept free of zod so the content script stays small; the
 * background reads every request through the `ContentToBackground` schema all the same.
 */
import type { Result } from './result';

/** The name the content script's port is opened with. */
export const ANALYSIS_PORT = 'adasa-analysis';

/** A message on the port, numbered so its reply finds it. */
export interface PortRequest {
  id: number;
  msg: unknown;
}

/** The reply to request `id`. */
export interface PortReply {
  id: number;
  result: Result<unknown>;
}
