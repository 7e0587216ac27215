import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { percentOf, seriesColour } from '../../domain/demand';
import { useI18n } from '../../i18n';

/**
 * The analysis charts, drawn as SVG here (no chart library): each is an image with a title and
 * a description, every mark carries its value in a <title> (shown on hover), and a table with
 * the same numbers follows (`ChartTable`, in a <details>), for screen readers and for copying.
 */

/** A rough width of a label in SVG units (CJK characters are square, Latin ones about half). */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? size : size * 0.58;
  return w;
}

/**
 * A share axis with round ticks: the largest value rounded up to a step of 1, 2, 5, 10, 20 or 25
 * percentage points, with at most six ticks (0.72 → 0 20 40 60 80%; 0.13 → 0 5 10 15%). Never above 100%.
 */
export function niceScale(max: number): { max: number; ticks: number[] } {
  const top = max > 0 ? Math.min(1, max) : 1;
  const step = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25].find((s) => Math.ceil(top / s - 1e-9) <= 5) ?? 0.25;
  const n = Math.max(1, Math.ceil(top / step - 1e-9));
  return { max: Math.min(1, n * step), ticks: Array.from({ length: n + 1 }, (_, i) => Math.min(1, i * step)) };
}

/**
 * The width of a chart's figure in CSS pixels (null until measured), followed as the window
 * resizes: the charts fit their bars to it, so their text keeps its size on a phone.
 */
export function useFigureWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth || null);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The length of the bars: what the figure leaves beside the labels and values, between `min` and
 * `max`. Drawn at scale 1 (the SVG never narrower than its viewBox: a narrow figure scrolls
 * sideways rather than shrinking the text below its size).
 */
export function fitBars(width: number | null, fixed: number, max: number, min = 110): number {
  return width === null ? max : Math.max(min, Math.min(max, Math.floor(width - fixed)));
}

function safeId(raw: string): string {
  return raw.replace(/[^a-zA-Z0-9_-]/g, '');
}

/** The diagonal hatch of suppressed values (fewer than k teachers). */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" fill="#eef1f4" />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#9aa5b1" strokeWidth="2" />
    </pattern>
  );
}

/** A swatch and its text, for the legends of the charts and the map (HTML, so it wraps and reads). */
export function Legend({ items, label }: { items: { key: string; text: string; colour?: string; hatch?: boolean }[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((i) => (
        <li key={i.key}>
          <span
            className={i.hatch ? 'swatch swatch-hatch' : 'swatch'}
            style={i.hatch ? undefined : { background: i.colour }}
            aria-hidden="true"
          />
          {i.text}
        </li>
      ))}
    </ul>
  );
}

/** "43.6%" of a share, or "—" when suppressed or missing. */
export function useShareText() {
  const { t, num } = useI18n();
  return (share: number | null | undefined) =>
    share === null || share === undefined ? t('common.none') : t('analysis.percent', { p: num(percentOf(share)) });
}

export interface BarItem {
  key: string;
  label: string;
  share: number | null;
  count: number | null;
  suppressed: boolean;
}

