/**
 * The JSON report: the engine's report schema as it is (every finding anchored by its exact
 * quote with prefix and suffix, and its offsets), with the analysed text included when known
 * so the offsets can be checked against it. Validated before it is written.
 */
import { Report } from '../model/report';

/** Builds the JSON file; throws if the report does not match the schema or the text. */
export function buildJsonExport(report: Report, text?: string): string {
  const full = Report.parse(text === undefined ? report : { ...report, text });
  if (text !== undefined) {
    for (const f of full.findings) {
      if (text.slice(f.start, f.end) !== f.text) throw new Error(`finding ${f.id} does not match the text at ${f.start}–${f.end}`);
    }
  }
  return `${JSON.stringify(full, null, 2)}\n`;
}
