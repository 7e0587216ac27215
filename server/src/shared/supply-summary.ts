import type { DataSource, EntityManager } from 'typeorm';
import { KEY_RANGE } from './disclosure';
import { isMysql, optionColumn } from './sql';

/**
 * The summary tables of supply against demand (docs/API.md "供需"), kept in the transaction of
 * every course, registration and study-record write. They live in shared/ (like outbox.ts) because
 * the modules that write courses, registrations and study records (courses, hours) come before the
 * module that reads the tables (supply): importing supply from them would close a cycle.
 *
 * - `supply_summary`: offered courses (PUBLISHED or CLOSED), their seats (capacity) and seat-hours
 *   (capacity x course hours), per school year x dimension x option x county (the course's, 0 when
 *   the organiser has none) x stage x remoteness (the organiser's) x organiser kind. A course counts
 *   once under stage '*' (the totals) and once under each stage of its audience, or under 'ALL'
 *   when its audience names no stage (open to every stage). Courses are public: no record keys.
 * - `uptake_summary`: per school year x dimension x option x county x stage x remoteness (of the
 *   teacher's school; its first stage, as the demand summary counts plans) x organiser kind (of the
 *   course; EXTERNAL for hours reported without a course): ADMITTED registrations with the sum of
 *   their record keys, and issued study records with their hours and the sum of their record keys
 *   (the cell keys of the disclosure control, shared/disclosure.ts).
 *
 * - `supply_county_summary`: both rolled up per school year x dimension x county x option (the
 *   supply's stage '*' rows; the uptake over every stage, remoteness and organiser kind), what the
 *   standard report (by county or for the nation, without other filters) reads: ~23 rows an option
 *   instead of thousands. Every write to the two tables above writes it too, in the same transaction
 *   and after them (the same lock order everywhere).
 *
 * A course's rows move by difference: `courseSnapshot` before a write (after the course's row lock)
 * and after it, then `moveCourse(em, before, after)`. Issued hours move with `recordIssuedHours`.
 */

export const OFFERED_STATUSES = ['PUBLISHED', 'CLOSED'] as const;
export const STAGE_TOTAL = '*';
export const STAGE_ALL = 'ALL';
export const EXTERNAL = 'EXTERNAL';

const R = KEY_RANGE;
/** A signed change of a key sum as the non-negative residue modulo KEY_RANGE that adds the same. */
const keyDelta = (d: number) => ((d % R) + R) % R;
export const firstStageOf = (stages: string | null | undefined) => (stages ?? '').split(',')[0] || 'UNKNOWN';

interface SupplyKey {
  schoolYear: number;
  dimension: string;
  option: string;
  countyId: number;
  stage: string;
  remoteness: string;
  organiserKind: string;
}

/** What one course counts for in both tables at one moment. */
export interface CourseSnapshot {
  supply: Map<string, SupplyKey & { courses: number; seats: number; seatHours: number }>;
  uptake: Map<string, SupplyKey & { registrations: number; keySum: number }>;
}

const keyString = (k: SupplyKey) =>
  [k.schoolYear, k.dimension, k.option, k.countyId, k.stage, k.remoteness, k.organiserKind].join('\u0001');

/** The options a course offers: its domain and its rows of course_choice. */
interface CourseOptions {
  schoolYear: number;
  /** The organiser unit's kind. */
  kind: string;
  domain: string;
  /** The course's choices of the other dimensions (course_choice), in dimension and option order. */
  choices: { dimension: string; option: string }[];
}

/** Each course's school year, organiser kind, domain and choices, in one statement for any number of courses. */
async function coursesOptions(em: EntityManager, courseIds: number[]): Promise<Map<number, CourseOptions>> {
  const out = new Map<number, CourseOptions>();
  if (!courseIds.length) return out;
  const opt = optionColumn(em.connection);
  const rows: { course_id: number; school_year: number; kind: string; domain: string; dimension: string | null; opt: string | null }[] =
    await em.query(
      `SELECT c.id AS course_id, c.school_year, u.kind, c.domain, cc.dimension, cc.${opt} AS opt
       FROM course c JOIN unit u ON u.id = c.organiser_unit_id LEFT JOIN course_choice cc ON cc.course_id = c.id
       WHERE c.id IN (${courseIds.map(() => '?').join(', ')}) ORDER BY c.id, cc.dimension, cc.${opt}`,
      courseIds,
    );
  for (const r of rows) {
    const id = Number(r.course_id);
    let c = out.get(id);
    if (!c) out.set(id, (c = { schoolYear: Number(r.school_year), kind: String(r.kind), domain: String(r.domain), choices: [] }));
    if (r.dimension != null) c.choices.push({ dimension: r.dimension, option: String(r.opt) });
  }
  return out;
}

