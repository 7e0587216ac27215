import type { DataSource } from 'typeorm';
import { CountyEntity } from '../../modules/directory';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from '../../modules/directory';
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
 * be tried at once. The generated history (108 to last year: demoSeedOptions) is deterministic for a given year; this year depends on the date.
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
  });
  return year;
}
