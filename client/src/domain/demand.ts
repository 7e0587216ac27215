import { codesOf, DIMENSION_ENUM, type EnumName } from '../../../server/src/shared/labels';
import type { DemandFilterInput, DemandGroupBy, DemandSource, Dimension, Remoteness, Stage, Subject, TeacherTitle } from '../gql/graphql';

/**
 * The demand analysis (附件三 壹/捌, docs/API.md "The demand analysis"): what is asked (source,
 * dimension, up to three groupings, the filter), kept in the address so a view can be bookmarked
 * and shared, and the helpers the charts, the map and the tables share.
 */
export const SOURCES: readonly DemandSource[] = ['TEACHER_PLANS', 'SCHOOL_PLANS'];
export const DIMENSIONS: readonly Dimension[] = ['MODE', 'TIME', 'PLACE', 'LEVEL', 'METHOD', 'DOMAIN'];
export const GROUPINGS: readonly DemandGroupBy[] = ['COUNTY', 'STAGE', 'REMOTENESS', 'TITLE', 'SUBJECT', 'SCHOOL_YEAR'];
/** TITLE and SUBJECT describe teachers: school plans cannot be grouped or filtered by them. */
export const TEACHER_ONLY: readonly DemandGroupBy[] = ['TITLE', 'SUBJECT'];
export const MAX_GROUPINGS = 3;

/** The labels.ts table of a grouping's values (COUNTY and SCHOOL_YEAR have none). */
export const GROUPING_ENUM: Partial<Record<DemandGroupBy, EnumName>> = {
  STAGE: 'Stage',
  REMOTENESS: 'Remoteness',
  TITLE: 'TeacherTitle',
  SUBJECT: 'Subject',
};

/** The labels.ts table of a dimension's options, e.g. TIME → StudyTime. */
export function optionEnum(dimension: Dimension): EnumName {
  return DIMENSION_ENUM[dimension];
}

export function optionCodes(dimension: Dimension): string[] {
  return codesOf(optionEnum(dimension));
}

/** "Chose one of these options in that dimension". */
export interface ChoiceCondition {
  dimension: Dimension;
  options: string[];
}

export interface DemandQuestion {
  years: number[];
  source: DemandSource;
  dimension: Dimension;
  groupBy: DemandGroupBy[];
  countyIds: string[];
  stages: Stage[];
  remoteness: Remoteness[];
  titles: TeacherTitle[];
  subjects: Subject[];
  choices: ChoiceCondition[];
}

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);
const isOneOf = <T extends string>(all: readonly T[], v: string | null | undefined): v is T =>
  v !== null && v !== undefined && (all as readonly string[]).includes(v);

/**
 * The question in the address: `years=109,110&source=TEACHER_PLANS&dim=TIME&by=COUNTY,STAGE&county=…&stage=…
 * &remoteness=…&title=…&subject=…&choice=METHOD:WORKSHOP|LECTURE` (choice repeated). Unknown values
 * are dropped; `fallbackYear` is used when no year is given.
 */
export function questionFromParams(params: URLSearchParams, fallbackYear: number | null): DemandQuestion {
  const years = list(params.get('years'))
    .map(Number)
    .filter((y) => Number.isInteger(y) && y > 0);
  const source = isOneOf(SOURCES, params.get('source')) ? (params.get('source') as DemandSource) : 'TEACHER_PLANS';
  const dimension = isOneOf(DIMENSIONS, params.get('dim')) ? (params.get('dim') as Dimension) : 'TIME';
  const byParam = params.get('by');
  const groupBy = (byParam === null ? ['COUNTY'] : list(byParam))
    .filter((g): g is DemandGroupBy => isOneOf(GROUPINGS, g))
    .filter((g, i, all) => all.indexOf(g) === i)
    .filter((g) => source === 'TEACHER_PLANS' || !TEACHER_ONLY.includes(g))
    .slice(0, MAX_GROUPINGS);
  const codes = <T extends string>(key: string, name: EnumName) =>
    list(params.get(key)).filter((c) => (codesOf(name) as string[]).includes(c)) as T[];
  const choices: ChoiceCondition[] = [];
  for (const raw of params.getAll('choice')) {
    const [dim, opts] = raw.split(':');
    if (!isOneOf(DIMENSIONS, dim)) continue;
    const valid = new Set(optionCodes(dim));
    const options = (opts ?? '').split('|').filter((o) => valid.has(o));
    // A condition whose options are still to be ticked is kept (the form shows it); the filter leaves it out.
    choices.push({ dimension: dim, options });
  }
  return {
    years: years.length > 0 ? [...new Set(years)].sort((a, b) => a - b) : fallbackYear !== null ? [fallbackYear] : [],
    source,
    dimension,
    groupBy,
    countyIds: list(params.get('county')),
    stages: codes<Stage>('stage', 'Stage'),
    remoteness: codes<Remoteness>('remoteness', 'Remoteness'),
    titles: source === 'TEACHER_PLANS' ? codes<TeacherTitle>('title', 'TeacherTitle') : [],
    subjects: source === 'TEACHER_PLANS' ? codes<Subject>('subject', 'Subject') : [],
    choices,
  };
}