/** Summary rows of the same key added together (one upsert row per key). */
function addUp<V extends Record<string, number>>(
  rows: { key: SupplyKey; values: V }[],
  keyOf: (k: SupplyKey) => string,
): { key: SupplyKey; values: V }[] {
  const sums = new Map<string, { key: SupplyKey; values: V }>();
  for (const r of rows) {
    const k = keyOf(r.key);
    const m = sums.get(k);
    if (!m) sums.set(k, { key: r.key, values: { ...r.values } });
    else for (const c of Object.keys(r.values) as (keyof V & string)[]) (m.values as Record<string, number>)[c] += r.values[c];
  }
  return [...sums.values()];
}

/** What the course counts for now (read in the caller's transaction; empty when there is no such course). */
export async function courseSnapshot(em: EntityManager, courseId: number): Promise<CourseSnapshot> {
  const snap: CourseSnapshot = { supply: new Map(), uptake: new Map() };
  const [c] = await em.query(
    `SELECT c.school_year, c.county_id, c.status, c.domain, c.capacity, c.hours, u.kind, u.remoteness
     FROM course c JOIN unit u ON u.id = c.organiser_unit_id WHERE c.id = ?`,
    [courseId],
  );
  if (!c) return snap;
  const options = [{ dimension: 'DOMAIN', option: String(c.domain) }, ...(await coursesOptions(em, [courseId])).get(courseId)!.choices];
  const base = {
    schoolYear: Number(c.school_year),
    countyId: c.county_id == null ? 0 : Number(c.county_id),
    remoteness: c.remoteness ?? 'GENERAL',
    organiserKind: String(c.kind),
  };
  if ((OFFERED_STATUSES as readonly string[]).includes(c.status)) {
    const audience: { value: string }[] = await em.query("SELECT value FROM course_audience WHERE course_id = ? AND kind = 'STAGE'", [
      courseId,
    ]);
    const stages = [STAGE_TOTAL, ...(audience.length ? audience.map((a) => a.value) : [STAGE_ALL])];
    for (const o of options)
      for (const stage of stages) {
        const k = { ...base, ...o, stage };
        snap.supply.set(keyString(k), {
          ...k,
          courses: 1,
          seats: Number(c.capacity),
          seatHours: Number(c.capacity) * Number(c.hours),
        });
      }
  }
  // admitted registrations by the teacher's school (when registering): county, first stage, remoteness
  const groups: { county_id: number; stages: string | null; remoteness: string | null; n: number; ks: unknown }[] = await em.query(
    `SELECT u.county_id, u.stages, u.remoteness, COUNT(*) AS n, SUM(r.record_key) AS ks
     FROM course_registration r JOIN unit u ON u.id = r.school_id
     WHERE r.course_id = ? AND r.status = 'ADMITTED' GROUP BY u.county_id, u.stages, u.remoteness`,
    [courseId],
  );
  for (const g of groups) {
    for (const o of options) {
      const k: SupplyKey = {
        schoolYear: base.schoolYear,
        organiserKind: base.organiserKind,
        ...o,
        countyId: Number(g.county_id ?? 0),
        stage: firstStageOf(g.stages),
        remoteness: g.remoteness ?? 'GENERAL',
      };
      const ks = keyString(k);
      const prev = snap.uptake.get(ks) ?? { ...k, registrations: 0, keySum: 0 };
      prev.registrations += Number(g.n);
      prev.keySum = (prev.keySum + (Number(g.ks ?? 0) % R)) % R;
      snap.uptake.set(ks, prev);
    }
  }
  return snap;
}

const SUPPLY_KEYS = ['school_year', 'dimension', 'option', 'county_id', 'stage', 'remoteness', 'organiser_kind'];
const COUNTY_KEYS = ['school_year', 'dimension', 'county_id', 'option'];
const COUNTY_VALUES = [
  'courses',
  'seats',
  'seat_hours',
  'registrations',
  'reg_key_sum',
  'issued_records',
  'issued_hours',
  'issued_key_sum',
];
const COUNTY_KEY_SUMS = ['reg_key_sum', 'issued_key_sum'];

