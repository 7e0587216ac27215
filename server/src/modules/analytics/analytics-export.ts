import { coerceInputValue, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context';
import { AppError, badInput, unauthenticated } from '../../shared/errors';
import { idOfType } from '../../shared/global-id';
import { DIMENSION_ENUM, LABELS } from '../../shared/labels';
import type { Dimension } from '../../shared/enums';
import type { Sheet } from '../../shared/sheet';
import type { DemandFilter, DemandResult, GroupBy, Source } from './analytics.service';

const bad = badInput;
const SOURCES = ['TEACHER_PLANS', 'SCHOOL_PLANS'];
const GROUPS = ['COUNTY', 'STAGE', 'REMOTENESS', 'TITLE', 'SUBJECT', 'SCHOOL_YEAR'];
const LABEL_ENUM: Partial<Record<GroupBy, keyof typeof LABELS>> = {
  STAGE: 'Stage',
  REMOTENESS: 'Remoteness',
  TITLE: 'TeacherTitle',
  SUBJECT: 'Subject',
};
const GROUP_TITLE: Record<GroupBy, string> = {
  COUNTY: '縣市',
  STAGE: '教育階段',
  REMOTENESS: '偏遠等級',
  TITLE: '職稱',
  SUBJECT: '任教科目',
  SCHOOL_YEAR: '學年度',
};

async function label(ctx: Context, by: GroupBy, value: string): Promise<string> {
  if (by === 'COUNTY') return (await ctx.loaders.county.load(Number(value)))?.name ?? value;
  if (by === 'SCHOOL_YEAR') return value;
  return (LABELS[LABEL_ENUM[by]!] as Record<string, { zh: string }>)[value]?.zh ?? value;
}

/** A demand result in long form: one row per group and option. */
export async function demandSheet(ctx: Context, r: DemandResult, title = '需求分析'): Promise<Sheet> {
  const options = LABELS[DIMENSION_ENUM[r.dimension]] as Record<string, { zh: string }>;
  const domain = r.dimension === 'DOMAIN';
  const header = [
    ...r.groupBy.map((g) => GROUP_TITLE[g]),
    '規劃數',
    LABELS.Dimension[r.dimension].zh,
    '選填數',
    '比例',
    ...(domain ? ['規劃時數合計', '平均時數'] : []),
    `未達 ${r.k} 人不公開`,
  ];
  const rows: (string | number)[][] = [];
  // every group's labels at once: the county loader batches them into one statement
  const labels = await Promise.all(r.groups.map((g) => Promise.all(g.key.map((k) => label(ctx, k.by, k.value)))));
  for (const [i, g] of r.groups.entries()) {
    const keys = labels[i];
    for (const c of g.cells) {
      rows.push([
        ...keys,
        g.plans ?? '',
        options[c.option]?.zh ?? c.option,
        c.count ?? '',
        c.share ?? '',
        ...(domain ? [c.hoursSum ?? '', c.hoursMean ?? ''] : []),
        c.suppressed ? '是' : '',
      ]);
    }
  }
  return { title, header, rows };
}

/** At most this many entries in a list parameter of a download (school years, counties, options...). */
export const MAX_LIST = 100;

/** The filter as the API's DemandFilterInput would take it: JSON of that input type, checked against the schema. */
function parseFilter(raw: string, schema: GraphQLSchema): DemandFilter {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw bad('filter', 'FILTER_INVALID', 'filter must be the JSON of a DemandFilterInput');
  }
  if (json === null) return {};
  if (typeof json !== 'object' || Array.isArray(json))
    throw bad('filter', 'FILTER_INVALID', 'filter must be the JSON of a DemandFilterInput');
  const { countyIds, ...rest } = json as Record<string, unknown>;
  for (const [k, v] of Object.entries(rest)) {
    if (Array.isArray(v) && v.length > MAX_LIST) throw bad(`filter.${k}`, 'TOO_MANY', `At most ${MAX_LIST} entries`, { max: MAX_LIST });
  }
  const type = schema.getType('DemandFilterInput') as GraphQLInputType;
  let f: DemandFilter;
  try {
    f = coerceInputValue(rest, type, (path, _value, error) => {
      throw bad(['filter', ...path].join('.'), 'FILTER_INVALID', error.message.slice(0, 200));
    }) as DemandFilter;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw bad('filter', 'FILTER_INVALID', 'filter must be the JSON of a DemandFilterInput');
  }
  if (countyIds === undefined || countyIds === null) return { ...f, countyIds: null };
  if (!Array.isArray(countyIds) || countyIds.length > MAX_LIST)
    throw bad('filter.countyIds', 'TOO_MANY', `A list of at most ${MAX_LIST} County IDs`, { max: MAX_LIST });
  return {
    ...f,
    countyIds: countyIds.map((c, i) => {
      if (typeof c === 'number' && Number.isInteger(c) && c > 0) return c;
      if (typeof c !== 'string') throw bad(`filter.countyIds.${i}`, 'ID_INVALID', 'A County ID');
      return idOfType(c, 'County', `filter.countyIds.${i}`);
    }),
  };
}

