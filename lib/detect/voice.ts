/**
 * Voice: the outlet speaking as a party — first-person plural outside quotation marks
 * («أوقعت قواتنا», seed 004), usually a press release pasted in without attribution. The same
 * words inside a quotation or clearly reported speech are a quote, not the outlet's voice.
 */
import { recentMention } from '../resolve/targets';
import { note, type Detector, type Draft } from './draft';

const VOICE_WEIGHT = 1.5;

export const detectVoice: Detector = (ctx) => {
  const { attr } = ctx;
  const out: Draft[] = [];
  for (const hit of ctx.hits.get('voice') ?? []) {
    if (ctx.chrome[hit.t0] || ctx.st.quote[hit.t0] >= 0) continue;
    if (attr.at(hit.t0).reported) continue;
    const speaker = recentMention(ctx, hit.t0, 80);
    out.push({
      kind: 'voice',
      s: hit.s,
      e: hit.e,
      t0: hit.t0,
      t1: hit.t1,
      severity: 'high',
      ...note(ctx, 'voice'),
      ...(speaker ? { actor: speaker.actor, how: speaker.how } : {}),
      term: (ctx.lex.list.voice ?? [])[hit.index]?.id,
      category: 'voice',
      direction: 'favour',
      quoted: false,
      weight: VOICE_WEIGHT,
    });
  }
  return out;
};
