import type { Context } from '../../context';
import { badInput, unauthenticated } from '../../shared/errors';
import { idOfType } from '../../shared/global-id';
import { LABELS } from '../../shared/labels';
import type { Sheet } from '../../shared/sheet';
import type { UnitEntity } from '../directory';

const yearParam = (url: URL): number => {
  const y = Number(url.searchParams.get('schoolYear'));
  if (!Number.isInteger(y) || y < 90 || y > 200) throw badInput('schoolYear', 'SCHOOL_YEAR_INVALID', 'schoolYear is required, e.g. 110');
  return y;
};
/** Each row's school and the name of its county, through the loaders: two statements for any number of rows. */
async function schoolsOf(ctx: Context, schoolIds: number[]): Promise<{ school: UnitEntity; county: string }[]> {
  const schools = (await ctx.loaders.unit.loadMany(schoolIds)).map((u) => {
    if (!u || u instanceof Error) throw u ?? new Error('A row names a school that does not exist');
    return u;
  });
  const counties = await ctx.loaders.county.loadMany(schools.map((s) => s.countyId).filter((c): c is number => c != null));
  const names = new Map(counties.flatMap((c) => (c && !(c instanceof Error) ? [[c.id, c.name] as const] : [])));
  return schools.map((school) => ({ school, county: school.countyId != null ? (names.get(school.countyId) ?? '') : '' }));
}

const taipeiTime = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 16);

/** 催覆紀錄: the reminders of a school year, as the viewer may read them (district: its county). */
export async function reminderSheet(ctx: Context, url: URL): Promise<{ sheets: Sheet[]; filename: string }> {
  if (ctx.viewer.kind === 'ANONYMOUS') throw unauthenticated();
  const year = yearParam(url);
  const rows = await ctx.services.progress.reminders(ctx.viewer, year);
  const schools = await schoolsOf(
    ctx,
    rows.map((r) => r.schoolId),
  );
  const out = rows.map((r, i): (string | number)[] => {
    const { school, county } = schools[i];
    return [
      county,
      school.code,
      school.name,
      LABELS.PlanKind[r.planKind].zh,
      taipeiTime(r.sentAt),
      r.sentBy,
      r.recipientIds ? r.recipientIds.split(',').length : 0,
      r.pendingTeachers,
    ];
  });
  return {
    sheets: [
      {
        title: '催覆紀錄',
        header: ['縣市', '學校代碼', '學校名稱', '未填報', '催覆時間（臺灣時間）', '催覆者', '通知人數', '未填報教師數'],
        rows: out,
      },
    ],
    filename: `reminders-${year}`,
  };
}

/** 獎勵名單 of a school year (optionally one county). */
export async function rewardSheet(ctx: Context, url: URL): Promise<{ sheets: Sheet[]; filename: string }> {
  if (ctx.viewer.kind === 'ANONYMOUS') throw unauthenticated();
  const year = yearParam(url);
  const c = url.searchParams.get('countyId');
  const rows = await ctx.services.rewards.rewardList(ctx.viewer, year, c ? idOfType(c, 'County', 'countyId') : null);
  const schools = await schoolsOf(
    ctx,
    rows.map((r) => r.schoolId),
  );
  const out = rows.map((r, i): (string | number)[] => {
    const { school, county } = schools[i];
    return [county, school.code, school.name, taipeiTime(r.submittedAt), r.teachers, r.teachersSubmitted, r.participationPercent];
  });
  return {
    sheets: [
      {
        title: '獎勵名單',
        header: ['縣市', '學校代碼', '學校名稱', '送出時間（臺灣時間）', '教師數', '已填報教師數', '填報率(%)'],
        rows: out,
      },
    ],
    filename: `rewards-${year}`,
  };
}
