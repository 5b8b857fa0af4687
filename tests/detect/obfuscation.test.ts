import { describe, expect, test } from 'vitest';
import { expectActor, findings } from '../helpers/find';

describe('obfuscation: words broken on purpose', () => {
  test.each([
    ['التحالف الدولي يجدد ثقته بـ قسد في ظل تنامي قـ.ـوة دا.عـ.ـش والتنظـ.ـمات المتطـ.ـرفة الأخرى', ['قـ.ـوة', 'دا.عـ.ـش', 'والتنظـ.ـمات', 'المتطـ.ـرفة']], // 004
    ['مع بدء انسحاب القـ.ـوات الأمريكية من العراق', ['القـ.ـوات']], // 003
    ['خلق ثغرات تسمح لخلايا النظام والملـ ـيشيات الإيرانية', ['والملـ ـيشيات']], // 000
    ['عناصر دا\u200bعش', ['دا\u200bعش']],
    ['عادت ميليشيا ق*س*د المرتبطة بالاحتلال الأميركي إلى تهديد المدارس', ['ق*س*د']], // Tishreen, 2022: asterisks between letters
    ['أعلن عن انشقاق عناصر ﺩﺍﻋﺶ في الريف', ['ﺩﺍﻋﺶ']], // letters in presentation forms inside an ordinary text
  ])('«%s»', (text, expected) => {
    expect(findings(text, 'obfuscation').map((f) => f.text)).toEqual(expected);
  });

  test('the joined word is reported, with the actor it names', () => {
    const f = findings('في ظل تنامي قوة دا.عـ.ـش', 'obfuscation')[0];
    expect(f).toMatchObject({ joined: 'داعش', actor: 'isis' });
  });

  test('and the broken word still counts as a mention and a label target', () => {
    const text = 'عن زيادة تدابيرها الأمنية ضد خلايا داعـ.ـش الإرهابية';
    expect(findings(text, 'framing')[0]).toMatchObject({ text: 'الإرهابية', actor: 'isis' });
  });

  test('«ميليشيا ق*س*د» is the SDF, the name read through the asterisks (Tishreen, 2022)', () => {
    expectActor('عادت ميليشيا ق*س*د المرتبطة بالاحتلال الأميركي إلى تهديد المدارس', 'ميليشيا', 'sdf');
  });

  test.each([
    'التحالف الدولي يجدد ثقته بـ قسد',
    'قال **قسد** إن 5* قتلى سقطوا',
    'انظر الملاحظة*',
    'يجدد ثقته بـ"القوات"',
    'في ريف دير الزور الشرقي..واندلعت اشتباكات',
    'نفذته قيادة التحالف الدولي، أمس اﻷربعاء، ﻻ يمكن فصله عن ثﻼثة أحداث',
  ])('no obfuscation in «%s»', (text) => {
    expect(findings(text, 'obfuscation')).toEqual([]);
  });
});
