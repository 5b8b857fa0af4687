import { arabicRuns } from '../lib/teacher/i18n';

export interface MixedTextProps {
  text: string;
}

/** English text that quotes Arabic in «…»: each quotation isolated right to left. */
export default function MixedText({ text }: MixedTextProps) {
  return (
    <>
      {arabicRuns(text).map((r, i) =>
        r.arabic ? (
          <bdi key={i} dir="rtl" lang="ar">
            {r.text}
          </bdi>
        ) : (
          r.text
        ),
      )}
    </>
  );
}