function parseDemand(url: URL, schema: GraphQLSchema): { source: Source; dimension: Dimension; groupBy: GroupBy[]; filter: DemandFilter } {
  const source = url.searchParams.get('source') ?? 'TEACHER_PLANS';
  if (!SOURCES.includes(source)) throw bad('source', 'NOT_AN_OPTION', 'TEACHER_PLANS or SCHOOL_PLANS');
  const dimension = url.searchParams.get('dimension') ?? '';
  // own keys only: `__proto__`, `constructor` ... are not dimensions
  if (!Object.hasOwn(DIMENSION_ENUM, dimension)) throw bad('dimension', 'NOT_AN_OPTION', 'MODE, TIME, PLACE, LEVEL, METHOD or DOMAIN');
  const groupBy = (url.searchParams.get('groupBy') ?? '').split(',').filter(Boolean);
  if (groupBy.length > GROUPS.length || groupBy.some((g) => !GROUPS.includes(g)))
    throw bad('groupBy', 'NOT_AN_OPTION', `Comma-separated of ${GROUPS.join(', ')}`);
  const raw = url.searchParams.get('filter');
  const filter = raw ? parseFilter(raw, schema) : {};
  return { source: source as Source, dimension: dimension as Dimension, groupBy: groupBy as GroupBy[], filter };
}

/** A comma-separated list of school years (ROC years), at most MAX_LIST. */
function schoolYearsParam(url: URL, field: string): number[] {
  const parts = (url.searchParams.get(field) ?? '').split(',').filter(Boolean);
  if (parts.length > MAX_LIST) throw bad(field, 'TOO_MANY', `At most ${MAX_LIST} school years`, { max: MAX_LIST });
  const years = parts.map((p) => (/^\d{1,3}$/.test(p.trim()) ? Number(p) : NaN));
  if (years.some((y) => !Number.isInteger(y))) throw bad(field, 'SCHOOL_YEAR_INVALID', 'Comma-separated school years, e.g. 109,110');
  return years;
}

/**
 * The file's name says what was asked: source, school years, dimension and grouping, e.g.
 * demand-teacher-plans-109-110-domain-by-county-stage (every download used to be demand-domain.csv).
 */
export function demandFilename(q: { source: Source; dimension: Dimension; groupBy: GroupBy[]; filter: DemandFilter }): string {
  const by = q.groupBy.length ? `-by-${q.groupBy.join('-')}` : '';
  return `demand-${q.source.replace('_', '-')}-${yearsPart(q.filter.schoolYears ?? [])}-${q.dimension}${by}`.toLowerCase();
}

/** School years in a file name: 109-110, 101-to-110 for many, all-years for none. */
function yearsPart(list: readonly number[]): string {
  const years = [...list].sort((a, b) => a - b);
  return years.length === 0 ? 'all-years' : years.length > 4 ? `${years[0]}-to-${years[years.length - 1]}` : years.join('-');
}

