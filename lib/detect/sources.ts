/**
 * Sources a reader should notice: vague attributions («مصادر محلية», «ناشطون», «أنباء»),
 * anonymous ones («اسم مستعار»), and evidence claimed but not shown («حالات موثقة ومؤكدة»
 * with nothing cited, seed 000).
 */
import type { SourceCandidate } from '../resolve/attribution';
import { LAM } from '../text/clitics';
import { DRAFT, note, type Detector, type Draft } from './draft';

export const detectSources: Detector = (ctx) => {
  const { attr } = ctx;
  const out: Draft[] = [];
  const { folded, reasonGiven } = foldMarkers(ctx);
  for (const c of attr.all) {
    if (folded.has(c)) continue;
    // «وأضافت المصادر أن …», «وأوضح المصدر ذاته»: an unnamed source named again is one more mention
    // of it, each the reader should see; one that names again a named source is that source.
    // (A word for any source carrying on the one cited last, «وأضاف المصدر», stands for whichever that was: not told here.)
    if (c.repeat && !c.refersTo) continue;
    // (A group named again with the name withheld stays so: «وقالت المصادر مفضلة عدم الكشف عن هويتها».)
    const cls = c.refersTo && c.refersTo.cls !== 'vague' ? c.refersTo.cls : c.cls;
    if (cls === 'named') continue;
    // (A source named again is the party's it names again: «مصادر في التحالف … وأضافت المصادر».)
    const actor = c.actor ?? c.refersTo?.actor;
    // «وقال حسو إن "معلومات وردت إلى الرفاق …"»: what a quoted speaker cites is part of their
    // words, not the outlet's sourcing.
    if (cls === 'vague' && ctx.st.quote[c.t0] >= 0 && attr.at(c.t0).cls === 'named') continue;
    out.push({
      ...DRAFT,
      kind: 'source',
      s: c.s,
      e: c.e,
      t0: c.t0,
      t1: c.t1,
      severity: cls === 'anonymous' ? 'medium' : 'low',
      ...note(ctx, reasonGiven.has(c) ? 'source-anonymous-reason' : `source-${cls}`),
      attribution: cls,
      ...(actor ? { actor } : {}),
      term: c.via,
      category: cls,
    });
  }
  for (const h of ctx.hits.get('unshownEvidence') ?? []) {
    if (ctx.chrome[h.t0]) continue;
    // Evidence that is cited is shown: skip sentences that name a source.
    const own = attr.bySentence.get(ctx.st.sentence[h.t0]) ?? [];
    if (own.some((c) => c.cls === 'named')) continue;
    out.push({
      ...DRAFT,
      kind: 'source',
      s: h.s,
      e: h.e,
      t0: h.t0,
      t1: h.t1,
      severity: 'medium',
      ...note(ctx, 'source-unshown'),
      attribution: 'none',
      term: (ctx.lex.list.unshownEvidence ?? [])[h.index]?.id,
      category: 'unshown-evidence',
    });
  }
  return out.sort((a, b) => a.s - b.s);
};

/** Whether the source at `t` is what words were told to: «لـ”سوريا على طول”», «لفرانس برس» (where «برس» may stand for the name alone). */
function toldTo(ctx: Parameters<Detector>[0], t: number): boolean {
  return ctx.word(t).startsWith(LAM) || (t > 0 && ctx.word(t - 1).startsWith(LAM) && ctx.st.clause[t - 1] === ctx.st.clause[t]);
}

/** Markers at most this many words after the source whose name they withhold. */
const MARKER_REACH = 8;

/**
 * «مصدر عسكري، رفض الكشف عن اسمه لأسباب أمنية»: the markers that withhold a source's name are
 * part of that one anonymous source, not sources of their own; «لأسباب أمنية» among them is the
 * reason given, which the source's note says. (The set returned holds the markers that are no
 * finding of their own.)
 */
function foldMarkers(ctx: Parameters<Detector>[0]): { folded: Set<SourceCandidate>; reasonGiven: Set<SourceCandidate> } {
  const folded = new Set<SourceCandidate>();
  const reasonGiven = new Set<SourceCandidate>();
  const markers = ctx.lex.list.anonymousMarkers ?? [];
  let person: SourceCandidate | undefined;
  for (const c of ctx.attr.all) {
    if (c.via !== 'anonymous') {
      // «وقال المصدر لفرانس برس طالبا عدم كشف هويته», «مصدر عسكري تابع للحكومة الانتقالية، رفض الكشف
      // عن اسمه»: a name after «لـ», whom the source told or whose it is, stands between the source
      // and the marker withholding its name.
      if (person && c.cls === 'named' && toldTo(ctx, c.t0)) continue;
      person = c.cls === 'anonymous' ? c : undefined;
      continue;
    }
    const marker = ctx.hitEntry('anonymousMarkers', c.t0);
    const reason = marker >= 0 && markers[marker]?.givesReason === true;
    if (!person || ctx.st.sentence[person.t0] !== ctx.st.sentence[c.t0] || c.t0 - person.t1 > MARKER_REACH) {
      // «مدير معهد أغلقته الإدارة، تحفظ على ذكر اسمه لأسباب أمنية»: with no source word before it, the
      // marker withholding a name is the anonymous source, and the reason after it is that source's.
      // A reason no name is withheld for is no source («واستبعاد 3 محافظات لأسباب أمنية»).
      if (reason) folded.add(c);
      person = reason ? undefined : c;
      continue;
    }
    folded.add(c);
    if (reason) reasonGiven.add(person);
  }
  return { folded, reasonGiven };
}
