import { Harness, seededHarness, TestClock } from './harness';
import { dbLabel, onMysql } from './db';
import type { Viewer } from '../src/auth/viewer';
import { idOfType } from '../src/shared/global-id';

/**
 * Registration opening (issue 11): 200 teachers enrol at once in a 30-seat course with a waitlist of
 * 170. On MariaDB the enrolments run side by side on the connection pool and the course's row lock
 * (SELECT ... FOR UPDATE) orders them; on SQLite its one writer does. Exactly 30 admitted, 170
 * waitlisted in arrival order (queue numbers 1..200 without a gap), no teacher twice.
 */
const clock = new TestClock();
let h: Harness;
beforeAll(async () => {
  h = await seededHarness('courses_races', clock);
}, 180000);
afterAll(() => h.stop());

describe(`courses: parallel enrolment (${dbLabel()})`, () => {
  it(
    '200 teachers into a 30-seat course: 30 admitted, 170 waitlisted in order, no duplicate',
    async () => {
      clock.set('2021-09-05T10:00:00+08:00');
      const input = {
        title: '搶課測試',
        domain: 'EMERGING_POLICY',
        level: 'BASIC',
        mode: 'NON_CREDIT',
        place: 'ONLINE',
        methods: ['DIGITAL_COURSE'],
        hours: 2,
        capacity: 30,
        waitlistSize: 170,
        registrationOpensAt: '2021-09-10T00:00:00+08:00',
        registrationClosesAt: '2021-10-10T00:00:00+08:00',
        contactName: '承辦',
        sessions: [{ startsAt: '2021-10-20T19:00:00+08:00', endsAt: '2021-10-20T21:00:00+08:00', onlineUrl: 'https://meet.example.tw/x' }],
      };
      const q = async (login: string, query: string, v: Record<string, unknown>) => {
        const r = await h.as(login).query(query, v);
        if (r.errors) throw new Error(JSON.stringify(r.errors));
        return r.data!;
      };
      const c = (await q('admin', 'mutation($i: CourseInput!) { createCourse(input: $i) { id } }', { i: input })).createCourse;
      for (const m of ['submitCourse', 'approveCourse', 'publishCourse'])
        await q('admin', `mutation($id: ID!) { ${m}(id: $id) { status } }`, { id: c.id });
      clock.set('2021-09-15T10:00:00+08:00');
      const teachers: { id: number; school_id: number }[] = await h.ds.query('SELECT id, school_id FROM teacher ORDER BY id LIMIT 201');
      const viewers: Extract<Viewer, { kind: 'TEACHER' }>[] = teachers.slice(0, 200).map((t) => ({
        kind: 'TEACHER',
        credentialId: 0,
        username: `race${t.id}`,
        mustChangePassword: false,
        name: '',
        teacherId: Number(t.id),
        schoolId: Number(t.school_id),
        countyId: null,
      }));
      const courseId = idOfType(c.id, 'Course', 'id');
      const results = await Promise.allSettled(viewers.map((v) => h.app.services.registrations.enrol(v, courseId)));
      const failed = results.filter((r) => r.status === 'rejected');
      expect(failed).toEqual([]);
      const statuses = results.map((r) => (r as PromiseFulfilledResult<{ status: string }>).value.status);
      expect(statuses.filter((s) => s === 'ADMITTED')).toHaveLength(30);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(170);
      const rows: { teacher_id: number; status: string; queue_no: number }[] = await h.ds.query(
        'SELECT teacher_id, status, queue_no FROM course_registration WHERE course_id = ? ORDER BY queue_no',
        [courseId],
      );
      expect(rows).toHaveLength(200);
      expect(new Set(rows.map((r) => Number(r.teacher_id))).size).toBe(200);
      expect(rows.map((r) => Number(r.queue_no))).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      // arrival order: the first 30 by queue number are the admitted ones
      expect(rows.slice(0, 30).every((r) => r.status === 'ADMITTED')).toBe(true);
      expect(rows.slice(30).every((r) => r.status === 'WAITLISTED')).toBe(true);
      const [course] = await h.ds.query('SELECT admitted_count, waitlisted_count FROM course WHERE id = ?', [courseId]);
      expect([Number(course.admitted_count), Number(course.waitlisted_count)]).toEqual([30, 170]);
      // the 201st: FULL; the same teacher twice at once: one registration
      const extra = teachers[200];
      const again = await Promise.allSettled([viewers[0], viewers[0]].map((v) => h.app.services.registrations.enrol(v, courseId)));
      expect(again.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      const full = await Promise.allSettled([
        h.app.services.registrations.enrol({ ...viewers[0], teacherId: Number(extra.id), schoolId: Number(extra.school_id) }, courseId),
      ]);
      expect((full[0] as PromiseRejectedResult).reason.extensions).toMatchObject({ code: 'CONFLICT', reason: 'FULL' });
      // withdrawals at once: each promotes the next waitlisted in order
      const out = await Promise.allSettled(viewers.slice(0, 10).map((v) => h.app.services.registrations.withdraw(v, courseId)));
      expect(out.filter((r) => r.status === 'rejected')).toEqual([]);
      const after: { status: string; queue_no: number }[] = await h.ds.query(
        "SELECT status, queue_no FROM course_registration WHERE course_id = ? AND status = 'ADMITTED' ORDER BY queue_no",
        [courseId],
      );
      expect(after.map((r) => Number(r.queue_no))).toEqual(Array.from({ length: 30 }, (_, i) => i + 11));
    },
    onMysql ? 300000 : 120000,
  );
});
