import { lazy } from '../../shared/lazy';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const excel = lazy(() => require('exceljs') as typeof import('exceljs'));
import { badInput } from '../../shared/errors';
import { LABELS } from '../../shared/labels';
import { isValidNationalId } from '../../shared/national-id';
import type { AudienceKind, SheetFormat, StudyDomain, StudyLevel, StudyMethod, StudyMode, StudyPlace, StudyTime } from '../../shared/enums';

/** What a course is made of (createCourse / updateCourse), after the IDs were resolved. */
export interface CourseContent {
  title: string;
  description: string;
  domain: StudyDomain;
  themes: string;
  level: StudyLevel;
  mode: StudyMode;
  place: StudyPlace;
  methods: StudyMethod[];
  /** Empty: derived from the sessions (timesOfSessions). */
  times: StudyTime[];
  hours: number;
  capacity: number;
  waitlistSize: number;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  schoolApproval: boolean;
  contactName: string;
  contactPhone: string | null;
  contactEmail: string | null;
  sessions: { startsAt: Date; endsAt: Date; countyId: number | null; address: string | null; onlineUrl: string | null }[];
  audience: { kind: AudienceKind; value: string }[];
}

export const LIMITS = {
  hours: 360,
  capacity: 5000,
  waitlist: 5000,
  sessions: 60,
  title: 120,
  description: 2000,
  themes: 500,
  address: 200,
  url: 300,
  /** Rows of one participant upload. */
  uploadRows: 5000,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+\-#() ]{6,30}$/;

/** Checks a course's content; every error is BAD_USER_INPUT naming the input field (e.g. `sessions.1.endsAt`). */
export function validateCourse(c: CourseContent): void {
  const text = (field: string, v: string, max: number, required = true) => {
    if (required && !v.trim()) throw badInput(field, 'FIELD_REQUIRED', `${field} is required (必填)`);
    if (v.length > max) throw badInput(field, 'TOO_LONG', `At most ${max} characters (最多 ${max} 字)`);
  };
  text('title', c.title, LIMITS.title);
  text('description', c.description, LIMITS.description, false);
  text('themes', c.themes, LIMITS.themes, false);
  text('contactName', c.contactName, 50);
  if (c.contactPhone != null && !PHONE.test(c.contactPhone))
    throw badInput('contactPhone', 'PHONE_INVALID', 'Not a phone number (電話格式不正確)');
  if (c.contactEmail != null && (c.contactEmail.length > 120 || !EMAIL.test(c.contactEmail)))
    throw badInput('contactEmail', 'EMAIL_INVALID', 'Not an e-mail address (電子郵件格式不正確)');
  if (!c.methods.length) throw badInput('methods', 'INVALID_VALUE', 'Choose at least one method (至少選擇一種實施方式)');
  if (new Set(c.methods).size !== c.methods.length) throw badInput('methods', 'DUPLICATE_ENTRY', 'An option appears twice (選項重複)');
  if (new Set(c.times).size !== c.times.length) throw badInput('times', 'DUPLICATE_ENTRY', 'An option appears twice (選項重複)');
  const whole = (field: string, v: number, min: number, max: number) => {
    if (!Number.isInteger(v) || v < min || v > max)
      throw badInput(field, 'NUMBER_OUT_OF_RANGE', `${field} must be a whole number from ${min} to ${max} (須為 ${min} 至 ${max} 的整數)`);
  };
  whole('hours', c.hours, 1, LIMITS.hours);
  whole('capacity', c.capacity, 1, LIMITS.capacity);
  whole('waitlistSize', c.waitlistSize, 0, LIMITS.waitlist);
  if (!c.sessions.length) throw badInput('sessions', 'INVALID_VALUE', 'A course has at least one session (至少一個場次)');
  if (c.sessions.length > LIMITS.sessions)
    throw badInput('sessions', 'TOO_MANY', `At most ${LIMITS.sessions} sessions (最多 ${LIMITS.sessions} 個場次)`);
  c.sessions.forEach((s, i) => {
    if (s.endsAt <= s.startsAt)
      throw badInput(`sessions.${i}.endsAt`, 'END_BEFORE_START', 'A session ends after it starts (結束時間須晚於開始時間)');
    if (s.endsAt.getTime() - s.startsAt.getTime() > 24 * 3600_000)
      throw badInput(`sessions.${i}.endsAt`, 'INVALID_VALUE', 'A session lasts at most a day (場次最長一天)');
    if (s.onlineUrl != null) {
      if (s.onlineUrl.length > LIMITS.url || !/^https:\/\/[^\s]+$/.test(s.onlineUrl))
        throw badInput(`sessions.${i}.onlineUrl`, 'INVALID_VALUE', 'An https:// address (須為 https 網址)');
    } else {
      if (s.countyId == null)
        throw badInput(`sessions.${i}.countyId`, 'INVALID_VALUE', 'A place needs its county, or give an online URL (請填縣市或線上網址)');
      if (!s.address?.trim()) throw badInput(`sessions.${i}.address`, 'INVALID_VALUE', 'A place needs its address (請填地址)');
    }
    if (s.address != null && s.address.length > LIMITS.address)
      throw badInput(`sessions.${i}.address`, 'TOO_LONG', `At most ${LIMITS.address} characters`);
  });
  if (c.registrationClosesAt <= c.registrationOpensAt) {
    throw badInput('registrationClosesAt', 'END_BEFORE_START', 'Registration closes after it opens (報名截止須晚於報名開始)');
  }
  const first = Math.min(...c.sessions.map((s) => s.startsAt.getTime()));
  if (c.registrationClosesAt.getTime() > first)
    throw badInput('registrationClosesAt', 'INVALID_VALUE', 'Registration closes before the first session (報名須於開課前截止)');
  const seen = new Set<string>();
  for (const a of c.audience) {
    const key = `${a.kind}:${a.value}`;
    if (seen.has(key)) throw badInput(`audience.${a.kind.toLowerCase()}`, 'DUPLICATE_ENTRY', 'A value appears twice (參加對象重複)');
    seen.add(key);
  }
}

const TAIPEI = 8 * 3600_000;

/** 在職進修時間 of the sessions (Taiwan time): vacations by date (暑假 7-8月, 寒假 1/20-2/20), else weekday daytime/evening, Saturday, Sunday. */
export function timesOfSessions(sessions: { startsAt: Date }[]): StudyTime[] {
  const out = new Set<StudyTime>();
  for (const s of sessions) {
    const t = new Date(s.startsAt.getTime() + TAIPEI);
    const m = t.getUTCMonth() + 1;
    const d = t.getUTCDate();
    const dow = t.getUTCDay();
    if (m === 7 || m === 8) out.add('SUMMER_VACATION');
    else if ((m === 1 && d >= 20) || (m === 2 && d <= 20)) out.add('WINTER_VACATION');
    else if (dow === 6) out.add('SATURDAY');
    else if (dow === 0) out.add('SUNDAY');
    else out.add(t.getUTCHours() >= 17 ? 'WEEKDAY_EVENING' : 'WEEKDAY_DAYTIME');
  }
  return Object.keys(LABELS.StudyTime).filter((k) => out.has(k as StudyTime)) as StudyTime[];
}

/** The ROC school year of an instant (Taiwan time): August starts it. */
export function schoolYearOf(at: Date): number {
  const t = new Date(at.getTime() + TAIPEI);
  const y = t.getUTCFullYear() - 1911;
  return t.getUTCMonth() + 1 >= 8 ? y : y - 1;
}

/**
 * The national IDs of a participant sheet: the column headed 身分證字號 (or nationalId), else the
 * first; a first row that is not an ID is a header. Returns each data row's number (1-based, as a
 * spreadsheet shows it) and its ID, upper-cased and trimmed.
 */
export function nationalIdsOf(rows: string[][]): { row: number; nationalId: string }[] {
  if (!rows.length) return [];
  const header = rows[0].map((h) => h.trim());
  let col = header.findIndex((h) => /身分證|national\s*id/i.test(h));
  const hasHeader = col >= 0 || !isValidNationalId((header[0] ?? '').toUpperCase());
  if (col < 0) col = 0;
  const out: { row: number; nationalId: string }[] = [];
  rows.forEach((r, i) => {
    if (hasHeader && i === 0) return;
    const v = (r[col] ?? '').trim().toUpperCase();
    if (!v && r.every((x) => !x.trim())) return; // blank line
    out.push({ row: i + 1, nationalId: v });
  });
  return out;
}

/** RFC 4180 CSV (UTF-8, a BOM allowed) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The rows of an uploaded sheet (CSV in UTF-8, or the first sheet of an XLSX workbook) as strings; BAD_USER_INPUT on `file` if unreadable. */
export async function readSheet(buffer: Buffer, format: SheetFormat): Promise<string[][]> {
  if (format === 'CSV') {
    const text = buffer.toString('utf8');
    if (text.includes('\u0000')) throw badInput('file', 'INVALID_VALUE', 'Not a UTF-8 CSV file (檔案格式不正確)');
    return parseCsv(text);
  }
  const wb = new (excel().Workbook)();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badInput('file', 'INVALID_VALUE', 'Not an XLSX workbook (檔案格式不正確)');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badInput('file', 'INVALID_VALUE', 'The workbook has no sheet (活頁簿沒有工作表)');
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      values.map((x) =>
        x == null ? '' : typeof x === 'object' && 'text' in (x as object) ? String((x as { text: unknown }).text) : String(x),
      ),
    );
  });
  return rows;
}
