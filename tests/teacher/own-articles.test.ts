import { describe, expect, test } from 'vitest';
import { draftProblems, MAX_ARTICLES, newOwnId, ownArticlesFrom, ownTitle, removeOwn, saveDraft } from '../../lib/teacher/own-articles';
import { parseRef, refSlug, refString, viewParam, presenterUrl } from '../../lib/teacher/routes';

const good = { id: 'abcd1234', title: 'عنوان', outlet: 'منفذ', date: '2019-10-12', text: 'نص المقال', saved: 5 };

describe('own articles read back from storage', () => {
  test('a good entry is kept as is', () => {
    expect(ownArticlesFrom([good])).toEqual([good]);
  });
  test('anything but a list is no article', () => {
    for (const v of [null, undefined, 'x', 3, { 0: good }]) expect(ownArticlesFrom(v)).toEqual([]);
  });
  test('entries without a usable id or text are dropped, repeated ids kept once', () => {
    const list = ownArticlesFrom([{ ...good, id: 'BAD ID' }, { ...good, text: '   ' }, { ...good, text: 7 }, good, { ...good, title: 'again' }, 'junk', null]);
    expect(list).toEqual([good]);
  });
  test('other fields fall back one by one', () => {
    const [a] = ownArticlesFrom([{ ...good, title: { evil: 1 }, outlet: 'x'.repeat(5000), date: '12/10/2019', saved: 'now', address: 42 }]);
    expect(a).toEqual({ id: good.id, title: '', outlet: '', date: '', text: good.text, saved: 0 });
  });
  test('one-line fields lose line breaks and control characters; markup stays text to be escaped', () => {
    const [a] = ownArticlesFrom([{ ...good, title: ' <b>a</b>\n\u0000b ' }]);
    expect(a.title).toBe('<b>a</b> b');
  });
  test('at most MAX_ARTICLES are read', () => {
    const many = Array.from({ length: MAX_ARTICLES + 10 }, (_, i) => ({ ...good, id: `id${String(i).padStart(4, '0')}` }));
    expect(ownArticlesFrom(many)).toHaveLength(MAX_ARTICLES);
  });
});

describe('saving and deleting', () => {
  test('a draft is checked', () => {
    expect(draftProblems({ title: '', outlet: '', date: '', text: ' ' })).toEqual(['needText']);
    expect(draftProblems({ title: '', outlet: '', date: '2019-13-01', text: 'x' })).toEqual(['badDate']);
    expect(draftProblems({ title: '', outlet: '', date: '', text: 'x' })).toEqual([]);
  });
  test('new first, edits in place, CRLF becomes LF, delete removes', () => {
    let list = saveDraft([], 'aaaa0001', { title: 't1', outlet: '', date: '', text: 'a\r\nb' }, 1);
    list = saveDraft(list, 'aaaa0002', { title: 't2', outlet: '', date: '', text: 'c' }, 2);
    expect(list.map((a) => a.id)).toEqual(['aaaa0002', 'aaaa0001']);
    expect(list[1].text).toBe('a\nb');
    list = saveDraft(list, 'aaaa0001', { title: 'edited', outlet: 'o', date: '', text: 'a\nb' }, 3);
    expect(list.map((a) => [a.id, a.title, a.saved])).toEqual([
      ['aaaa0002', 't2', 2],
      ['aaaa0001', 'edited', 3],
    ]);
    expect(removeOwn(list, 'aaaa0002').map((a) => a.id)).toEqual(['aaaa0001']);
  });
  test('ids parse as references', () => {
    const id = newOwnId(1_700_000_000_000, () => 0.5);
    expect(parseRef(`own:${id}`)).toEqual({ kind: 'own', id });
    expect(refString({ kind: 'own', id })).toBe(`own:${id}`);
    expect(refSlug({ kind: 'own', id })).toBe(`own-${id}`);
    expect(parseRef('own:<x>')).toBeNull();
  });
  test('a title from the text when none was given', () => {
    expect(ownTitle({ title: '', text: '\nأول سطر\nثاني' })).toBe('أول سطر');
  });
});

describe('the student view in addresses', () => {
  test('?view=student and nothing else', () => {
    expect(viewParam('?view=student')).toBe('student');
    expect(viewParam('?view=teacher')).toBe('teacher');
    expect(viewParam('?view=<script>')).toBe('teacher');
    expect(presenterUrl({ kind: 'seed', id: '003' }, { view: 'student' })).toBe('presenter.html?article=seed%3A003&view=student');
    expect(presenterUrl({ kind: 'seed', id: '003' }, { view: 'teacher' })).toBe('presenter.html?article=seed%3A003');
  });
});