type SummaryTable = 'supply_summary' | 'uptake_summary' | 'supply_county_summary';
const KEY_COLUMNS: Record<SummaryTable, string[]> = {
  supply_summary: SUPPLY_KEYS,
  uptake_summary: SUPPLY_KEYS,
  supply_county_summary: COUNTY_KEYS,
};
const KEY_VALUE: Record<string, (k: SupplyKey) => unknown> = {
  school_year: (k) => k.schoolYear,
  dimension: (k) => k.dimension,
  option: (k) => k.option,
  county_id: (k) => k.countyId,
  stage: (k) => k.stage,
  remoteness: (k) => k.remoteness,
  organiser_kind: (k) => k.organiserKind,
};
const countyKeyString = (k: SupplyKey) => [k.schoolYear, k.dimension, k.countyId, k.option].join('\u0001');

let writes = 0;
/**
 * How many summary writes this process began: an answer read from the tables before the count moved
 * may be stale (SupplyService keeps answers for a few seconds while it stands still).
 */
export const summaryWrites = () => writes;

/** Adds rows of deltas to a summary table, in key order (so concurrent writers do not deadlock each other). */
async function upsert(
  em: EntityManager,
  table: SummaryTable,
  rows: { key: SupplyKey; values: Record<string, number> }[],
  keySums: string[],
): Promise<void> {
  if (!rows.length) return;
  writes++;
  const keyCols = KEY_COLUMNS[table];
  const ks = table === 'supply_county_summary' ? countyKeyString : keyString;
  rows.sort((a, b) => (ks(a.key) < ks(b.key) ? -1 : 1));
  const ds = em.connection;
  const mysql = isMysql(ds);
  const q = (c: string) => (c === 'option' ? optionColumn(ds) : c);
  const valueCols = Object.keys(rows[0].values);
  const cols = [...keyCols, ...valueCols];
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  const params = rows.flatMap((r) => [
    ...keyCols.map((c) => KEY_VALUE[c](r.key)),
    ...valueCols.map((c) => (keySums.includes(c) ? keyDelta(r.values[c]) : r.values[c])),
  ]);
  const set = valueCols
    .map((c) => {
      const add = mysql ? `${c} + VALUES(${c})` : `${c} + excluded.${c}`;
      return `${c} = ${keySums.includes(c) ? `(${add}) % ${R}` : add}`;
    })
    .join(', ');
  // at most 200 rows a statement
  for (let i = 0; i < rows.length; i += 200) {
    const n = Math.min(200, rows.length - i);
    const p = params.slice(i * cols.length, (i + n) * cols.length);
    const values = Array.from({ length: n }, () => tuple).join(', ');
    await em.query(
      mysql
        ? `INSERT INTO ${table} (${cols.map(q).join(', ')}) VALUES ${values} ON DUPLICATE KEY UPDATE ${set}`
        : `INSERT INTO ${table} (${cols.map(q).join(', ')}) VALUES ${values} ON CONFLICT (${keyCols.map(q).join(', ')}) DO UPDATE SET ${set}`,
      p,
    );
  }
}

/**
 * Deltas written to supply_summary (its stage '*' rows only: each course once) and uptake_summary,
 * summed per school year x dimension x county x option and added to supply_county_summary (after
 * the two tables, in the same transaction). Every delta names the same value columns.
 */
async function upsertCounty(em: EntityManager, deltas: { key: SupplyKey; values: Record<string, number> }[]): Promise<void> {
  await upsert(
    em,
    'supply_county_summary',
    addUp(deltas, countyKeyString).filter((r) =>
      Object.entries(r.values).some(([c, v]) => (COUNTY_KEY_SUMS.includes(c) ? keyDelta(v) : v)),
    ),
    COUNTY_KEY_SUMS,
  );
}

