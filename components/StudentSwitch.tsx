import type { Lang } from '../lib/ext/i18n';
import { tt } from '../lib/teacher/i18n';
import type { View } from '../lib/teacher/routes';

export interface StudentSwitchProps {
  lang: Lang;
  view: View;
  /** Whether the answers are on screen in the student view. */
  shown: boolean;
  onView(view: View): void;
  onShown(shown: boolean): void;
  /** Offer the reveal control (pages that hold answers of their own). */
  reveal?: boolean;
}

/**
 * The teacher's switch to the student view, and in it the control that reveals the answers
 * (the editors' leaning, the notes, the stance) and hides them again.
 */
export default function StudentSwitch({ lang, view, shown, onView, onShown, reveal = true }: StudentSwitchProps) {
  const student = view === 'student';
  return (
    <div class="student-switch" data-view={view}>
      <label title={tt(lang, 'studentViewHint')}>
        <input type="checkbox" checked={student} onChange={(e) => onView(e.currentTarget.checked ? 'student' : 'teacher')} data-testid="student-view" /> {tt(lang, 'studentView')}
      </label>
      {student && reveal && (
        <button type="button" class={shown ? '' : 'primary'} aria-pressed={shown} onClick={() => onShown(!shown)} data-testid="reveal-answers">
          {tt(lang, shown ? 'hideAnswers' : 'showAnswers')}
        </button>
      )}
    </div>
  );
}
