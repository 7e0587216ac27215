import { Dialog } from '../../components/Dialog';
import { useI18n } from '../../i18n';

/** 催覆 asks first: the pending schools of the county shown (or of all counties) are sent a reminder. */
export function RemindDialog({
  open,
  year,
  countyId,
  allCounties,
  pendingCount,
  sending,
  onClose,
  onConfirm,
}: {
  open: boolean;
  year: number;
  countyId: string | null;
  allCounties: boolean;
  /** The pending schools listed; null when none are listed (the platform before choosing a county). */
  pendingCount: number | null;
  sending: boolean;
  onClose(): void;
  onConfirm(): void;
}) {
  const { t, num } = useI18n();
  return (
    <Dialog
      open={open}
      title={t('remind.confirmTitle')}
      onClose={onClose}
      testId="remind-dialog"
      closeText={t('common.cancel')}
      actions={
        <button type="button" className="primary" onClick={onConfirm} disabled={sending} data-testid="remind-confirm">
          {sending ? t('form.submitting') : t('remind.confirm')}
        </button>
      }
    >
      <p>
        {countyId || !allCounties
          ? t('remind.confirmText', { year, n: pendingCount !== null ? num(pendingCount) : '…' })
          : t('remind.confirmAll', { year })}
      </p>
    </Dialog>
  );
}