/** Moves a course's counts from what it counted for (`before`) to what it counts for now (`after`), in the caller's transaction. */
export async function moveCourse(em: EntityManager, before: CourseSnapshot, after: CourseSnapshot): Promise<void> {
  const supply = new Map<string, { key: SupplyKey; values: { courses: number; seats: number; seat_hours: number } }>();
  const addSupply = (s: CourseSnapshot, sign: 1 | -1) => {
    for (const [k, r] of s.supply) {
      const d = supply.get(k) ?? { key: r, values: { courses: 0, seats: 0, seat_hours: 0 } };
      d.values.courses += sign * r.courses;
      d.values.seats += sign * r.seats;
      d.values.seat_hours += sign * r.seatHours;
      supply.set(k, d);
    }
  };
  addSupply(before, -1);
  addSupply(after, 1);
  const uptake = new Map<string, { key: SupplyKey; values: { registrations: number; reg_key_sum: number } }>();
  const addUptake = (s: CourseSnapshot, sign: 1 | -1) => {
    for (const [k, r] of s.uptake) {
      const d = uptake.get(k) ?? { key: r, values: { registrations: 0, reg_key_sum: 0 } };
      d.values.registrations += sign * r.registrations;
      d.values.reg_key_sum += sign * r.keySum;
      uptake.set(k, d);
    }
  };
  addUptake(before, -1);
  addUptake(after, 1);
  const supplyRows = [...supply.values()].filter((d) => d.values.courses || d.values.seats || d.values.seat_hours);
  const uptakeRows = [...uptake.values()].filter((d) => d.values.registrations || keyDelta(d.values.reg_key_sum));
  await upsert(em, 'supply_summary', supplyRows, []);
  await upsert(em, 'uptake_summary', uptakeRows, ['reg_key_sum']);
  // the county roll-up last, supply and uptake in one statement (one lock order for every writer)
  await upsertCounty(em, [
    ...supplyRows
      .filter((d) => d.key.stage === STAGE_TOTAL)
      .map((d) => ({ key: d.key, values: { ...d.values, registrations: 0, reg_key_sum: 0 } })),
    ...uptakeRows.map((d) => ({ key: d.key, values: { courses: 0, seats: 0, seat_hours: 0, ...d.values } })),
  ]);
}

/**
 * One registration starting (1) or ceasing (-1) to count as ADMITTED, nothing else about the course
 * changing (an enrolment): the uptake rows moveCourse would move between snapshots taken around the
 * write, without the snapshots (which read every admitted registration of the course twice). Call it
 * in the write's transaction, after the course's row lock, with the registration's key and its school
 * as the unit row has it (county, stages, remoteness).
 */
export async function recordAdmission(
  em: EntityManager,
  r: {
    courseId: number;
    recordKey: number;
    /** The registration's school (its unit row) as the uptake groups it. */
    school: { countyId: number | null; stages: string | null; remoteness: string | null };
  },
  sign: 1 | -1,
): Promise<void> {
  const c = (await coursesOptions(em, [r.courseId])).get(r.courseId);
  if (!c) throw new Error(`recordAdmission: no course ${r.courseId}`);
  const rows = [{ dimension: 'DOMAIN', option: c.domain }, ...c.choices].map((o) => ({
    key: {
      schoolYear: c.schoolYear,
      ...o,
      countyId: r.school.countyId ?? 0,
      stage: firstStageOf(r.school.stages),
      remoteness: r.school.remoteness ?? 'GENERAL',
      organiserKind: c.kind,
    },
    values: { registrations: sign, reg_key_sum: sign * r.recordKey },
  }));
  await upsert(em, 'uptake_summary', rows, ['reg_key_sum']);
  await upsertCounty(em, rows);
}

/** Runs a course write and moves the course's summary rows by what it changed (call after the course's row lock). */
export async function withCourseSummary<T>(em: EntityManager, courseId: number, work: () => Promise<T>): Promise<T> {
  const before = await courseSnapshot(em, courseId);
  const result = await work();
  await moveCourse(em, before, await courseSnapshot(em, courseId));
  return result;
}

/** A study record as the supply summary counts it. */
export interface IssuedHours {
  teacherId: number;
  /** The course it was issued for; null for hours reported from outside (a partner, e.g. the MOOC platform). */
  courseId: number | null;
  /** The school year the record counts in. */
  schoolYear: number;
  /** The record's domain (主要研習範疇, a StudyDomain code). */
  domain: string;
  /** The hours issued (in half hours, >= 0; the column is DECIMAL(12,1)). */
  hours: number;
  /** The study record's record key: `newRecordKey()` (shared/disclosure.ts) drawn once when the row is inserted, stored on it, never changed. */
  recordKey: number;
}

