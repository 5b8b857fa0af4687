/** Types for server.mjs (used by the unit tests in TypeScript). */
export type Served = string | { html: string; headers: Record<string, string> };
export function readabilityPages(): string[];
export function readabilityHtml(name: string): string;
export function startServer(extra?: Record<string, Served>): Promise<{ port: number; set(path: string, page: Served): void; close(): Promise<void> }>;
