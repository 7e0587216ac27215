import type { EntityManager } from 'typeorm';
import type { CourseEntity } from './course.entity';

/**
 * The queue of a course, under its row lock: the first `capacity` active registrations by arrival
 * (queue_no) are ADMITTED, the rest WAITLISTED. After a withdrawal, a school's decline or a raised
 * capacity the first waitlisted are admitted; after an approved capacity below the admitted count
 * the last admitted go back to the head of the waitlist. Sets the course's counters (the caller saves
 * the course, or `rebalance` writes them when asked to). Returns the registrations it moved, so the
 * caller can tell their teachers (registration-events.ts).
 */
export interface QueueMoves {
  /** Registration IDs admitted from the waitlist. */
  promoted: number[];
  /** Registration IDs put back on the waitlist (a lowered capacity). */
  demoted: number[];
}

export async function rebalance(em: EntityManager, c: CourseEntity, write = false): Promise<QueueMoves> {
  const moves: QueueMoves = { promoted: [], demoted: [] };
  const counts: { status: string; n: number }[] = await em.query(
    "SELECT status, COUNT(*) AS n FROM course_registration WHERE course_id = ? AND status IN ('ADMITTED', 'WAITLISTED') GROUP BY status",
    [c.id],
  );
  let admitted = Number(counts.find((r) => r.status === 'ADMITTED')?.n ?? 0);
  let waitlisted = Number(counts.find((r) => r.status === 'WAITLISTED')?.n ?? 0);
  if (admitted < c.capacity && waitlisted > 0) {
    const k = Math.min(c.capacity - admitted, waitlisted);
    const ids: { id: number }[] = await em.query(
      `SELECT id FROM course_registration WHERE course_id = ? AND status = 'WAITLISTED' ORDER BY queue_no LIMIT ${k}`,
      [c.id],
    );
    moves.promoted = ids.map((r) => Number(r.id));
    await setStatus(em, moves.promoted, 'ADMITTED');
    admitted += ids.length;
    waitlisted -= ids.length;
  } else if (admitted > c.capacity) {
    const ids: { id: number }[] = await em.query(
      `SELECT id FROM course_registration WHERE course_id = ? AND status = 'ADMITTED' ORDER BY queue_no DESC LIMIT ${admitted - c.capacity}`,
      [c.id],
    );
    moves.demoted = ids.map((r) => Number(r.id));
    await setStatus(em, moves.demoted, 'WAITLISTED');
    admitted -= ids.length;
    waitlisted += ids.length;
  }
  c.admittedCount = admitted;
  c.waitlistedCount = waitlisted;
  if (write) await writeCounters(em, c);
  return moves;
}

async function setStatus(em: EntityManager, ids: number[], status: string): Promise<void> {
  if (!ids.length) return;
  await em.query(`UPDATE course_registration SET status = ? WHERE id IN (${ids.map(() => '?').join(', ')})`, [status, ...ids]);
}

/** The counters and the next arrival number, without touching the course's version (a registration is not an edit of the course). */
export async function writeCounters(em: EntityManager, c: CourseEntity): Promise<void> {
  await em.query('UPDATE course SET admitted_count = ?, waitlisted_count = ?, next_queue_no = ? WHERE id = ?', [
    c.admittedCount,
    c.waitlistedCount,
    c.nextQueueNo,
    c.id,
  ]);
}