/**
 * Hours issued (uptake), kept in the caller's transaction: `sign` 1 when a study record is created
 * (or starts to count), -1 when it is removed or stops counting; a changed record is -1 with its
 * old values and 1 with its new ones, in the same transaction.
 *
 * Contract:
 * - call it in the transaction that inserts, deletes or changes the study_record row, with the
 *   values the row has (had, for -1), including its stored record key;
 * - the record counts under the teacher's school at the time of the call (county, first stage,
 *   remoteness): a teacher who changed school between +1 and -1 moves the count between groups
 *   (the totals stay right);
 * - with a course: under the course's organiser kind and every option the course offers (its
 *   domain is `domain`; MODE, TIME, PLACE, LEVEL, METHOD from course_choice); without one
 *   (external hours): organiser kind EXTERNAL and the DOMAIN dimension only;
 * - an unknown teacher or course throws (the caller's transaction rolls back).
 */
export async function recordIssuedHours(em: EntityManager, r: IssuedHours, sign: 1 | -1): Promise<void> {
  await recordIssuedHoursMany(em, [r], sign);
}

/**
 * recordIssuedHours for several records at once (the same contract for each), in a few statements
 * whatever their number: the teachers' schools in one, each course's organiser kind and options in
 * one per course, the rows added together.
 */
export async function recordIssuedHoursMany(em: EntityManager, records: IssuedHours[], sign: 1 | -1): Promise<void> {
  if (!records.length) return;
  const teacherIds = [...new Set(records.map((r) => r.teacherId))];
  const schools: { id: number; county_id: number | null; stages: string | null; remoteness: string | null }[] = await em.query(
    `SELECT t.id, u.county_id, u.stages, u.remoteness FROM teacher t JOIN unit u ON u.id = t.school_id WHERE t.id IN (${teacherIds.map(() => '?').join(', ')})`,
    teacherIds,
  );
  const schoolOf = new Map(schools.map((s) => [Number(s.id), s]));
  const courses = await coursesOptions(em, [...new Set(records.map((r) => r.courseId).filter((c): c is number => c != null))]);
  const rows = records.flatMap((r) => {
    const t = schoolOf.get(r.teacherId);
    if (!t) throw new Error(`recordIssuedHours: no teacher ${r.teacherId}`);
    let organiserKind = EXTERNAL;
    const options = [{ dimension: 'DOMAIN', option: r.domain }];
    if (r.courseId != null) {
      const c = courses.get(r.courseId);
      if (!c) throw new Error(`recordIssuedHours: no course ${r.courseId}`);
      organiserKind = c.kind;
      options.push(...c.choices);
    }
    return options.map((o) => ({
      key: {
        schoolYear: r.schoolYear,
        ...o,
        countyId: Number(t.county_id ?? 0),
        stage: firstStageOf(t.stages),
        remoteness: t.remoteness ?? 'GENERAL',
        organiserKind,
      },
      values: { issued_records: sign, issued_hours: sign * r.hours, issued_key_sum: sign * r.recordKey },
    }));
  });
  // records of the same group add up to one row (one upsert row per key)
  const all = addUp(rows, keyString);
  await upsert(em, 'uptake_summary', all, ['issued_key_sum']);
  await upsertCounty(em, all);
}

// ---- recounts (the generator after a bulk load, the migration, tests) ----

function firstStageSql(ds: { options: DataSource['options'] }, col: string): string {
  return isMysql(ds as DataSource)
    ? `SUBSTRING_INDEX(${col}, ',', 1)`
    : `CASE WHEN instr(${col}, ',') > 0 THEN substr(${col}, 1, instr(${col}, ',') - 1) ELSE ${col} END`;
}