/** Writes the question into `params` (other keys of the page are kept). */
export function questionToParams(q: DemandQuestion, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, values: readonly (string | number)[]) => {
    if (values.length > 0) next.set(key, values.join(','));
    else next.delete(key);
  };
  put('years', q.years);
  next.set('source', q.source);
  next.set('dim', q.dimension);
  next.set('by', q.groupBy.join(','));
  put('county', q.countyIds);
  put('stage', q.stages);
  put('remoteness', q.remoteness);
  put('title', q.titles);
  put('subject', q.subjects);
  next.delete('choice');
  for (const c of q.choices) next.append('choice', `${c.dimension}:${c.options.join('|')}`);
  return next;
}

/** The API's filter for the question (empty conditions left out: they would match nothing). */
export function filterOf(q: DemandQuestion, years: readonly number[] = q.years): DemandFilterInput {
  const f: DemandFilterInput = {};
  if (years.length > 0) f.schoolYears = [...years];
  if (q.countyIds.length > 0) f.countyIds = [...q.countyIds];
  if (q.stages.length > 0) f.stages = [...q.stages];
  if (q.remoteness.length > 0) f.remoteness = [...q.remoteness];
  if (q.source === 'TEACHER_PLANS' && q.titles.length > 0) f.titles = [...q.titles];
  if (q.source === 'TEACHER_PLANS' && q.subjects.length > 0) f.subjects = [...q.subjects];
  const choices = q.choices.filter((c) => c.options.length > 0).map((c) => ({ dimension: c.dimension, options: [...c.options] }));
  if (choices.length > 0) f.choices = choices;
  return f;
}

/** How many filter conditions besides the school years are set. */
export function filterCount(q: DemandQuestion): number {
  return (
    [q.countyIds, q.stages, q.remoteness, q.titles, q.subjects].filter((x) => x.length > 0).length +
    q.choices.filter((c) => c.options.length > 0).length
  );
}

/** /exports/demand.csv|xlsx for the question as asked (the same filter as the page's query). */
export function demandExportPath(
  format: 'csv' | 'xlsx',
  q: { source: DemandSource; dimension: Dimension; groupBy: readonly DemandGroupBy[] },
  filter: DemandFilterInput,
): string {
  const p = new URLSearchParams({ source: q.source, dimension: q.dimension, groupBy: q.groupBy.join(','), filter: JSON.stringify(filter) });
  return `/exports/demand.${format}?${p.toString()}`;
}

export function participationExportPath(format: 'csv' | 'xlsx', years: readonly number[]): string {
  return `/exports/participation.${format}?schoolYears=${years.join(',')}`;
}

export function demandReportPath(year: number, source: DemandSource): string {
  return `/exports/demand-report.xlsx?schoolYear=${year}&source=${source}`;
}

/** 台 and 臺 are the same character in county names (the map data writes 台北市, the API 臺北市). */
export function normaliseCountyName(name: string): string {
  return name.replace(/台/g, '臺').trim();
}

/** A share 0..1 as a percentage with one decimal, e.g. 0.4364 → 43.6. */
export function percentOf(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** The years between two (inclusive), ascending. */
export function yearRange(from: number, to: number): number[] {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/**
 * A sequential blue scale (light → dark) in `steps` classes between `min` and `max`: the map's
 * colours and its legend. Values outside are clamped.
 */
export const SCALE_COLOURS = ['#e3eef9', '#b5d3ee', '#7fb1de', '#4a89c8', '#1f5f9e', '#0d3a66'] as const;

export interface ScaleClass {
  from: number;
  to: number;
  colour: string;
}

export function scaleClasses(min: number, max: number): ScaleClass[] {
  const n = SCALE_COLOURS.length;
  if (!(max > min)) return [{ from: min, to: max, colour: SCALE_COLOURS[Math.floor(n / 2)] }];
  const step = (max - min) / n;
  return SCALE_COLOURS.map((colour, i) => ({ from: min + i * step, to: i === n - 1 ? max : min + (i + 1) * step, colour }));
}

export function colourOf(value: number, classes: readonly ScaleClass[]): string {
  for (const c of classes) if (value <= c.to) return c.colour;
  return classes[classes.length - 1].colour;
}

/** Distinct colours for the options of a dimension (at most 7), readable on white and told apart by colour-blind readers. */
export const SERIES_COLOURS = ['#1d5c8f', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7a6f00'] as const;

export function seriesColour(i: number): string {
  return SERIES_COLOURS[i % SERIES_COLOURS.length];
}
