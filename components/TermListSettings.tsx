import { useState } from 'preact/hooks';
import type { CustomTerms } from '../lib/ext/settings-core';
import { t, type Lang } from '../lib/ext/i18n';

/** A reason an import was refused: where in the file, and why. */
export interface ImportError {
  path: string;
  message: string;
}

export interface TermListSettingsProps {
  lang: Lang;
  custom: CustomTerms | null;
  /** Entries in the custom list, by section. */
  entries: number;
  /** Why the stored list is not used (it no longer parses), if so. */
  problem?: string | null;
  /** Validates and stores a file; resolves with the errors when it was refused. */
  onImport(name: string, text: string): Promise<ImportError[]>;
  onExportCustom(): void;
  onExportBuiltin(): void;
  onRemove(): void;
}

/** The reader's own term list: import (validated; a failed import keeps the old list), export, remove. */
export default function TermListSettings(props: TermListSettingsProps) {
  const { lang, custom } = props;
  const [errors, setErrors] = useState<ImportError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <fieldset>
      <legend>{t(lang, 'terms')}</legend>
      <p>{t(lang, 'termsHelp')}</p>
      <p data-testid="custom-status">
        {custom ? (
          <>
            <bdi dir="auto">{custom.name}</bdi> — {props.entries} {t(lang, 'entries')}
            {custom.importedAt && (
              <>
                {' · '}
                <bdi dir="ltr">{custom.importedAt.slice(0, 10)}</bdi>
              </>
            )}
          </>
        ) : (
          t(lang, 'noCustomTerms')
        )}
      </p>
      {props.problem && (
        <p class="error" data-testid="custom-problem">
          {t(lang, 'customInvalid')}{' '}
          <bdi dir="ltr">
            <code>{props.problem}</code>
          </bdi>
        </p>
      )}
      <div class="row-actions">
        <label class="file-button">
          {t(lang, 'importTerms')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            onChange={async (e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              let found: ImportError[];
              try {
                found = await props.onImport(file.name, await file.text());
              } catch (err) {
                found = [{ path: '', message: err instanceof Error ? err.message : String(err) }];
              }
              setErrors(found);
              setMessage(found.length > 0 ? t(lang, 'importFailed') : `${t(lang, 'imported')}: ${file.name}`);
              input.value = '';
            }}
          />
        </label>
        <button type="button" disabled={!custom} onClick={props.onExportCustom}>
          {t(lang, 'exportTerms')}
        </button>
        <button type="button" onClick={props.onExportBuiltin}>
          {t(lang, 'exportBuiltin')}
        </button>
        <button type="button" disabled={!custom} onClick={props.onRemove}>
          {t(lang, 'removeTerms')}
        </button>
      </div>
      {message && (
        <p role="status" class={errors.length > 0 ? 'error' : 'ok'} data-testid="import-message">
          {message}
        </p>
      )}
      {errors.length > 0 && (
        <ul class="errors" data-testid="import-errors">
          {errors.map((err, i) => (
            <li key={i}>
              <bdi dir="ltr">
                <code>{err.path || '(root)'}</code>
              </bdi>
              {' — '}
              <bdi dir="auto">{err.message}</bdi>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
