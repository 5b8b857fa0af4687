/** Types for server.mjs (used by the unit tests in TypeScript). */
export function readabilityPages(): string[];
export function readabilityHtml(name: string): string;
export function startServer(extra?: Record<string, string>): Promise<{ port: number; set(path: string, html: string): void; close(): Promise<void> }>;
