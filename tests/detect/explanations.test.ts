/**
 * A card's explanation fits the words actually found: naming the army after a family, calling a
 * national army a militia or a gang, and calling it the "regime's" army are three different
 * verdicts, each with its own explanation.
 */
import { describe, expect, test } from 'vitest';
import { findingOn } from '../helpers/find';

describe('framing explanations follow the form matched', () => {
  test.each([
    // [phrase, loaded words, term, a phrase its English explanation must hold, one it must not]
    ['وقصفت قوات الأسد ريف المدينة', 'قوات الأسد', 'assad-forces', 'a family', 'militia'],
    ['وقال إن نظام الأسد يتحمل المسؤولية', 'نظام الأسد', 'assad-forces', 'a family', 'militia'],
    ['ويحارب التنظيم ضد ميليشيا أسد وميليشيات "الحشد الشعبي" العراقي.', 'ميليشيا أسد', 'assad-militia', 'militia or a gang', 'regime'],
    ['وهاجمت ميليشيا الأسد القرية', 'ميليشيا الأسد', 'assad-militia', 'standing of an army', 'regime'],
    ['وانتشرت عصابات الأسد في الحي', 'عصابات الأسد', 'assad-militia', 'gang', 'regime'],
    ['وتقدمت قوات النظام نحو البلدة', 'قوات النظام', 'regime-forces', '“regime”', 'family'],
    ['وانسحب جيش النظام من المدينة', 'جيش النظام', 'regime-forces', 'standing of a state', 'family'],
  ])('«%s»: %s → %s', (text, word, term, holds, lacks) => {
    const f = findingOn(text, 'framing', word);
    expect(f, text).toBeDefined();
    expect(f!.term).toBe(term);
    expect(f!.actor).toBe('assad_regime');
    expect(f!.explanation.en).toContain(holds);
    expect(f!.explanation.en).not.toContain(lacks);
    expect(f!.explanation.ar.length).toBeGreaterThan(20);
  });
});
