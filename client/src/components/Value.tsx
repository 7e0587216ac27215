import { useI18n } from '../i18n';

/**
 * A value as the API returned it; null (not filled in, or withheld from this viewer) shows as "—".
 * `forbidden` marks a value the API withheld, so screen readers say "no access" instead of a dash.
 */
export function Value({
  value,
  forbidden = false,
  mono = false,
}: {
  value: string | number | null | undefined;
  forbidden?: boolean;
  mono?: boolean;
}) {
  const { t } = useI18n();
  if (value === null || value === undefined || value === '') {
    const label = forbidden ? t('common.noAccess') : t('common.none');
    return (
      <span className="dash" title={label} aria-label={label} data-forbidden={forbidden || undefined}>
        {t('common.none')}
      </span>
    );
  }
  return <span className={mono ? 'mono' : undefined}>{value}</span>;
}
