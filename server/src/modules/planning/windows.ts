import type { EntityManager } from 'typeorm';
import type { PlanKind } from '../../shared/enums';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from '../directory';
import { PlanReopeningEntity } from './planning-cycle.entity';

export interface WindowState {
  schoolYear: number;
  planKind: PlanKind;
  /** The county group ('A', 'B') or teacher wave ('1'..'5'). */
  groupKey: string | null;
  opensAt: Date | null;
  closesAt: Date | null;
  serviceOpensAt: Date | null;
  serviceClosesAt: Date | null;
  reopenedUntil: Date | null;
  /** Inside the window, or reopened and not yet past the reopening. */
  open: boolean;
  /** Inside the service period: drafts may be saved. */
  inService: boolean;
}

/** What a window's state is computed from: the year, the county's group or wave and its window, the owner's reopening. */
export interface WindowFacts {
  year: SchoolYearEntity | null;
  groupKey: string | null;
  window: PlanWindowEntity | null;
  reopening: PlanReopeningEntity | null;
}

/**
 * The window of a county's plans in a school year. Instants are stored in UTC and compared as
 * instants, so the server's time zone never matters; the calendar is set in Taiwan dates.
 */
export async function windowState(
  em: EntityManager,
  now: Date,
  schoolYear: number,
  planKind: PlanKind,
  countyId: number | null,
  ownerId: number,
): Promise<WindowState> {
  const year = await em.getRepository(SchoolYearEntity).findOneBy({ year: schoolYear });
  const schedule = countyId ? await em.getRepository(CountySchoolYearEntity).findOneBy({ schoolYear, countyId }) : null;
  const groupKey = schedule ? groupKeyOf(schedule, planKind) : null;
  const window = groupKey ? await em.getRepository(PlanWindowEntity).findOneBy({ schoolYear, planKind, groupKey }) : null;
  const reopening = await em.getRepository(PlanReopeningEntity).findOneBy({ planKind, schoolYear, ownerId });
  return stateOfWindow(now, schoolYear, planKind, { year, groupKey, window, reopening });
}

/** The county group ('A', 'B') of its school plans, or the wave ('1'..'5') of its teacher plans. */
export function groupKeyOf(schedule: CountySchoolYearEntity, planKind: PlanKind): string {
  return planKind === 'SCHOOL_PLAN' ? schedule.planGroup : String(schedule.teacherWave);
}

/** A window's state at `now` from its facts (no database: the loaders gather the facts of many owners at once). */
export function stateOfWindow(now: Date, schoolYear: number, planKind: PlanKind, f: WindowFacts): WindowState {
  const { year, groupKey, window: w, reopening } = f;
  const inWindow = !!w && now >= w.opensAt && now <= w.closesAt;
  const reopened = !!reopening && now <= reopening.until && (!w || now > w.closesAt || now >= w.opensAt);
  return {
    schoolYear,
    planKind,
    groupKey,
    opensAt: w?.opensAt ?? null,
    closesAt: w?.closesAt ?? null,
    serviceOpensAt: year?.serviceOpensAt ?? null,
    serviceClosesAt: year?.serviceClosesAt ?? null,
    reopenedUntil: reopening && now <= reopening.until ? reopening.until : null,
    open: inWindow || reopened,
    inService: !!year && now >= year.serviceOpensAt && now <= year.serviceClosesAt,
  };
}
