import { FINDING_KINDS, type Finding } from '../lib/model/report';
import { kindName, type Lang } from '../lib/ext/i18n';
import { tt } from '../lib/teacher/i18n';
import { findingKey, toggleKind, toggleShortlist, type Lesson } from '../lib/teacher/lesson';
import { passage } from '../lib/teacher/presenter';

export interface LessonPanelProps {
  /** Every finding of the article, in reading order. */
  findings: readonly Finding[];
  text?: string;
  lesson: Lesson;
  lang: Lang;
  onChange(lesson: Lesson): void;
  onDone(): void;
}

/**
 * Preparing a lesson before class: which kinds the presenter shows, and a shortlist of the
 * findings to walk through (none ticked: all of the kinds chosen). The page keeps both with
 * the article.
 */
export default function LessonPanel({ findings, text, lesson, lang, onChange, onDone }: LessonPanelProps) {
  const picked = new Set(lesson.shortlist);
  const shownKinds = new Set(lesson.kinds);
  return (
    <section class="lesson-panel" data-testid="lesson-panel" aria-labelledby="lesson-title">
      <h2 id="lesson-title">{tt(lang, 'prepare')}</h2>
      <p class="hint">{tt(lang, 'prepareHelp')}</p>
      <fieldset class="lesson-kinds">
        <legend>{tt(lang, 'kindsShown')}</legend>
        {FINDING_KINDS.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={shownKinds.has(k)} onChange={() => onChange(toggleKind(lesson, k))} data-kind={k} /> {kindName(lang, k)} (
            {findings.filter((f) => f.kind === k).length})
          </label>
        ))}
      </fieldset>
      <fieldset class="lesson-shortlist">
        <legend>
          {tt(lang, 'shortlist')} ({lesson.shortlist.length})
        </legend>
        {lesson.shortlist.length === 0 && <p class="hint">{tt(lang, 'shortlistNone')}</p>}
        <ol>
          {findings
            .filter((f) => shownKinds.has(f.kind))
            .map((f) => {
              const key = findingKey(f);
              const p = passage(f, text, 70);
              return (
                <li key={key}>
                  <label>
                    <input type="checkbox" checked={picked.has(key)} onChange={() => onChange(toggleShortlist(lesson, key))} data-key={key} />{' '}
                    <span class="lesson-kind">{kindName(lang, f.kind)}</span>{' '}
                    <bdi class="lesson-quote" lang="ar" dir="rtl">
                      {p.before}
                      <b>{p.match}</b>
                      {p.after}
                    </bdi>
                  </label>
                </li>
              );
            })}
        </ol>
      </fieldset>
      <div class="lesson-buttons">
        <button type="button" onClick={() => onChange({ ...lesson, shortlist: [] })} disabled={lesson.shortlist.length === 0} data-testid="clear-shortlist">
          {tt(lang, 'clearShortlist')}
        </button>
        <button type="button" class="primary" onClick={onDone} data-testid="lesson-done">
          {tt(lang, 'done')}
        </button>
      </div>
    </section>
  );
}
