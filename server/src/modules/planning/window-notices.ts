import { Column, Entity, PrimaryColumn, type DataSource, type EntityManager } from 'typeorm';
import { log } from '../../shared/log';
import { enqueue } from '../../shared/outbox';
import { dateParam } from '../../shared/sql';
import { taipeiDate } from '../../shared/taiwan-time';
import { inTransaction, isLockConflict } from '../../shared/tx';

/**
 * That a window's notice of a stage was raised (issue 14: "window opening and closing soon"): the
 * primary key makes raising it once a fact of the database, so several processes checking at once
 * raise it once (the loser's transaction fails on the key and changes nothing).
 */
@Entity('plan_window_notice')
export class PlanWindowNoticeEntity {
  @PrimaryColumn({ name: 'window_id', type: 'int' })
  windowId: number;

  /** OPENED or CLOSING. */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  stage: string;

  @Column({ type: 'int', default: 0 })
  events: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}

/** How long before a window closes its CLOSING notice goes to those who have not submitted. */
export const CLOSING_NOTICE_DAYS = Number(process.env.WINDOW_CLOSING_NOTICE_DAYS) || 3;

type Stage = 'OPENED' | 'CLOSING';
interface WindowRow {
  id: number;
  school_year: number;
  plan_kind: string;
  group_key: string;
  opens_at: Date | string;
  closes_at: Date | string;
}

/**
 * Raises the notices that are due, once per window and stage: PLANNING_WINDOW_OPENED while a window is
 * open, PLANNING_WINDOW_CLOSING in its last CLOSING_NOTICE_DAYS days, each to those who still have to
 * act — for school plans the CHIEFs and CONTACTs of each school of the window's counties whose plan
 * is not submitted, for teacher plans each teacher of those counties whose plan is not submitted (one
 * event per school). Idempotent across processes (the notice row's key); the dispatcher calls it.
 */
export async function raiseWindowNotices(ds: DataSource, now: Date): Promise<number> {
  const p = dateParam(ds, now);
  const soon = dateParam(ds, new Date(now.getTime() + CLOSING_NOTICE_DAYS * 86_400_000));
  const due: (WindowRow & { stage: Stage })[] = [
    ...(
      await ds.query(
        `SELECT w.* FROM plan_window w WHERE w.opens_at <= ? AND w.closes_at > ?
          AND NOT EXISTS (SELECT 1 FROM plan_window_notice n WHERE n.window_id = w.id AND n.stage = 'OPENED')`,
        [p, p],
      )
    ).map((w: WindowRow) => ({ ...w, stage: 'OPENED' as const })),
    ...(
      await ds.query(
        `SELECT w.* FROM plan_window w WHERE w.opens_at <= ? AND w.closes_at > ? AND w.closes_at <= ?
          AND NOT EXISTS (SELECT 1 FROM plan_window_notice n WHERE n.window_id = w.id AND n.stage = 'CLOSING')`,
        [p, p, soon],
      )
    ).map((w: WindowRow) => ({ ...w, stage: 'CLOSING' as const })),
  ];
  let raised = 0;
  for (const w of due) {
    try {
      raised += await inTransaction(ds, async (em) => {
        // the key first: a second process stops here (duplicate key) and raises nothing
        await em.getRepository(PlanWindowNoticeEntity).insert({ windowId: Number(w.id), stage: w.stage, events: 0, createdAt: now });
        const n = await noticeEvents(em, w, now);
        await em.getRepository(PlanWindowNoticeEntity).update({ windowId: Number(w.id), stage: w.stage }, { events: n });
        return n;
      });
    } catch (e) {
      if (isLockConflict(e) || /duplicate|unique|constraint/i.test(String((e as Error).message))) continue;
      throw e;
    }
  }
  if (raised) log.info({ windows: due.length, events: raised }, 'Planning window notices raised');
  return raised;
}

async function noticeEvents(em: EntityManager, w: WindowRow & { stage: Stage }, now: Date): Promise<number> {
  const year = Number(w.school_year);
  const school = w.plan_kind === 'SCHOOL_PLAN';
  const counties = school
    ? 'SELECT cs.county_id FROM county_school_year cs WHERE cs.school_year = ? AND cs.plan_group = ?'
    : 'SELECT cs.county_id FROM county_school_year cs WHERE cs.school_year = ? AND cs.teacher_wave = ?';
  const key = school ? w.group_key : Number(w.group_key);
  const type = w.stage === 'OPENED' ? 'PLANNING_WINDOW_OPENED' : 'PLANNING_WINDOW_CLOSING';
  const data = { schoolYear: year, planKind: w.plan_kind, closesOn: taipeiDate(new Date(w.closes_at)) };
  let n = 0;
  if (school) {
    const rows: { id: number; county_id: number }[] = await em.query(
      `SELECT u.id, u.county_id FROM unit u WHERE u.kind = 'SCHOOL' AND u.county_id IN (${counties})
         AND NOT EXISTS (SELECT 1 FROM school_plan sp WHERE sp.school_id = u.id AND sp.school_year = ? AND sp.status = 'SUBMITTED')
       ORDER BY u.id`,
      [year, key, year],
    );
    for (const u of rows) {
      await enqueue(em, {
        type,
        subjectType: 'SchoolYear',
        subjectId: year,
        at: now,
        unitId: Number(u.id),
        countyId: Number(u.county_id),
        recipients: [{ kind: 'UNIT', id: Number(u.id) }],
        data,
      });
      n++;
    }
    return n;
  }
  const rows: { id: number; school_id: number; county_id: number }[] = await em.query(
    `SELECT t.id, t.school_id, u.county_id FROM teacher t JOIN unit u ON u.id = t.school_id
      WHERE u.county_id IN (${counties})
        AND NOT EXISTS (SELECT 1 FROM teacher_plan tp WHERE tp.teacher_id = t.id AND tp.school_year = ? AND tp.status = 'SUBMITTED')
      ORDER BY t.school_id, t.id`,
    [year, key, year],
  );
  const bySchool = new Map<number, typeof rows>();
  for (const r of rows) bySchool.set(Number(r.school_id), [...(bySchool.get(Number(r.school_id)) ?? []), r]);
  for (const [schoolId, teachers] of bySchool) {
    await enqueue(em, {
      type,
      subjectType: 'SchoolYear',
      subjectId: year,
      at: now,
      unitId: schoolId,
      countyId: Number(teachers[0].county_id),
      recipients: teachers.map((t) => ({ kind: 'TEACHER' as const, id: Number(t.id) })),
      data,
    });
    n++;
  }
  return n;
}
