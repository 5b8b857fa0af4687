/**
 * Content script: runs by itself on the curated news sites (its `matches` are filled in from
 * seeds/sites.json by wxt.config.ts) and on sites the reader granted, and is injected on
 * request anywhere else. All the work is in `ContentController`.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ContentController } from './controller';

/** Marks the isolated world so a second injection does not start a second controller. */
const RUNNING = Symbol.for('adasa.content');

export default defineContentScript({
  matches: [],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const world = globalThis as { [RUNNING]?: boolean };
    if (world[RUNNING]) return;
    world[RUNNING] = true;
    ctx.onInvalidated(() => {
      world[RUNNING] = false;
    });
    await new ContentController(ctx).start();
  },
});
