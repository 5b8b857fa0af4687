/** Types for news-page.mjs (used by the unit tests in TypeScript). */
export interface Seed {
  id: string;
  file: string;
  lines: string[];
}
export const SEED_HOSTS: Record<string, { host: string; outlet: string }>;
export const CAPTION: string;
export const PAGE_DATE: string;
export function seeds(): Seed[];
export function seedPage(seed: Seed): { html: string; expected: string; headline: string; date: string };