/** The supply rows and the registration rows of the uptake as a recount from courses and registrations would make them. */
function recountSql(ds: { options: DataSource['options'] }): { supply: string; registrations: string } {
  const opt = optionColumn(ds as DataSource);
  const options = `(SELECT id AS course_id, 'DOMAIN' AS dimension, domain AS opt FROM course
     UNION ALL SELECT course_id, dimension, ${opt} AS opt FROM course_choice)`;
  const stages = `(SELECT id AS course_id, '${STAGE_TOTAL}' AS stage FROM course
     UNION ALL SELECT course_id, value AS stage FROM course_audience WHERE kind = 'STAGE'
     UNION ALL SELECT x.id AS course_id, '${STAGE_ALL}' AS stage FROM course x WHERE NOT EXISTS (SELECT 1 FROM course_audience a WHERE a.course_id = x.id AND a.kind = 'STAGE'))`;
  const offered = OFFERED_STATUSES.map((s) => `'${s}'`).join(', ');
  const supply = `SELECT c.school_year, o.dimension, o.opt AS ${opt}, COALESCE(c.county_id, 0) AS county_id, st.stage, COALESCE(u.remoteness, 'GENERAL') AS remoteness,
      u.kind AS organiser_kind, COUNT(*) AS courses, SUM(c.capacity) AS seats, SUM(c.capacity * c.hours) AS seat_hours
    FROM course c JOIN unit u ON u.id = c.organiser_unit_id JOIN ${options} o ON o.course_id = c.id JOIN ${stages} st ON st.course_id = c.id
    WHERE c.status IN (${offered})
    GROUP BY c.school_year, o.dimension, o.opt, COALESCE(c.county_id, 0), st.stage, COALESCE(u.remoteness, 'GENERAL'), u.kind`;
  const stage = firstStageSql(ds, 'g.stages');
  // registrations grouped by course and school kind first, then spread over the course's options
  const registrations = `SELECT c.school_year, o.dimension, o.opt AS ${opt}, COALESCE(g.county_id, 0) AS county_id, COALESCE(${stage}, 'UNKNOWN') AS stage,
      COALESCE(g.remoteness, 'GENERAL') AS remoteness, ou.kind AS organiser_kind, SUM(g.n) AS registrations, SUM(g.ks) % ${R} AS reg_key_sum
    FROM (SELECT r.course_id, u.county_id, u.stages, u.remoteness, COUNT(*) AS n, SUM(r.record_key) AS ks
          FROM course_registration r JOIN unit u ON u.id = r.school_id WHERE r.status = 'ADMITTED'
          GROUP BY r.course_id, u.county_id, u.stages, u.remoteness) g
    JOIN course c ON c.id = g.course_id JOIN unit ou ON ou.id = c.organiser_unit_id JOIN ${options} o ON o.course_id = c.id
    GROUP BY c.school_year, o.dimension, o.opt, COALESCE(g.county_id, 0), COALESCE(${stage}, 'UNKNOWN'), COALESCE(g.remoteness, 'GENERAL'), ou.kind`;
  return { supply, registrations };
}

/**
 * Recounts the supply rows and the registrations of the uptake from the courses and registrations
 * (after a bulk load; a repair tool). The issued hours stay as they are (the hours module recounts
 * its own).
 */
export async function refillSupplySummaries(
  run: { query(sql: string, params?: unknown[]): Promise<unknown> },
  ds: { options: DataSource['options'] },
  options: { countySummary?: boolean } = {},
): Promise<void> {
  const sql = recountSql(ds);
  const opt = optionColumn(ds as DataSource);
  const keys = SUPPLY_KEYS.map((c) => (c === 'option' ? opt : c)).join(', ');
  await run.query('DELETE FROM supply_summary');
  await run.query(`INSERT INTO supply_summary (${keys}, courses, seats, seat_hours) ${sql.supply}`);
  await run.query('UPDATE uptake_summary SET registrations = 0, reg_key_sum = 0');
  await run.query(
    isMysql(ds as DataSource)
      ? `INSERT INTO uptake_summary (${keys}, registrations, reg_key_sum) ${sql.registrations}
         ON DUPLICATE KEY UPDATE registrations = VALUES(registrations), reg_key_sum = VALUES(reg_key_sum)`
      : `INSERT INTO uptake_summary (${keys}, registrations, reg_key_sum) SELECT * FROM (${sql.registrations}) WHERE true
         ON CONFLICT (${keys}) DO UPDATE SET registrations = excluded.registrations, reg_key_sum = excluded.reg_key_sum`,
  );
  // (false only in the migration that made these tables, before the county roll-up existed)
  if (options.countySummary !== false) await refillCountySummary(run, ds);
}

/**
 * The issued-hours rows of the uptake as a recount from study records would make them. `source` is a
 * SELECT giving one row per counted record with the columns teacher_id, course_id (NULL for external
 * hours), school_year, domain, hours and record_key (the hours module: its study_record table).
 */