/** Horizontal bars of the share of plans choosing each option. */
export function ShareBars({
  title,
  description,
  items,
  testId,
}: {
  title: string;
  description?: string;
  items: BarItem[];
  testId?: string;
}) {
  const { t, num } = useI18n();
  const shareText = useShareText();
  const uid = safeId(useId());
  const [ref, width] = useFigureWidth();
  const size = 13;
  const rowH = 28;
  const barH = 17;
  const top = 8;
  const axisH = 24;
  const labelW = Math.min(320, Math.max(80, ...items.map((i) => textWidth(i.label, size))) + 14);
  const valueW = 120;
  const barW = fitBars(width, labelW + valueW, 560);
  const W = labelW + barW + valueW;
  const H = top + items.length * rowH + axisH;
  const { max, ticks } = niceScale(Math.max(0, ...items.map((i) => i.share ?? 0)));
  const x = (share: number) => labelW + (share / max) * barW;

  return (
    <figure className="chart" data-testid={testId} ref={ref}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${uid}-t ${uid}-d`}
        className="chart-svg"
        style={{ maxWidth: W, minWidth: W }}
      >
        <title id={`${uid}-t`}>{title}</title>
        <desc id={`${uid}-d`}>{description ?? t('charts.barsDesc')}</desc>
        <defs>
          <HatchPattern id={`${uid}-hatch`} />
        </defs>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={top - 4} y2={H - axisH + 2} className="chart-grid" />
            <text x={x(v)} y={H - 6} textAnchor="middle" className="chart-axis">
              {shareText(v)}
            </text>
          </g>
        ))}
        {items.map((item, i) => {
          const y = top + i * rowH;
          const value =
            item.suppressed || item.share === null
              ? t('common.none')
              : `${shareText(item.share)}${item.count !== null ? ` (${num(item.count)})` : ''}`;
          return (
            <g key={item.key} data-option={item.key}>
              <title>{`${item.label}: ${item.suppressed ? t('analysis.suppressedShort') : value}`}</title>
              <text x={labelW - 8} y={y + rowH / 2} dominantBaseline="central" textAnchor="end" className="chart-label">
                {item.label}
              </text>
              {item.suppressed || item.share === null ? (
                <rect x={labelW} y={y + (rowH - barH) / 2} width={26} height={barH} fill={`url(#${uid}-hatch)`} />
              ) : (
                <rect
                  x={labelW}
                  y={y + (rowH - barH) / 2}
                  width={Math.max(item.share > 0 ? 1 : 0, x(item.share) - labelW)}
                  height={barH}
                  className="chart-bar"
                />
              )}
              <text
                x={item.suppressed || item.share === null ? labelW + 32 : x(item.share) + 6}
                y={y + rowH / 2}
                dominantBaseline="central"
                className="chart-value"
              >
                {value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export interface StackedRow {
  key: string;
  label: string;
  plans: number | null;
  suppressed: boolean;
  /** Per option, in the order of `series`: the count, or null when suppressed. */
  counts: (number | null)[];
  shares: (number | null)[];
}

/**
 * One bar per group, split by option: each option's part of all the choices the group made
 * (plans choose several options, so the parts add up to the choices, not to the plans). A group
 * with suppressed options is marked †: its known options fill the bar.
 */
export function StackedGroups({
  title,
  series,
  rows,
  testId,
}: {
  title: string;
  series: { key: string; label: string }[];
  rows: StackedRow[];
  testId?: string;
}) {
  const { t, num } = useI18n();
  const shareText = useShareText();
  const uid = safeId(useId());
  const size = 13;
  const rowH = 26;
  const barH = 18;
  const top = 6;
  const [ref, width] = useFigureWidth();
  const labelW = Math.min(340, Math.max(60, ...rows.map((r) => textWidth(`${r.label} †`, size))) + 14);
  const valueW = 90;
  const barW = fitBars(width, labelW + valueW, 620);
  const W = labelW + barW + valueW;
  const H = top * 2 + rows.length * rowH;

  return (
    <figure className="chart" data-testid={testId} ref={ref}>
      <Legend label={t('charts.legend')} items={series.map((s, i) => ({ key: s.key, text: s.label, colour: seriesColour(i) }))} />
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${uid}-t ${uid}-d`}
        className="chart-svg"
        style={{ maxWidth: W, minWidth: W }}
      >
        <title id={`${uid}-t`}>{title}</title>
        <desc id={`${uid}-d`}>{t('charts.stackedDesc')}</desc>
        <defs>
          <HatchPattern id={`${uid}-hatch`} />
        </defs>
        {rows.map((r, i) => {
          const y = top + i * rowH;
          const known = r.counts.reduce<number>((a, c) => a + (c ?? 0), 0);
          const partial = !r.suppressed && r.counts.some((c) => c === null);
          let acc = 0;
          return (
            <g key={r.key} data-group={r.label}>
              <text x={labelW - 8} y={y + rowH / 2} dominantBaseline="central" textAnchor="end" className="chart-label">
                {partial ? `${r.label} †` : r.label}
              </text>
              {r.suppressed || known === 0 ? (
                <rect
                  x={labelW}
                  y={y + (rowH - barH) / 2}
                  width={barW}
                  height={barH}
                  fill={r.suppressed ? `url(#${uid}-hatch)` : '#eef1f4'}
                >
                  <title>{`${r.label}: ${r.suppressed ? t('analysis.suppressedShort') : t('charts.noChoices')}`}</title>
                </rect>
              ) : (
                r.counts.map((c, j) => {
                  if (!c) return null;
                  const w = (c / known) * barW;
                  const x0 = labelW + acc;
                  acc += w;
                  return (
                    <rect
                      key={series[j].key}
                      x={x0}
                      y={y + (rowH - barH) / 2}
                      width={w}
                      height={barH}
                      fill={seriesColour(j)}
                      stroke="#fff"
                      strokeWidth={0.5}
                    >
                      <title>
                        {t('charts.segmentTitle', {
                          group: r.label,
                          option: series[j].label,
                          count: num(c),
                          share: shareText(r.shares[j]),
                          part: shareText(c / known),
                        })}
                      </title>
                    </rect>
                  );
                })
              )}
              <text x={labelW + barW + 8} y={y + rowH / 2} dominantBaseline="central" className="chart-value">
                {r.plans === null ? t('common.none') : t('charts.plansShort', { n: num(r.plans) })}
              </text>
            </g>
          );
        })}
      </svg>
      {rows.some((r) => !r.suppressed && r.counts.some((c) => c === null)) && (
        <figcaption className="muted small">{t('charts.partialNote')}</figcaption>
      )}
    </figure>
  );
}

