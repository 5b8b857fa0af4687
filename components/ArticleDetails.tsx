import type { Lang } from '../lib/ext/i18n';
import type { LibraryEntry } from '../lib/teacher/library';
import { tt } from '../lib/teacher/i18n';
import HiddenAnswer from './HiddenAnswer';
import MixedText from './MixedText';
import { localized } from '../lib/ext/locales';

export interface ArticleDetailsProps {
  entry: LibraryEntry;
  lang: Lang;
  /** Include the teacher's notes (the library's reading view) or not (compact lists). */
  notes?: boolean;
  /** The student view before the reveal: the leaning and the notes are kept back. */
  hideAnswers?: boolean;
}

/** What is known about a demo article: outlet, byline, date, genre, leaning and notes. */
export default function ArticleDetails({ entry, lang, notes = false, hideAnswers = false }: ArticleDetailsProps) {
  return (
    <dl class="details">
      <div>
        <dt>{tt(lang, 'outlet')}</dt>
        <dd>
          <bdi>{localized(entry.outlet, lang)}</bdi>
        </dd>
      </div>
      {entry.byline && (
        <div>
          <dt>{tt(lang, 'byline')}</dt>
          <dd>
            <bdi>{localized(entry.byline, lang)}</bdi>
          </dd>
        </div>
      )}
      <div>
        <dt>{tt(lang, 'date')}</dt>
        <dd>{localized(entry.date, lang)}</dd>
      </div>
      <div>
        <dt>{tt(lang, 'genre')}</dt>
        <dd>{tt(lang, entry.genre)}</dd>
      </div>
      <div>
        <dt>{tt(lang, 'leaning')}</dt>
        <dd data-testid={hideAnswers ? undefined : 'leaning'}>
          <HiddenAnswer lang={lang} hidden={hideAnswers} inline>
            <MixedText text={localized(entry.leaning, lang)} />
          </HiddenAnswer>
        </dd>
      </div>
      {notes && (
        <div>
          <dt>{tt(lang, 'notes')}</dt>
          <dd data-testid={hideAnswers ? undefined : 'notes'}>
            <HiddenAnswer lang={lang} hidden={hideAnswers} inline>
              <MixedText text={localized(entry.notes, lang)} />
            </HiddenAnswer>
          </dd>
        </div>
      )}
    </dl>
  );
}