function issuedRecountSql(ds: { options: DataSource['options'] }, source: string): string {
  const opt = optionColumn(ds as DataSource);
  const stage = firstStageSql(ds, 'u.stages');
  const from = `FROM (${source}) s JOIN teacher t ON t.id = s.teacher_id JOIN unit u ON u.id = t.school_id
    LEFT JOIN course c ON c.id = s.course_id LEFT JOIN unit ou ON ou.id = c.organiser_unit_id`;
  const keys = `COALESCE(u.county_id, 0) AS county_id, COALESCE(${stage}, 'UNKNOWN') AS stage, COALESCE(u.remoteness, 'GENERAL') AS remoteness,
    COALESCE(ou.kind, '${EXTERNAL}') AS organiser_kind`;
  const group = `COALESCE(u.county_id, 0), COALESCE(${stage}, 'UNKNOWN'), COALESCE(u.remoteness, 'GENERAL'), COALESCE(ou.kind, '${EXTERNAL}')`;
  const sums = `COUNT(*) AS issued_records, SUM(s.hours) AS issued_hours, SUM(s.record_key) % ${R} AS issued_key_sum`;
  return `SELECT s.school_year, 'DOMAIN' AS dimension, s.domain AS ${opt}, ${keys}, ${sums} ${from}
      GROUP BY s.school_year, s.domain, ${group}
    UNION ALL
    SELECT s.school_year, cc.dimension, cc.${opt} AS ${opt}, ${keys}, ${sums} ${from} JOIN course_choice cc ON cc.course_id = s.course_id
      GROUP BY s.school_year, cc.dimension, cc.${opt}, ${group}`;
}

/**
 * Recounts the issued hours of the uptake from study records (`source`: see issuedRecountSql; e.g.
 * `SELECT teacher_id, course_id, school_year, domain, hours, record_key FROM study_record`), after a bulk
 * load. The registrations and the supply stay as they are.
 */
export async function refillIssuedHours(
  run: { query(sql: string, params?: unknown[]): Promise<unknown> },
  ds: { options: DataSource['options'] },
  source: string,
): Promise<void> {
  const opt = optionColumn(ds as DataSource);
  const keys = SUPPLY_KEYS.map((c) => (c === 'option' ? opt : c)).join(', ');
  const sql = issuedRecountSql(ds, source);
  await run.query('UPDATE uptake_summary SET issued_records = 0, issued_hours = 0, issued_key_sum = 0');
  await run.query(
    isMysql(ds as DataSource)
      ? `INSERT INTO uptake_summary (${keys}, issued_records, issued_hours, issued_key_sum) ${sql}
         ON DUPLICATE KEY UPDATE issued_records = VALUES(issued_records), issued_hours = VALUES(issued_hours), issued_key_sum = VALUES(issued_key_sum)`
      : `INSERT INTO uptake_summary (${keys}, issued_records, issued_hours, issued_key_sum) SELECT * FROM (${sql}) WHERE true
         ON CONFLICT (${keys}) DO UPDATE SET issued_records = excluded.issued_records, issued_hours = excluded.issued_hours, issued_key_sum = excluded.issued_key_sum`,
  );
  await refillCountySummary(run, ds);
}

/** supply_county_summary as a GROUP BY over supply_summary (its stage '*' rows) and uptake_summary makes it. */
function countyRecountSql(ds: { options: DataSource['options'] }): string {
  const opt = optionColumn(ds as DataSource);
  return `SELECT school_year, dimension, county_id, ${opt}, SUM(courses) AS courses, SUM(seats) AS seats, SUM(seat_hours) AS seat_hours,
      SUM(registrations) AS registrations, SUM(reg_key_sum) % ${R} AS reg_key_sum, SUM(issued_records) AS issued_records,
      SUM(issued_hours) AS issued_hours, SUM(issued_key_sum) % ${R} AS issued_key_sum
    FROM (SELECT school_year, dimension, county_id, ${opt}, courses, seats, seat_hours, 0 AS registrations, 0 AS reg_key_sum,
            0 AS issued_records, 0 AS issued_hours, 0 AS issued_key_sum
          FROM supply_summary WHERE stage = '${STAGE_TOTAL}'
          UNION ALL
          SELECT school_year, dimension, county_id, ${opt}, 0, 0, 0, registrations, reg_key_sum, issued_records, issued_hours, issued_key_sum
          FROM uptake_summary) x
    GROUP BY school_year, dimension, county_id, ${opt}`;
}

/** Counts supply_county_summary again from supply_summary and uptake_summary (after their refill, a migration). */
export async function refillCountySummary(
  run: { query(sql: string, params?: unknown[]): Promise<unknown> },
  ds: { options: DataSource['options'] },
): Promise<void> {
  const opt = optionColumn(ds as DataSource);
  await run.query('DELETE FROM supply_county_summary');
  await run.query(
    `INSERT INTO supply_county_summary (${[...COUNTY_KEYS.map((c) => (c === 'option' ? opt : c)), ...COUNTY_VALUES].join(', ')}) ${countyRecountSql(ds)}`,
  );
}