/** GET /exports/demand.csv|xlsx?source=&dimension=&groupBy=COUNTY,STAGE&filter={...} */
export async function demandExport(ctx: Context, url: URL, schema: GraphQLSchema): Promise<{ sheets: Sheet[]; filename: string }> {
  if (ctx.viewer.kind === 'ANONYMOUS') throw unauthenticated();
  const q = parseDemand(url, schema);
  const r = await ctx.services.analytics.demand(ctx.viewer, q);
  return { sheets: [await demandSheet(ctx, r)], filename: demandFilename(q) };
}

async function participationSheet(ctx: Context, years: number[], countyIds: number[] | null): Promise<Sheet> {
  const rows = await ctx.services.analytics.participation(ctx.viewer, years, countyIds);
  const counties = await ctx.loaders.county.loadMany(rows.map((r) => r.countyId));
  const out = rows.map((r, i): (string | number)[] => {
    const county = counties[i];
    return [
      r.schoolYear,
      county && !(county instanceof Error) ? county.name : '',
      r.schoolsInvited,
      r.schoolsSubmitted,
      r.teachersInvited,
      r.teachersSubmitted,
    ];
  });
  return { title: '參與情形', header: ['學年度', '縣市', '學校數', '填報學校數', '教師數', '填報教師數'], rows: out };
}

/** GET /exports/participation.csv|xlsx?schoolYears=99,100 */
export async function participationExport(ctx: Context, url: URL): Promise<{ sheets: Sheet[]; filename: string }> {
  if (ctx.viewer.kind === 'ANONYMOUS') throw unauthenticated();
  const years = schoolYearsParam(url, 'schoolYears');
  const countyParts = (url.searchParams.get('countyIds') ?? '').split(',').filter(Boolean);
  if (countyParts.length > MAX_LIST) throw bad('countyIds', 'TOO_MANY', `At most ${MAX_LIST} County IDs`, { max: MAX_LIST });
  const counties = countyParts.map((c, i) => idOfType(c, 'County', `countyIds.${i}`));
  return {
    sheets: [await participationSheet(ctx, years, counties.length ? counties : null)],
    filename: `participation-${yearsPart(years)}`,
  };
}

/**
 * GET /exports/demand-report.xlsx?schoolYear=109&source=TEACHER_PLANS: the yearly demand report,
 * one sheet per dimension (county rows; counts and shares of every option) and the participation table.
 */
export async function demandReportExport(ctx: Context, url: URL): Promise<{ sheets: Sheet[]; filename: string }> {
  if (ctx.viewer.kind === 'ANONYMOUS') throw unauthenticated();
  const year = Number(url.searchParams.get('schoolYear'));
  if (!Number.isInteger(year) || year < 1 || year > 999) throw bad('schoolYear', 'SCHOOL_YEAR_INVALID', 'schoolYear is required, e.g. 109');
  const source = (url.searchParams.get('source') ?? 'TEACHER_PLANS') as Source;
  if (!SOURCES.includes(source)) throw bad('source', 'NOT_AN_OPTION', 'TEACHER_PLANS or SCHOOL_PLANS');
  const sheets: Sheet[] = [];
  for (const dimension of Object.keys(DIMENSION_ENUM) as Dimension[]) {
    const r = await ctx.services.analytics.demand(ctx.viewer, { source, dimension, groupBy: ['COUNTY'], filter: { schoolYears: [year] } });
    const options = Object.entries(LABELS[DIMENSION_ENUM[dimension]] as Record<string, { zh: string }>);
    const header = ['縣市', '規劃數', ...options.flatMap(([, l]) => [`${l.zh} 選填數`, `${l.zh} 比例`])];
    const counties = await ctx.loaders.county.loadMany(r.groups.map((g) => Number(g.key[0].value)));
    const rows = r.groups.map((g, i): (string | number)[] => {
      const county = counties[i];
      return [
        county && !(county instanceof Error) ? county.name : g.key[0].value,
        g.plans ?? '',
        ...g.cells.flatMap((c) => [c.count ?? '', c.share ?? '']),
      ];
    });
    sheets.push({ title: LABELS.Dimension[dimension].zh, header, rows });
  }
  sheets.push(await participationSheet(ctx, [year], null));
  return { sheets, filename: `demand-report-${year}` };
}
