import type { Lang } from '../lib/ext/i18n';
import { tt } from '../lib/teacher/i18n';
import { ownTitle, type OwnArticle } from '../lib/teacher/own-articles';
import { presenterUrl, type View } from '../lib/teacher/routes';

export interface OwnShelfProps {
  articles: readonly OwnArticle[];
  /** The own article open, if one is. */
  selected: string | null;
  lang: Lang;
  view: View;
  onSelect(id: string): void;
  onAdd(): void;
  onEdit(id: string): void;
  onDelete(id: string): void;
}

/** The teacher's own articles under the demo ones: pick, present, edit, delete, or add one. */
export default function OwnShelf({ articles, selected, lang, view, onSelect, onAdd, onEdit, onDelete }: OwnShelfProps) {
  return (
    <section class="shelf own-shelf" aria-labelledby="own-title" data-testid="own-shelf">
      <h2 id="own-title">{tt(lang, 'ownArticles')}</h2>
      {articles.length === 0 && <p class="hint">{tt(lang, 'noOwnArticles')}</p>}
      <ol>
        {articles.map((a) => (
          <li key={a.id} class={a.id === selected ? 'shelf-item current' : 'shelf-item'} data-own={a.id}>
            <button type="button" class="shelf-pick" aria-current={a.id === selected ? 'true' : undefined} onClick={() => onSelect(a.id)}>
              <span class="shelf-title" dir="auto">
                {ownTitle(a) || tt(lang, 'untitled')}
              </span>
            </button>
            <p class="shelf-meta">
              {[a.outlet, a.date].filter(Boolean).map((x, i) => (
                <>
                  {i > 0 && ' · '}
                  <bdi>{x}</bdi>
                </>
              ))}
            </p>
            <p class="own-actions">
              <a class="shelf-present" href={presenterUrl({ kind: 'own', id: a.id }, { lang, view })}>
                {tt(lang, 'present')}
              </a>
              <button type="button" class="link" onClick={() => onEdit(a.id)} data-testid="own-edit">
                {tt(lang, 'edit')}
              </button>
              <button
                type="button"
                class="link"
                onClick={() => {
                  if (confirm(tt(lang, 'confirmDelete'))) onDelete(a.id);
                }}
                data-testid="own-delete"
              >
                {tt(lang, 'delete')}
              </button>
            </p>
          </li>
        ))}
      </ol>
      <button type="button" class="own-add" onClick={onAdd} data-testid="own-add">
        + {tt(lang, 'addArticle')}
      </button>
    </section>
  );
}
