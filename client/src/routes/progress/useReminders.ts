import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../i18n';
import { REMIND_PENDING_SCHOOLS, REMINDERS_QUERY } from './queries';

export type ProgressMessage = { kind: 'ok' | 'error'; text: string } | null;

/**
 * 催覆: the reminders sent in a year, and sending them to the pending schools (of a county, or all)
 * after a confirmation; the answer is told in `message`.
 */
export function useReminders(year: number, countyId: string | null) {
  const { t, num, errorText } = useI18n();
  const reminders = useQuery(REMINDERS_QUERY, { variables: { year }, fetchPolicy: 'network-only' });
  const [remind, reminding] = useMutation(REMIND_PENDING_SCHOOLS);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<ProgressMessage>(null);
  const sent = (reminders.data?.reminders ?? []).filter((r) => !countyId || r.school.county.id === countyId);

  async function sendReminders() {
    setMessage(null);
    try {
      const r = await remind({ variables: { year, countyId } });
      const n = r.data?.remindPendingSchools.length ?? 0;
      setMessage({ kind: 'ok', text: n === 0 ? t('remind.none') : t('remind.done', { n: num(n) }) });
      await reminders.refetch();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err as Error) });
    } finally {
      setConfirming(false);
    }
  }

  return { reminders, sent, sending: reminding.loading, confirming, setConfirming, message, setMessage, sendReminders };
}
