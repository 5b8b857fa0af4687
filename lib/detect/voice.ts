/**
 * Voice: the outlet speaking as a party — first-person plural outside quotation marks
 * («أوقعت قواتنا», seed 004), usually a press release pasted in without attribution — or as one
 * of the people it reports on («شعبنا», «أهلنا»), which credits no party. The same words inside a
 * quotation or clearly reported speech are a quote, not the outlet's voice.
 */
import type { Ctx } from '../resolve';
import type { Hit } from '../terms/matcher';
import type { ActorId } from '../model/report';
import { nameStart, recentMention, type Found } from '../resolve/targets';
import { DRAFT, note, type Detector, type Draft } from './draft';

const VOICE_WEIGHT = 1.5;

/** How many words back the party speaking may have been named. */
const SPEAKER_REACH = 80;

/**
 * The one party the outlet speaks as, in the first person outside quotation marks and reported
 * speech («ارتقى أحد مقاتلينا», «وحداتنا»); none if it speaks as none or as two.
 */
export function spokenAs(ctx: Ctx): ActorId | undefined {
  const entries = ctx.lex.list.voice ?? [];
  let side: ActorId | undefined;
  for (const hit of ctx.hits.get('voice') ?? []) {
    if (!outletsOwn(ctx, hit) || entries[hit.index]?.people) continue;
    const a = speakingParty(ctx, hit)?.actor;
    if (!a) continue;
    if (side !== undefined && side !== a) return undefined;
    side = a;
  }
  return side;
}

export const detectVoice: Detector = (ctx) => {
  const out: Draft[] = [];
  const entries = ctx.lex.list.voice ?? [];
  for (const hit of ctx.hits.get('voice') ?? []) {
    if (!outletsOwn(ctx, hit)) continue;
    const entry = entries[hit.index];
    const speaker = entry?.people ? undefined : speakingParty(ctx, hit);
    out.push({
      ...DRAFT,
      kind: 'voice',
      s: hit.s,
      e: hit.e,
      t0: hit.t0,
      t1: hit.t1,
      severity: 'high',
      ...note(ctx, entry?.people ? 'voice-people' : 'voice'),
      ...(speaker ? { actor: speaker.actor, how: speaker.how } : {}),
      term: entry?.id,
      category: 'voice',
      direction: 'favour',
      quoted: false,
      weight: VOICE_WEIGHT,
    });
  }
  return out;
};

/** A first person in the article's own text: not page chrome, a quotation or reported speech. */
function outletsOwn(ctx: Ctx, hit: Hit): boolean {
  return !ctx.chrome[hit.t0] && ctx.st.quote[hit.t0] < 0 && !ctx.attr.at(hit.t0).reported;
}

/**
 * The party whose forces «قواتنا» are: the one named right after it, set off by a comma
 * («تمكّنت قواتنا، قوات سوريا الديمقراطية،»), else the one named last before it — unless the text
 * names that one as the attacker of «ours» («طائرتين تابعتين لحكومة دمشق استهدفتا إحدى نقاطنا»)
 * or through a label of its own («مسلحو حكومة دمشق … ارتقى أحد مقاتلينا»): an outlet does not
 * speak as the party it brands or reports attacking it. No party then.
 */
export function speakingParty(ctx: Ctx, hit: Hit): Found | undefined {
  const { st, toks } = ctx;
  if (hit.t1 < toks.count && st.sentence[hit.t1] === st.sentence[hit.t0] && st.clause[hit.t1] !== st.clause[hit.t0]) {
    const a = ctx.refs.refAt(hit.t1);
    if (a) return { actor: a, t: hit.t1, how: 'following' };
  }
  const r = recentMention(ctx, hit.t0, SPEAKER_REACH);
  if (!r) return undefined;
  const start = nameStart(ctx, r.t);
  if (start > 0 && ctx.hasHit('labels', start - 1)) return undefined;
  // «عملياتها ضد خلايا داعش»: nor as the party its forces fight.
  for (let k = start - 1; k >= 0 && k >= start - 2 && ctx.st.clause[k] === ctx.st.clause[start]; k--) if (ctx.is(k, ctx.lex.wordLists['against-words'])) return undefined;
  for (let t = r.t + 1; t < hit.t0; t++) if (ctx.is(t, ctx.lex.wordLists['attack-verbs'])) return undefined;
  return r;
}