export interface LineSeries {
  key: string;
  label: string;
  /** One value per category (null: suppressed or missing: the line breaks there). */
  values: (number | null)[];
}

/** Shares over the school years, a line per option. */
export function TrendLines({
  title,
  categories,
  series,
  testId,
}: {
  title: string;
  categories: string[];
  series: LineSeries[];
  testId?: string;
}) {
  const { t } = useI18n();
  const shareText = useShareText();
  const uid = safeId(useId());
  const [ref, width] = useFigureWidth();
  const W = width === null ? 880 : Math.max(340, Math.min(880, Math.floor(width)));
  const H = 360;
  const m = { left: 56, right: 56, top: 16, bottom: 40 };
  const { max, ticks } = niceScale(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const innerW = W - m.left - m.right;
  const innerH = H - m.top - m.bottom;
  const x = (i: number) => m.left + (categories.length === 1 ? innerW / 2 : (i / (categories.length - 1)) * innerW);
  const y = (v: number) => m.top + innerH - (v / max) * innerH;

  return (
    <figure className="chart" data-testid={testId} ref={ref}>
      <Legend label={t('charts.legend')} items={series.map((s, i) => ({ key: s.key, text: s.label, colour: seriesColour(i) }))} />
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${uid}-t ${uid}-d`}
        className="chart-svg"
        style={{ maxWidth: W, minWidth: W }}
      >
        <title id={`${uid}-t`}>{title}</title>
        <desc id={`${uid}-d`}>{t('charts.trendDesc')}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={m.left} x2={W - m.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={m.left - 6} y={y(v)} textAnchor="end" dominantBaseline="central" className="chart-axis">
              {shareText(v)}
            </text>
          </g>
        ))}
        {categories.map((c, i) => (
          <text key={c} x={x(i)} y={H - m.bottom + 20} textAnchor="middle" className="chart-axis chart-axis-x">
            {c}
          </text>
        ))}
        {series.map((s, si) => {
          // Runs of known values: a suppressed year breaks the line.
          const runs: { i: number; v: number }[][] = [];
          let run: { i: number; v: number }[] = [];
          s.values.forEach((v, i) => {
            if (v === null) {
              if (run.length > 0) runs.push(run);
              run = [];
            } else run.push({ i, v });
          });
          if (run.length > 0) runs.push(run);
          return (
            <g key={s.key} data-series={s.key}>
              {runs.map((r) => (
                <polyline
                  key={r[0].i}
                  points={r.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')}
                  fill="none"
                  stroke={seriesColour(si)}
                  strokeWidth={2.5}
                />
              ))}
              {s.values.map((v, i) =>
                v === null ? null : (
                  <circle key={categories[i]} cx={x(i)} cy={y(v)} r={4.5} fill="#fff" stroke={seriesColour(si)} strokeWidth={2.5}>
                    <title>{`${s.label}, ${categories[i]}: ${shareText(v)}`}</title>
                  </circle>
                ),
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Grouped horizontal bars: for each category (option) one bar per series (school, county, nation). */
export function GroupedBars({
  title,
  categories,
  series,
  testId,
}: {
  title: string;
  categories: { key: string; label: string }[];
  series: { key: string; label: string; values: (number | null)[] }[];
  testId?: string;
}) {
  const { t } = useI18n();
  const shareText = useShareText();
  const uid = safeId(useId());
  const size = 13;
  const barH = 13;
  const gap = 3;
  const groupH = series.length * (barH + gap) + 14;
  const top = 6;
  const axisH = 24;
  const [ref, width] = useFigureWidth();
  const labelW = Math.min(320, Math.max(80, ...categories.map((c) => textWidth(c.label, size))) + 14);
  const valueW = 70;
  const barW = fitBars(width, labelW + valueW, 520);
  const W = labelW + barW + valueW;
  const H = top + categories.length * groupH + axisH;
  const { max, ticks } = niceScale(Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0))));
  const x = (v: number) => labelW + (v / max) * barW;

  return (
    <figure className="chart" data-testid={testId} ref={ref}>
      <Legend label={t('charts.legend')} items={series.map((s, i) => ({ key: s.key, text: s.label, colour: seriesColour(i) }))} />
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${uid}-t ${uid}-d`}
        className="chart-svg"
        style={{ maxWidth: W, minWidth: W }}
      >
        <title id={`${uid}-t`}>{title}</title>
        <desc id={`${uid}-d`}>{t('charts.groupedDesc')}</desc>
        <defs>
          <HatchPattern id={`${uid}-hatch`} />
        </defs>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={top} y2={H - axisH + 2} className="chart-grid" />
            <text x={x(v)} y={H - 6} textAnchor="middle" className="chart-axis">
              {shareText(v)}
            </text>
          </g>
        ))}
        {categories.map((c, ci) => {
          const y0 = top + ci * groupH;
          return (
            <g key={c.key} data-option={c.key}>
              <text
                x={labelW - 8}
                y={y0 + (series.length * (barH + gap)) / 2}
                dominantBaseline="central"
                textAnchor="end"
                className="chart-label"
              >
                {c.label}
              </text>
              {series.map((s, si) => {
                const v = s.values[ci];
                const y = y0 + si * (barH + gap);
                return (
                  <g key={s.key}>
                    <title>{`${c.label}, ${s.label}: ${v === null ? t('analysis.suppressedShort') : shareText(v)}`}</title>
                    {v === null ? (
                      <rect x={labelW} y={y} width={22} height={barH} fill={`url(#${uid}-hatch)`} />
                    ) : (
                      <rect x={labelW} y={y} width={Math.max(v > 0 ? 1 : 0, x(v) - labelW)} height={barH} fill={seriesColour(si)} />
                    )}
                    <text
                      x={v === null ? labelW + 28 : x(v) + 5}
                      y={y + barH / 2}
                      dominantBaseline="central"
                      className="chart-value small-value"
                    >
                      {shareText(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The numbers of a chart as a table, folded under the chart. */
export function ChartTable({ summary, children, testId }: { summary?: string; children: ReactNode; testId?: string }) {
  const { t } = useI18n();
  return (
    <details className="chart-table" data-testid={testId}>
      <summary>{summary ?? t('charts.asTable')}</summary>
      <div className="table-wrap">{children}</div>
    </details>
  );
}
