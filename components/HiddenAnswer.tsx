import type { ComponentChildren } from 'preact';
import type { Lang } from '../lib/ext/i18n';
import { tt } from '../lib/teacher/i18n';

export interface HiddenAnswerProps {
  lang: Lang;
  /** Hide the children (the student view, answers not yet revealed). */
  hidden: boolean;
  children: ComponentChildren;
  /** Render inline (inside a sentence or a list item) rather than as a block. */
  inline?: boolean;
}

/**
 * An answer the student view keeps back: the children are not rendered at all (not merely
 * hidden by style, so nothing is in the page to read), a placeholder says why.
 */
export default function HiddenAnswer({ lang, hidden, children, inline = false }: HiddenAnswerProps) {
  if (!hidden) return <>{children}</>;
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag class="hidden-answer" data-testid="hidden-answer">
      {tt(lang, 'answersHidden')}
    </Tag>
  );
}
