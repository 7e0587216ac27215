import type http from 'node:http';
import ExcelJS from 'exceljs';
import type { Context } from '../../context';
import { readsTeachers, RULES } from '../../auth/rules';
import { idOfType } from '../../shared/global-id';
import { LABELS } from '../../shared/labels';
import { maskNationalId } from '../../shared/national-id';
import { badInput, forbidden, notFound, unauthenticated } from '../../shared/errors';
import { semesterOf } from '../../shared/semester';
import { allOf, rowsOf } from '../../shared/scoped-query';
import { teacherScope } from './directory.service';
import { TeacherEntity } from './teacher.entity';

export type ExportFormat = 'csv' | 'xlsx';

export interface Sheet {
  title: string;
  header: string[];
  rows: (string | number)[][];
}

/**
 * The school's teacher list (附件一 『資料下載』) as the viewer may read it: the same row scope and
 * field rules as the API; national IDs always masked; contact columns only for those who may see them.
 */
export async function teacherSheet(ctx: Context, schoolGlobalId: string): Promise<{ sheet: Sheet; filename: string }> {
  if (ctx.viewer.kind === 'ANONYMOUS') throw unauthenticated();
  const schoolId = idOfType(schoolGlobalId, 'School', 'schoolId');
  const school = await ctx.loaders.unit.load(schoolId);
  if (!school || school.kind !== 'SCHOOL') throw notFound('NO_SUCH_SCHOOL', 'No such school');
  if (!readsTeachers(ctx.viewer) || !(await RULES['School.teachers'](ctx, school as never))) throw forbidden();
  // one statement for the teachers, one for their subjects: never a statement per teacher
  const teachers = await rowsOf(ctx.services.directory.dataSource, { target: TeacherEntity, from: 'teacher t', alias: 't' },
    allOf(teacherScope(ctx.viewer), { sql: 't.school_id = ?', params: [schoolId] }));
  const contact = teachers.length > 0 && (await RULES['Teacher.email'](ctx, teachers[0] as never));
  const semester = semesterOf();
  const header = ['學校代碼', '學校名稱', '姓名', '身分證字號（遮蔽）', '職稱', '任教科目', ...(contact ? ['電子郵件', '電話'] : []), `${semester} 已確認`];
  const subjects = await ctx.loaders.subjectsByTeacher.loadMany(teachers.map((t) => t.id));
  const rows = teachers.map((t, i): (string | number)[] => {
    const own = subjects[i];
    if (own instanceof Error) throw own;
    return [
      school.code, school.name, t.name, maskNationalId(t.nationalId), LABELS.TeacherTitle[t.title].zh, own.map((s) => LABELS.Subject[s].zh).join('、'),
      ...(contact ? [t.email ?? '', t.phone ?? ''] : []), t.profileConfirmedSemester === semester ? '是' : '否',
    ];
  });
  return { sheet: { title: '教師名單', header, rows }, filename: `teachers-${school.code}-${semester}` };
}

/** RFC 4180 CSV, UTF-8 with a BOM so Excel opens Chinese correctly. */
export function toCsv(sheet: Sheet): Buffer {
  const cell = (v: string | number) => {
    const s = String(v);
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s; // no formulas from data
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const text = [sheet.header, ...sheet.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '教師在職進修規劃平台';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.title);
    ws.addRow(s.header).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    ws.columns.forEach((c, i) => {
      c.width = Math.min(40, Math.max(8, ...[s.header[i], ...s.rows.map((r) => r[i])].map((v) => String(v ?? '').length * 2)));
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sends a sheet as CSV (UTF-8 with BOM) or XLSX, as a download. */
export async function sendSheet(res: http.ServerResponse, format: ExportFormat, sheets: Sheet[], filename: string): Promise<void> {
  if (format === 'csv' && sheets.length > 1) throw badInput('format', 'XLSX_ONLY', 'This download is a workbook: ask for .xlsx');
  const body = format === 'csv' ? toCsv(sheets[0]) : await toXlsx(sheets);
  res.writeHead(200, {
    'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${filename}.${format}"`,
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** GET /exports/teachers.csv|xlsx?schoolId=...  with the same Authorization header as the API. */
export async function teacherExport(ctx: Context, url: URL): Promise<{ sheets: Sheet[]; filename: string }> {
  const schoolId = url.searchParams.get('schoolId');
  if (!schoolId) throw badInput('schoolId', 'FIELD_REQUIRED', 'schoolId is required');
  const { sheet, filename } = await teacherSheet(ctx, schoolId);
  return { sheets: [sheet], filename };
}
