import { In, type DataSource, type EntityManager } from 'typeorm';
import { CountyEntity } from '../../modules/directory';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from '../../modules/directory';
import { UnitEntity } from '../../modules/directory';
import {
  CourseAudienceEntity,
  CourseChoiceEntity,
  CourseEntity,
  CourseSessionEntity,
  courseSearchText,
  timesOfSessions,
} from '../../modules/courses';
import { COUNTIES } from './reference';

/** The school year (民國) running at this instant in Taiwan: from August 1st to July 31st. */
export function schoolYearAt(now: Date): number {
  const taipei = new Date(now.getTime() + 8 * 3600_000);
  return taipei.getUTCMonth() + 1 >= 8 ? taipei.getUTCFullYear() - 1911 : taipei.getUTCFullYear() - 1912;
}

/** The first school year of the demo history. */
export const DEMO_FIRST_YEAR = 108;

/**
 * The demo's seed options: every school year from 108 to the one before today's, with survey answers
 * (addDemoCurrentYear adds today's with its windows open).
 */
export function demoSeedOptions(now: Date): { scale: 'demo'; lastYear: number; years: number; surveys: true } {
  const lastYear = Math.max(110, schoolYearAt(now) - 1);
  return { scale: 'demo', lastYear, years: lastYear - DEMO_FIRST_YEAR + 1, surveys: true };
}

/**
 * For the demo only (`npm start` on a new embedded database): the school year running today, with
 * every county's school-plan and teacher-plan windows open around today, so the planning forms can
 * be tried at once, and courses open for enrolment today (currentYearCourses). The generated history (108 to last year: demoSeedOptions) is deterministic for a given year; this year depends on the date.
 */
export async function addDemoCurrentYear(ds: DataSource, now = new Date()): Promise<number> {
  const year = schoolYearAt(now);
  if (await ds.getRepository(SchoolYearEntity).existsBy({ year })) return year;
  const g = year + 1911;
  const day = 24 * 3600_000;
  const dayStart = (d: Date) => new Date(Math.floor((d.getTime() + 8 * 3600_000) / day) * day - 8 * 3600_000);
  const today = dayStart(now);
  await ds.transaction(async (em) => {
    await em.getRepository(SchoolYearEntity).insert({
      year,
      serviceOpensAt: new Date(Date.UTC(g, 7, 1, -8)),
      serviceClosesAt: new Date(Date.UTC(g + 1, 6, 31, 15, 59, 59)),
      rewardThresholdPercent: 60,
    });
    const windows = [
      ...['A', 'B'].map((groupKey) => ({ planKind: 'SCHOOL_PLAN' as const, groupKey, from: -7, to: 21 })),
      ...['1', '2', '3', '4', '5'].map((groupKey) => ({ planKind: 'TEACHER_PLAN' as const, groupKey, from: -3, to: 28 })),
    ];
    await em.getRepository(PlanWindowEntity).insert(
      windows.map((w) => ({
        schoolYear: year,
        planKind: w.planKind,
        groupKey: w.groupKey,
        opensAt: new Date(today.getTime() + w.from * day),
        closesAt: new Date(today.getTime() + (w.to + 1) * day - 1000),
      })),
    );
    const counties = await em.getRepository(CountyEntity).find();
    await em.getRepository(CountySchoolYearEntity).insert(
      counties.map((c) => {
        const ref = COUNTIES.find((r) => r.id === c.id)!;
        return { schoolYear: year, countyId: c.id, planGroup: ref.planGroup, teacherWave: ref.teacherWave };
      }),
    );
    await currentYearCourses(em, year, today);
  });
  return year;
}

/** Courses per county the current year gets, open for enrolment on the seed's day. */
export const DEMO_OPEN_COURSES_PER_COUNTY = 4;

/**
 * The current year's catalog: in every county the first DEMO_OPEN_COURSES_PER_COUNTY published
 * courses of last year again (same organiser, title, dimensions, audience and places), starting 2 to
 * 9 weeks from today at their time of day, registration open from 5 days ago until 3 days before the
 * start, no registrations yet, so a teacher can enrol at once.
 */
async function currentYearCourses(em: EntityManager, year: number, today: Date): Promise<void> {
  const day = 24 * 3600_000;
  const last = await em.getRepository(CourseEntity).find({ where: { schoolYear: year - 1, status: 'PUBLISHED' }, order: { id: 'ASC' } });
  const perCounty = new Map<number | null, CourseEntity[]>();
  for (const c of last) {
    const list = perCounty.get(c.countyId) ?? [];
    if (list.length < DEMO_OPEN_COURSES_PER_COUNTY) perCounty.set(c.countyId, [...list, c]);
  }
  const picked = [...perCounty.values()].flat();
  if (!picked.length) return;
  const ids = picked.map((c) => c.id);
  const [sessions, choices, audience, units] = await Promise.all([
    em.getRepository(CourseSessionEntity).find({ where: { courseId: In(ids) }, order: { startsAt: 'ASC', id: 'ASC' } }),
    em.getRepository(CourseChoiceEntity).find({ where: { courseId: In(ids) } }),
    em.getRepository(CourseAudienceEntity).find({ where: { courseId: In(ids) } }),
    em.getRepository(UnitEntity).find({ where: { id: In([...new Set(picked.map((c) => c.organiserUnitId))]) } }),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const published = new Date(today.getTime() - 6 * day);
  for (const [i, c] of picked.entries()) {
    // the same time of day (Taiwan), 14 + 7k days from today
    const timeOfDay = (c.startsAt.getTime() + 8 * 3600_000) % day;
    const startsAt = new Date(today.getTime() + (14 + 7 * (i % 8)) * day + timeOfDay);
    const shift = startsAt.getTime() - c.startsAt.getTime();
    const mine = sessions
      .filter((s) => s.courseId === c.id)
      .map((s) => ({ ...s, startsAt: new Date(s.startsAt.getTime() + shift), endsAt: new Date(s.endsAt.getTime() + shift) }));
    const code = `${year}-${c.code.split('-').slice(1).join('-')}`;
    const { identifiers } = await em.getRepository(CourseEntity).insert({
      ...c,
      id: undefined,
      code,
      schoolYear: year,
      registrationOpensAt: new Date(today.getTime() - 5 * day),
      registrationClosesAt: new Date(startsAt.getTime() - 3 * day),
      startsAt,
      endsAt: new Date(c.endsAt.getTime() + shift),
      admittedCount: 0,
      waitlistedCount: 0,
      nextQueueNo: 1,
      searchText: courseSearchText(c.title, code, unitName.get(c.organiserUnitId) ?? ''),
      submittedAt: published,
      approvedAt: published,
      publishedAt: published,
      createdAt: published,
      updatedAt: published,
    });
    const id = Number(identifiers[0].id);
    await em.getRepository(CourseSessionEntity).insert(mine.map((s) => ({ ...s, id: undefined, courseId: id })));
    await em
      .getRepository(CourseChoiceEntity)
      .insert([
        ...choices.filter((x) => x.courseId === c.id && x.dimension !== 'TIME').map((x) => ({ ...x, courseId: id })),
        ...timesOfSessions(mine).map((option) => ({ courseId: id, dimension: 'TIME' as const, option })),
      ]);
    const aud = audience.filter((a) => a.courseId === c.id).map((a) => ({ ...a, courseId: id }));
    if (aud.length) await em.getRepository(CourseAudienceEntity).insert(aud);
  }
}
