import type { Context } from '../../context';
import { idOfType } from '../../shared/global-id';
import { LABELS } from '../../shared/labels';
import { maskNationalId } from '../../shared/national-id';
import { badInput, forbidden, notFound, unauthenticated } from '../../shared/errors';
import type { Sheet } from '../../shared/sheet';
import { semesterOf } from '../../shared/semester';
import { allOf, rowsOf } from '../../shared/scoped-query';
import { readsContactOf, readsTeachers, readsTeachersOf, teacherScope } from './teacher.policy';
import { TeacherEntity } from './teacher.entity';

/**
 * The school's teacher list (附件一 『資料下載』) as the viewer may read it: the same row scope and
 * field rules as the API; national IDs always masked; contact columns only for those who may see them.
 */
export async function teacherSheet(ctx: Context, schoolGlobalId: string): Promise<{ sheet: Sheet; filename: string }> {
  if (ctx.viewer.kind === 'ANONYMOUS') throw unauthenticated();
  const schoolId = idOfType(schoolGlobalId, 'School', 'schoolId');
  const school = await ctx.loaders.unit.load(schoolId);
  if (!school || school.kind !== 'SCHOOL') throw notFound('NO_SUCH_SCHOOL', 'No such school');
  if (!readsTeachers(ctx.viewer) || !readsTeachersOf(ctx.viewer, school)) throw forbidden();
  // one statement for the teachers, one for their subjects: never a statement per teacher
  const teachers = await rowsOf(
    ctx.services.directory.dataSource,
    { target: TeacherEntity, from: 'teacher t', alias: 't' },
    allOf(teacherScope(ctx.viewer), { sql: 't.school_id = ?', params: [schoolId] }),
  );
  const contact = teachers.length > 0 && readsContactOf(ctx.viewer, teachers[0]);
  const semester = semesterOf(ctx.services.clock.now());
  const header = [
    '學校代碼',
    '學校名稱',
    '姓名',
    '身分證字號（遮蔽）',
    '職稱',
    '任教科目',
    ...(contact ? ['電子郵件', '電話'] : []),
    `${semester} 已確認`,
  ];
  const subjects = await ctx.loaders.subjectsByTeacher.loadMany(teachers.map((t) => t.id));
  const rows = teachers.map((t, i): (string | number)[] => {
    const own = subjects[i];
    if (own instanceof Error) throw own;
    return [
      school.code,
      school.name,
      t.name,
      maskNationalId(t.nationalId),
      LABELS.TeacherTitle[t.title].zh,
      own.map((s) => LABELS.Subject[s].zh).join('、'),
      ...(contact ? [t.email ?? '', t.phone ?? ''] : []),
      t.profileConfirmedSemester === semester ? '是' : '否',
    ];
  });
  return { sheet: { title: '教師名單', header, rows }, filename: `teachers-${school.code}-${semester}` };
}

/** GET /exports/teachers.csv|xlsx?schoolId=...  with the same Authorization header as the API. */
export async function teacherExport(ctx: Context, url: URL): Promise<{ sheets: Sheet[]; filename: string }> {
  const schoolId = url.searchParams.get('schoolId');
  if (!schoolId) throw badInput('schoolId', 'FIELD_REQUIRED', 'schoolId is required');
  const { sheet, filename } = await teacherSheet(ctx, schoolId);
  return { sheets: [sheet], filename };
}
