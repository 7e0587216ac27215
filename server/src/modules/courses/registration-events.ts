import type { EntityManager } from 'typeorm';
import { placeholders } from '../../shared/loaders';
import { enqueue, type OutboxEventType } from '../../shared/outbox';
import { taipeiDate } from '../../shared/taiwan-time';
import type { CourseEntity } from './course.entity';
import type { QueueMoves } from './queue';

/**
 * The course events of the outbox (issue 14 item 1), written in the transaction of the change:
 * what the teacher (or, for 公假, the school's CHIEFs and CONTACTs) is told. The payload holds the
 * course's code, title and start, and for the school the teacher's name: never a national ID, an
 * e-mail address or a phone number.
 */
export interface RegistrationRef {
  id: number;
  teacherId: number;
  schoolId: number;
}

const courseData = (c: CourseEntity) => ({ courseCode: c.code, courseTitle: c.title, startsOn: taipeiDate(c.startsAt) });

/** One event about one registration, to its teacher (or, with `toSchool`, the school's CHIEFs and CONTACTs). */
export async function registrationEvent(
  em: EntityManager,
  type: OutboxEventType,
  r: RegistrationRef,
  c: CourseEntity,
  at: Date,
  opts: {
    toSchool?: boolean;
    data?: Record<string, string | number | boolean | null>;
    /** The county of the registration's school, when the caller read it already (null: the school has none). */
    schoolCountyId?: number | null;
  } = {},
): Promise<void> {
  const county: { county_id: number | null }[] =
    opts.schoolCountyId !== undefined
      ? [{ county_id: opts.schoolCountyId }]
      : await em.query('SELECT county_id FROM unit WHERE id = ?', [r.schoolId]);
  await enqueue(em, {
    type,
    subjectType: 'CourseRegistration',
    subjectId: r.id,
    at,
    unitId: r.schoolId,
    countyId: county[0]?.county_id != null ? Number(county[0].county_id) : c.countyId,
    recipients: [opts.toSchool ? { kind: 'UNIT', id: r.schoolId } : { kind: 'TEACHER', id: r.teacherId }],
    data: { ...courseData(c), ...opts.data },
  });
}

/** The registrations of these IDs (one statement), for the events of a queue's moves or a cancellation. */
export async function registrationRefs(em: EntityManager, ids: number[]): Promise<RegistrationRef[]> {
  if (!ids.length) return [];
  const rows: { id: number; teacher_id: number; school_id: number }[] = await em.query(
    `SELECT id, teacher_id, school_id FROM course_registration WHERE id IN (${placeholders(ids.length)}) ORDER BY id`,
    ids,
  );
  return rows.map((r) => ({ id: Number(r.id), teacherId: Number(r.teacher_id), schoolId: Number(r.school_id) }));
}

/** Tells the teachers the queue moved: admitted from the waitlist, or back on it after a lowered capacity. */
export async function queueEvents(em: EntityManager, c: CourseEntity, moves: QueueMoves, at: Date): Promise<void> {
  for (const r of await registrationRefs(em, moves.promoted)) await registrationEvent(em, 'REGISTRATION_PROMOTED', r, c, at);
  for (const r of await registrationRefs(em, moves.demoted)) await registrationEvent(em, 'REGISTRATION_WAITLISTED', r, c, at);
}
