import type { Context } from '../../context';
import { AppError, forbidden, notFound, unauthenticated } from '../../shared/errors';
import { idOfType } from '../../shared/global-id';
import { LABELS } from '../../shared/labels';
import { hydrate } from '../../shared/loaders';
import { maskNationalId } from '../../shared/national-id';
import type { Sheet } from '../../shared/sheet';
import { CourseRegistrationEntity } from './course.entity';
import { COURSE_RULES } from './course.policy';

const taipei = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * GET /exports/course-roster.csv|xlsx?courseId=...: the roster in arrival order, for whom the
 * `Course.registrations` rule allows (the organiser's course managers, the platform); national IDs
 * masked. One statement for the rows and their teachers and schools.
 */
export async function rosterExport(ctx: Context, url: URL): Promise<{ sheets: Sheet[]; filename: string }> {
  if (ctx.viewer.kind === 'ANONYMOUS') throw unauthenticated();
  const id = url.searchParams.get('courseId');
  if (!id) throw new AppError('BAD_USER_INPUT', 'FIELD_REQUIRED', 'courseId is required', { fields: ['courseId'] });
  const course = await ctx.loaders.courseById.load(idOfType(id, 'Course', 'courseId'));
  if (!course) throw notFound('NO_SUCH_COURSE', 'No such course (查無課程)');
  if (!(await COURSE_RULES['Course.registrations'](ctx, course as never))) throw forbidden();
  const ds = ctx.services.courses.dataSource;
  const raw: (Record<string, unknown> & {
    t_name: string;
    t_title: keyof typeof LABELS.TeacherTitle;
    t_nid: string;
    u_code: string;
    u_name: string;
  })[] = await ds.query(
    `SELECT r.*, t.name AS t_name, t.title AS t_title, t.national_id AS t_nid, u.code AS u_code, u.name AS u_name
     FROM course_registration r JOIN teacher t ON t.id = r.teacher_id JOIN unit u ON u.id = r.school_id
     WHERE r.course_id = ? ORDER BY r.queue_no`,
    [course.id],
  );
  const regs = hydrate(ds, CourseRegistrationEntity, raw);
  const rows = regs.map((r, i): (string | number)[] => [
    r.queueNo,
    LABELS.RegistrationStatus[r.status].zh,
    LABELS.SchoolApproval[r.approval].zh,
    raw[i].u_code,
    raw[i].u_name,
    raw[i].t_name,
    maskNationalId(raw[i].t_nid),
    LABELS.TeacherTitle[raw[i].t_title]?.zh ?? '',
    taipei(r.registeredAt),
  ]);
  return {
    sheets: [
      {
        title: '報名名單',
        header: ['報名序號', '報名狀態', '學校核准', '學校代碼', '學校名稱', '姓名', '身分證字號（遮蔽）', '職稱', '報名時間'],
        rows,
      },
    ],
    filename: `roster-${course.code}`,
  };
}
