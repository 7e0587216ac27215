import { useI18n } from '../../i18n';
import { useShareText } from './Charts';
import { useDemandLabels } from './labels';
import type { DemandCellData, DemandGroupData, DemandResultData } from './queries';

/** A cell: the count and the share (and, for domains, the hours); "—" when suppressed. */
function Cell({ cell, domain, k }: { cell: DemandCellData | undefined; domain: boolean; k: number }) {
  const { t, num } = useI18n();
  const shareText = useShareText();
  if (!cell || cell.suppressed || cell.count === null) {
    const why = t('analysis.suppressed', { k });
    return (
      <td className="num" data-col={cell?.option} data-suppressed={cell?.suppressed || undefined}>
        <span className="dash" title={why} aria-label={why}>
          {t('common.none')}
        </span>
      </td>
    );
  }
  return (
    <td className="num" data-col={cell.option}>
      <span className="cell-count">{num(cell.count)}</span>
      <span className="cell-share muted small">{shareText(cell.share)}</span>
      {domain && cell.hoursSum !== null && (
        <span className="cell-hours muted small">
          {t('analysis.hours', {
            sum: num(cell.hoursSum),
            mean: cell.hoursMean === null ? t('common.none') : num(Math.round(cell.hoursMean * 10) / 10),
          })}
        </span>
      )}
    </td>
  );
}

/**
 * Groups × options: plans per group, and per option the count and the share of the plans; the
 * overall row (the same question without groups) closes the table.
 */
export function CrossTab({
  result,
  overall,
  testId = 'crosstab',
}: {
  result: DemandResultData;
  overall?: DemandResultData | null;
  testId?: string;
}) {
  const { t, num } = useI18n();
  const labels = useDemandLabels();
  const domain = result.dimension === 'DOMAIN';
  const row = (g: DemandGroupData, total: boolean) => {
    const byOption = new Map(g.cells.map((c) => [c.option, c]));
    return (
      <tr
        key={total ? '__total' : g.key.map((k) => k.value).join('|')}
        className={total ? 'total-row' : undefined}
        data-group={total ? 'total' : labels.groupText(g)}
      >
        {total ? (
          <th scope="row" colSpan={Math.max(1, result.groupBy.length)}>
            {t('analysis.allPlans')}
          </th>
        ) : result.groupBy.length === 0 ? (
          <th scope="row">{t('analysis.allPlans')}</th>
        ) : (
          g.key.map((k, i) =>
            i === 0 ? (
              <th scope="row" key={k.by} data-by={k.by}>
                {labels.keyText(k)}
              </th>
            ) : (
              <td key={k.by} data-by={k.by}>
                {labels.keyText(k)}
              </td>
            ),
          )
        )}
        <td className="num" data-col="plans">
          {g.plans === null ? (
            <span className="dash" title={t('analysis.suppressed', { k: result.k })}>
              {t('common.none')}
            </span>
          ) : (
            num(g.plans)
          )}
        </td>
        {result.options.map((o) => (
          <Cell key={o.code} cell={byOption.get(o.code)} domain={domain} k={result.k} />
        ))}
      </tr>
    );
  };

  return (
    <div className="table-wrap">
      <table className="data crosstab" data-testid={testId}>
        <caption className="sr-only">{t('analysis.crosstabCaption', { dimension: labels.dimensionText(result.dimension) })}</caption>
        <thead>
          <tr>
            {result.groupBy.length === 0 ? (
              <th scope="col">{t('analysis.group')}</th>
            ) : (
              result.groupBy.map((by) => (
                <th scope="col" key={by}>
                  {labels.groupingText(by)}
                </th>
              ))
            )}
            <th scope="col" className="num">
              {t(result.source === 'TEACHER_PLANS' ? 'analysis.teacherPlans' : 'analysis.schoolPlans')}
            </th>
            {result.options.map((o) => (
              <th scope="col" className="num wrap" key={o.code} data-option={o.code}>
                {labels.optionText(result.dimension, o.code)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.groups.map((g) => row(g, false))}
          {overall && result.groupBy.length > 0 && overall.groups[0] && row(overall.groups[0], true)}
        </tbody>
      </table>
    </div>
  );
}

/** The legend of suppressed values: "— 少於 3 人不公開". */
export function SuppressedLegend({ k }: { k?: number }) {
  const { t } = useI18n();
  return (
    <p className="muted small suppressed-legend" data-testid="suppressed-legend">
      <span className="swatch swatch-hatch" aria-hidden="true" /> {t('common.none')}{' '}
      {k === undefined ? t('analysis.suppressedFew') : t('analysis.suppressed', { k })}
    </p>
  );
}
