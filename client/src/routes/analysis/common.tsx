import { useState } from 'react';
import type { ErrorLike } from '@apollo/client';
import { hasErrorAt } from '../../apollo/errors';
import { useFileDownload } from '../../components/Downloads';
import { LoadError, NoAccess } from '../../components/Status';
import { demandReportPath, SOURCES } from '../../domain/demand';
import type { DemandSource } from '../../gql/graphql';
import type { SchoolYearInfo } from '../../hooks/useSchoolYear';
import { useI18n } from '../../i18n';
import { useDemandLabels } from '../../components/analysis/labels';

/** The server's refusal (FORBIDDEN) as the page's no-access notice, other failures as an error. */
export function AnalysisError({ error }: { error: ErrorLike | undefined }) {
  if (!error) return null;
  return hasErrorAt(error, 'FORBIDDEN') ? <NoAccess /> : <LoadError error={error} />;
}

/**
 * A district asked for detail: the server answered for its own county only. Other counties are
 * available as county totals (grouped by county or school year, with no other filter).
 */
export function RestrictedNote({ county }: { county: string | null }) {
  const { t } = useI18n();
  return (
    <p className="notice notice-info" role="status" data-testid="restricted-note">
      {t('analysis.restricted', { county: county ?? t('analysis.yourCounty') })}
    </p>
  );
}

/** The yearly demand report (one workbook: a sheet per dimension with county rows, and the participation). */
export function ReportDownload({
  years,
  defaultYear,
  defaultSource,
}: {
  years: readonly SchoolYearInfo[];
  defaultYear: number | null;
  defaultSource: DemandSource;
}) {
  const { t } = useI18n();
  const labels = useDemandLabels();
  const [year, setYear] = useState<number | null>(defaultYear);
  const [source, setSource] = useState<DemandSource>(defaultSource);
  const { busy, error, download } = useFileDownload();
  const chosen = year ?? defaultYear;

  return (
    <section className="card report-download" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('analysis.reportTitle')}</h2>
      <p className="muted small">{t('analysis.reportHelp')}</p>
      <div className="filters-inline">
        <div className="field">
          <label htmlFor="report-year">{t('planning.schoolYear')}</label>
          <select id="report-year" value={chosen ?? ''} onChange={(e) => setYear(Number(e.target.value))} data-testid="report-year">
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {t('planning.yearOption', { year: y.year })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-source">{t('analysis.sourceLabel')}</label>
          <select id="report-source" value={source} onChange={(e) => setSource(e.target.value as DemandSource)}>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {labels.sourceText(s)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="primary"
          disabled={chosen === null || busy !== null}
          data-testid="report-xlsx"
          onClick={() => chosen !== null && download(demandReportPath(chosen, source), `demand-report-${chosen}.xlsx`)}
        >
          {busy ? t('downloads.busy') : t('analysis.reportDownload')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