/** Compares supply_county_summary with a GROUP BY over the two summary tables; the differing rows (only rows with a value that is not 0). */
export async function countySummaryDifferences(ds: DataSource): Promise<string[]> {
  const opt = optionColumn(ds);
  const norm = (rows: Row[]) =>
    rows
      .filter((r) => COUNTY_VALUES.some((c) => Number(r[c]) !== 0))
      .map((r) =>
        [...COUNTY_KEYS.map((c) => String(r[c])), ...COUNTY_VALUES.map((c) => String(Math.round(Number(r[c]) * 10) / 10))].join('|'),
      )
      .sort();
  const kept = norm(
    await ds.query(
      `SELECT ${COUNTY_KEYS.map((c) => (c === 'option' ? opt : c)).join(', ')}, ${COUNTY_VALUES.join(', ')} FROM supply_county_summary`,
    ),
  );
  const recount = norm(await ds.query(countyRecountSql(ds)));
  const sk = new Set(kept);
  const sr = new Set(recount);
  return [...kept.filter((x) => !sr.has(x)).map((x) => `kept ${x}`), ...recount.filter((x) => !sk.has(x)).map((x) => `recount ${x}`)];
}

/** Compares the issued hours of the uptake with a recount from `source` (see refillIssuedHours); the differing rows. */
export async function issuedHoursDifferences(ds: DataSource, source: string): Promise<string[]> {
  const opt = optionColumn(ds);
  const keys = SUPPLY_KEYS.map((c) => (c === 'option' ? opt : c)).join(', ');
  const ik = [...SUPPLY_KEYS, 'issued_records', 'issued_hours', 'issued_key_sum'];
  const kept = norm(
    await ds.query(
      `SELECT ${keys}, issued_records, issued_hours, issued_key_sum FROM uptake_summary WHERE issued_records <> 0 OR issued_hours <> 0 OR issued_key_sum <> 0`,
    ),
    ik,
  );
  const recount = norm(await ds.query(issuedRecountSql(ds, source)), ik);
  const sk = new Set(kept);
  const sr = new Set(recount);
  return [
    ...kept.filter((x) => !sr.has(x)).map((x) => `kept ${x}`),
    ...recount.filter((x) => !sk.has(x)).map((x) => `recount ${x}`),
    // and the county roll-up agrees with the table
    ...(await countySummaryDifferences(ds)).map((x) => `county ${x}`),
  ];
}

type Row = Record<string, string | number>;
const norm = (rows: Row[], keys: string[]) => rows.map((r) => keys.map((k) => String(r[k])).join('|')).sort();

/**
 * Compares the supply rows and the registrations of the uptake with a recount, and the county
 * roll-up with the two tables; the differing rows (empty when they agree).
 */
export async function supplySummaryDifferences(ds: DataSource): Promise<{ supply: string[]; registrations: string[]; county: string[] }> {
  const sql = recountSql(ds);
  const opt = optionColumn(ds);
  const keys = SUPPLY_KEYS.map((c) => (c === 'option' ? opt : c)).join(', ');
  const sk = [...SUPPLY_KEYS, 'courses', 'seats', 'seat_hours'];
  const rk = [...SUPPLY_KEYS, 'registrations', 'reg_key_sum'];
  const diff = (a: string[], b: string[]) => {
    const sa = new Set(a);
    const sb = new Set(b);
    return [...a.filter((x) => !sb.has(x)).map((x) => `kept ${x}`), ...b.filter((x) => !sa.has(x)).map((x) => `recount ${x}`)];
  };
  const kept = norm(await ds.query(`SELECT ${keys}, courses, seats, seat_hours FROM supply_summary WHERE courses <> 0 OR seats <> 0`), sk);
  const keptR = norm(
    await ds.query(`SELECT ${keys}, registrations, reg_key_sum FROM uptake_summary WHERE registrations <> 0 OR reg_key_sum <> 0`),
    rk,
  );
  return {
    supply: diff(kept, norm(await ds.query(sql.supply), sk)),
    registrations: diff(keptR, norm(await ds.query(sql.registrations), rk)),
    county: await countySummaryDifferences(ds),
  };
}
