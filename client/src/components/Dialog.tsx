import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';

interface Props {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  testId?: string;
  /** Buttons at the bottom; a close button is always there. */
  actions?: ReactNode;
  closeText?: string;
}

/** A modal dialog (the native <dialog>: focus is kept inside, Esc closes). */
export function Dialog({ open, title, onClose, children, testId, actions, closeText }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && (
        <>
          <h2 id={titleId}>{title}</h2>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">
            {actions}
            <button type="button" onClick={onClose} data-testid="dialog-close">
              {closeText ?? t('common.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
