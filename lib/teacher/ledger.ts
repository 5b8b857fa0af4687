/**
 * The actor-label ledger: for each actor, every name each article uses for it (the engine's
 * `names`, loaded ones flagged) beside the neutral reference name. It only lines up what the
 * engine reported; nothing is re-detected here.
 */
import type { ActorId, ActorName, Bilingual, Report } from '../model/report';

/** What one article calls an actor. */
export interface LedgerSide {
  names: ActorName[];
  mentions: number;
  /** How many of those mentions use a loaded name. */
  loaded: number;
}

/** One actor across the articles: `sides[i]` is article i's naming, null if it never names it. */
export interface LedgerRow {
  id: ActorId;
  /** The neutral reference name (the engine's name for the actor). */
  reference: Bilingual;
  sides: (LedgerSide | null)[];
}

function side(report: Report, id: ActorId): LedgerSide | null {
  const a = report.actors.find((x) => x.id === id);
  if (!a || a.names.length === 0) return null;
  const names = [...a.names].sort((x, y) => y.count - x.count || Number(y.loaded) - Number(x.loaded) || x.text.localeCompare(y.text, 'ar'));
  return { names, mentions: a.mentions, loaded: names.filter((n) => n.loaded).reduce((n, x) => n + x.count, 0) };
}

/**
 * The ledger of several reports: one row per actor named in any of them, actors named in more
 * of the articles first, then by how often they are named in all.
 */
export function actorLedger(reports: readonly Report[]): LedgerRow[] {
  const ids: ActorId[] = [];
  const reference = new Map<ActorId, Bilingual>();
  for (const r of reports) {
    for (const a of r.actors) {
      if (!reference.has(a.id)) {
        reference.set(a.id, a.name);
        ids.push(a.id);
      }
    }
  }
  const rows = ids.map((id) => ({ id, reference: reference.get(id)!, sides: reports.map((r) => side(r, id)) }));
  const present = (row: LedgerRow) => row.sides.filter(Boolean).length;
  const total = (row: LedgerRow) => row.sides.reduce((n, s) => n + (s?.names.reduce((m, x) => m + x.count, 0) ?? 0), 0);
  return rows.filter((row) => present(row) > 0).sort((a, b) => present(b) - present(a) || total(b) - total(a) || a.id.localeCompare(b.id));
}
