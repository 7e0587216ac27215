import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

/** Props for an input with an error shown beside it (linked by aria-describedby). */
export function inputProps(id: string, error: string | undefined, hint?: boolean) {
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return { id, name: id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined } as const;
}

/** A labelled field: the label, the control (children, built with `inputProps(id, error)`), a hint and the error. */
export function FormField({
  id,
  label,
  error,
  hint,
  children,
  required,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
  required?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="field form-field" data-field={id}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> {t('form.required')}</span>}
      </label>
      {children}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={`${id}-error`} data-testid={`error-${id}`}>
          {error}
        </span>
      )}
    </div>
  );
}

export interface Choice {
  code: string;
  label: string;
}

/** A group of checkboxes (multi-select), e.g. a teacher's subjects. */
export function CheckboxGroup({
  idPrefix,
  legend,
  choices,
  value,
  onChange,
  error,
  disabled,
  compact,
}: {
  idPrefix: string;
  legend: string;
  choices: Choice[];
  value: readonly string[];
  onChange(next: string[]): void;
  error?: string;
  disabled?: boolean;
  compact?: boolean;
}) {
  const selected = new Set(value);
  return (
    <fieldset
      className={compact ? 'checks checks-compact' : 'checks'}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${idPrefix}-error` : undefined}
      data-field={idPrefix}
    >
      <legend>{legend}</legend>
      <div className="checks-grid">
        {choices.map((c) => (
          <label key={c.code} className="check">
            <input
              type="checkbox"
              value={c.code}
              checked={selected.has(c.code)}
              disabled={disabled}
              onChange={(e) => onChange(e.target.checked ? [...value, c.code] : value.filter((v) => v !== c.code))}
            />
            {c.label}
          </label>
        ))}
      </div>
      {error && (
        <span className="field-error" id={`${idPrefix}-error`} data-testid={`error-${idPrefix}`}>
          {error}
        </span>
      )}
    </fieldset>
  );
}

/** A form-level notice: success (status) or failure (alert). */
export function FormMessage({ kind, children, testId }: { kind: 'ok' | 'error'; children: ReactNode; testId?: string }) {
  return (
    <p
      className={kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'}
      role={kind === 'ok' ? 'status' : 'alert'}
      data-testid={testId}
    >
      {children}
    </p>
  );
}
