import type { ReactNode } from 'react';
import type { Blocker } from 'react-router-dom';
import type { PlanContent } from '../domain/planning';
import { useI18n } from '../i18n';
import { Dialog } from './Dialog';
import { PlanView } from './PlanFields';

/**
 * Leaving a plan with unsaved edits (another page, another year): stay, or leave and lose them.
 * Shown while the router holds the navigation (`useBlocker` in usePlanEditor).
 */
export function LeaveDialog({ blocker }: { blocker: Blocker }) {
  const { t } = useI18n();
  const open = blocker.state === 'blocked';
  return (
    <Dialog
      open={open}
      title={t('plan.leave.title')}
      onClose={() => blocker.reset?.()}
      testId="leave-dialog"
      closeText={t('plan.leave.stay')}
      actions={
        <button type="button" className="danger" onClick={() => blocker.proceed?.()} data-testid="leave-discard">
          {t('plan.leave.discard')}
        </button>
      }
    >
      <p>{t('plan.leave.text')}</p>
    </Dialog>
  );
}

/** What will be submitted, in words, before it is: confirm or go back to the form. */
export function SubmitDialog({
  plan,
  extra,
  onConfirm,
  onCancel,
  busy,
}: {
  plan: PlanContent | null;
  extra?: ReactNode;
  onConfirm(): void;
  onCancel(): void;
  busy: boolean;
}) {
  const { t } = useI18n();
  return (
    <Dialog
      open={plan !== null}
      title={t('plan.confirm.title')}
      onClose={onCancel}
      testId="submit-dialog"
      closeText={t('plan.confirm.back')}
      actions={
        <button type="button" className="primary" onClick={onConfirm} disabled={busy} data-testid="submit-confirm">
          {busy ? t('form.submitting') : t('plan.confirm.submit')}
        </button>
      }
    >
      <p>{t('plan.confirm.text')}</p>
      {extra}
      {plan && <PlanView plan={plan} testId="submit-summary" />}
    </Dialog>
  );
}
