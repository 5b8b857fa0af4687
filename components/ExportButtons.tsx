import { useId } from 'preact/hooks';
import { buildExport, EXPORT_FORMATS, HANDOUT_FORMATS, type ExportFormat, type ExportSource } from '../lib/export/files';
import { tt, type TeacherKey } from '../lib/teacher/i18n';
import type { Lang } from '../lib/ext/i18n';
import { download } from '../lib/reader/page';

export interface ExportButtonsProps {
  source: ExportSource;
  lang: Lang;
}

const LABEL: Record<ExportFormat, TeacherKey> = { html: 'exportHtml', md: 'exportMarkdown', json: 'exportJson', worksheet: 'worksheet', key: 'answerKey' };

/**
 * The downloads for an article: the annotated HTML (only when the full text is known;
 * otherwise it lists the findings in context), the Markdown summary and the JSON report; with
 * the full text, a worksheet and its answer key. Made in the student view, the exports leave
 * the leaning, the notes and the stance out (the answer key is the teacher's and keeps them).
 */
export default function ExportButtons({ source, lang }: ExportButtonsProps) {
  const id = useId();
  return (
    <section class="exports" aria-labelledby={id}>
      <h2 id={id}>{tt(lang, 'export')}</h2>
      <div class="export-buttons">
        {[...EXPORT_FORMATS, ...(source.text !== undefined ? HANDOUT_FORMATS : [])].map((format) => (
          <button key={format} type="button" data-export={format} onClick={() => download(buildExport(source, format))}>
            {tt(lang, LABEL[format])}
          </button>
        ))}
      </div>
    </section>
  );
}
