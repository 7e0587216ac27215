import type { DataSource } from 'typeorm';
import { hashPassword } from '../../auth/password';
import { withCheckDigit } from '../../shared/national-id';
import {
  BusinessRole,
  Dimension,
  permissionsToBits,
  PlanStatus,
  Remoteness,
  ROLE_PERMISSIONS,
  StaffRole,
  StudyDomain,
  Subject,
  TeacherTitle,
  UnitKind,
} from '../../shared/enums';
import { CountyEntity } from '../../modules/directory';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from '../../modules/directory';
import { UnitEntity } from '../../modules/directory';
import { TeacherEntity, TeacherSubjectEntity } from '../../modules/directory';
import { BusinessAccountEntity } from '../../modules/accounts';
import { StaffAccountEntity } from '../../modules/accounts';
import { CredentialEntity } from '../../modules/accounts';
import {
  SchoolPlanChoiceEntity,
  SchoolPlanDomainEntity,
  SchoolPlanEntity,
  SchoolPlanTeacherEntity,
  TeacherPlanChoiceEntity,
  TeacherPlanDomainEntity,
  TeacherPlanEntity,
  SurveyResponseEntity,
} from '../../modules/planning';
import { BulkLoader } from './bulk';
import {
  CourseAudienceEntity,
  CourseChoiceEntity,
  CourseEntity,
  CourseRegistrationEntity,
  CourseSessionEntity,
  courseSearchText,
  timesOfSessions,
} from '../../modules/courses';
import { AttendanceEntity, hoursEarned, StudyRecordEntity } from '../../modules/hours';
import { rebuildSummaries } from '../../modules/planning';
import { KEY_RANGE } from '../../shared/disclosure';
import { refillIssuedHours, refillSupplySummaries } from '../../shared/supply-summary';
import { Progress } from './progress';
import { CALENDAR_109, COUNTIES, CountyRef, gregorianStart, PARTICIPATION_HISTORY, taipei } from './reference';
import { Rng, subSeed } from './rng';

export type Scale = 'demo' | 'national';

/** The seed of `seed(ds, { scale })` without one (the demo data of `npm start` and of the test template). */
export const DEFAULT_SEED = 20201;

export interface SeedOptions {
  scale: Scale;
  /** How many school years, ending with `lastYear` (default 3: 108-110; with `history`, 12: 99-110). */
  years?: number;
  /**
   * The last generated school year (default 110). The demo (`npm start`, `npm run seed -- --scale demo`)
   * passes the year before the current one, so the history reaches today (addDemoCurrentYear adds the current one).
   */
  lastYear?: number;
  /**
   * Satisfaction-survey answers (滿意度調查) for the submitted plans: a share of the schools' CHIEFs and
   * of the teachers answer, from their own random stream (the rest of the data stays as it was).
   */
  surveys?: boolean;
  /**
   * School years 99-108 with exactly the participating schools and teachers of the seed's table
   * (伍), scaled to the generated population (1:1 at national scale).
   */
  history?: boolean;
  seed?: number;
  progress?: boolean;
}

export interface SeedReport {
  scale: Scale;
  seed: number;
  schoolYears: number[];
  seconds: number;
  rows: Record<string, number>;
}

export const DEMO_PASSWORD = 'demo1234';

/** The demo logins every seed creates (README lists them). */
export const DEMO_LOGINS = [
  'admin',
  'analyst',
  'district.taipei',
  'chief.demo',
  'contact.demo',
  'operator.demo',
  'teacher.demo',
  'teacher.other',
  'chief.other',
  'operator.univ',
] as const;

const SIZES: Record<Scale, { schools: number; teachers: number; teacherParticipation: number; schoolParticipation: number }> = {
  demo: { schools: 120, teachers: 3000, teacherParticipation: 0.75, schoolParticipation: 0.9 },
  national: { schools: 4000, teachers: 200000, teacherParticipation: 0.75, schoolParticipation: 0.9 },
};

/** A password hash nobody can match: generated accounts log in only after a manager resets them. */
export const UNUSABLE_PASSWORD = '!no-password-set';

// ---------------------------------------------------------------------------------------------
// Schools

type StageMix = Record<string, number>;
const STAGE_MIX: StageMix = {
  ELEMENTARY: 0.52,
  JUNIOR_HIGH: 0.2,
  SENIOR_HIGH: 0.06,
  VOCATIONAL_HIGH: 0.04,
  'JUNIOR_HIGH,SENIOR_HIGH': 0.05,
  'ELEMENTARY,JUNIOR_HIGH': 0.04,
  KINDERGARTEN: 0.07,
  SPECIAL_EDUCATION: 0.02,
};
const STAGE_MIX_K12EA: StageMix = { SENIOR_HIGH: 0.42, VOCATIONAL_HIGH: 0.36, 'JUNIOR_HIGH,SENIOR_HIGH': 0.16, SPECIAL_EDUCATION: 0.06 };

/** Relative number of teachers of a school of these stages. */
const STAGE_SIZE: Record<string, number> = {
  ELEMENTARY: 1,
  JUNIOR_HIGH: 1.5,
  SENIOR_HIGH: 2.6,
  VOCATIONAL_HIGH: 2.2,
  'JUNIOR_HIGH,SENIOR_HIGH': 2.8,
  'ELEMENTARY,JUNIOR_HIGH': 0.6,
  KINDERGARTEN: 0.25,
  SPECIAL_EDUCATION: 1.2,
};
const REMOTE_SIZE: Record<Remoteness, number> = { GENERAL: 1, REMOTE: 0.45, SPECIAL_REMOTE: 0.3, EXTREMELY_REMOTE: 0.2 };

const PLACE_A = [
  '東',
  '西',
  '南',
  '北',
  '中',
  '光',
  '文',
  '大',
  '新',
  '永',
  '仁',
  '信',
  '忠',
  '和',
  '平',
  '福',
  '興',
  '復',
  '建',
  '明',
  '德',
  '安',
  '富',
  '龍',
];
const PLACE_B = [
  '山',
  '湖',
  '興',
  '華',
  '安',
  '成',
  '正',
  '德',
  '林',
  '港',
  '園',
  '田',
  '美',
  '明',
  '昌',
  '義',
  '埔',
  '溪',
  '峰',
  '和',
  '豐',
  '寮',
  '坑',
  '嶺',
];

function schoolSuffix(stages: string, rng: Rng): string {
  switch (stages) {
    case 'ELEMENTARY':
      return '國民小學';
    case 'JUNIOR_HIGH':
      return '國民中學';
    case 'SENIOR_HIGH':
      return '高級中學';
    case 'VOCATIONAL_HIGH':
      return rng.pick(['高級工業職業學校', '高級商業職業學校', '高級農工職業學校', '高級家事商業職業學校']);
    case 'JUNIOR_HIGH,SENIOR_HIGH':
      return '高級中學';
    case 'ELEMENTARY,JUNIOR_HIGH':
      return '國民中小學';
    case 'KINDERGARTEN':
      return '幼兒園';
    default:
      return '特殊教育學校';
  }
}

function ownerPrefix(c: CountyRef): string {
  if (c.id === 23) return '國立';
  return c.name.endsWith('市') ? `${c.name}立` : `${c.name}立`;
}

interface SchoolGen {
  id: number;
  county: CountyRef;
  code: string;
  name: string;
  stages: string;
  remoteness: Remoteness;
  studentCount: number;
  teacherCount: number;
  sizeWeight: number;
}

interface TeacherGen {
  id: number;
  schoolId: number;
  title: TeacherTitle;
  subjects: Subject[];
}

// ---------------------------------------------------------------------------------------------
// Teachers

const SURNAMES = [
  '陳',
  '林',
  '黃',
  '張',
  '李',
  '王',
  '吳',
  '劉',
  '蔡',
  '楊',
  '許',
  '鄭',
  '謝',
  '郭',
  '洪',
  '曾',
  '邱',
  '廖',
  '賴',
  '周',
  '徐',
  '蘇',
  '葉',
  '莊',
  '呂',
  '江',
  '何',
  '蕭',
  '羅',
  '高',
];
const GIVEN = [
  '怡',
  '君',
  '雅',
  '婷',
  '淑',
  '芬',
  '惠',
  '美',
  '玲',
  '宜',
  '佳',
  '欣',
  '志',
  '明',
  '建',
  '宏',
  '俊',
  '傑',
  '家',
  '豪',
  '文',
  '華',
  '心',
  '如',
  '秀',
  '珍',
  '冠',
  '廷',
  '柏',
  '翰',
  '宗',
  '偉',
  '嘉',
  '慧',
  '思',
  '涵',
];

const SUBJECTS_BY_STAGE: Record<string, Partial<Record<Subject, number>>> = {
  ELEMENTARY: {
    CHINESE: 5,
    MATHEMATICS: 5,
    LIFE_CURRICULUM: 2,
    SCIENCE: 2,
    SOCIAL_STUDIES: 2,
    ENGLISH: 2,
    NATIVE_LANGUAGE: 1,
    ARTS: 1.5,
    HEALTH_PE: 1.5,
    INTEGRATIVE: 1,
    TECHNOLOGY: 0.5,
  },
  JUNIOR_HIGH: {
    CHINESE: 3,
    MATHEMATICS: 3,
    ENGLISH: 3,
    SCIENCE: 3,
    SOCIAL_STUDIES: 2.5,
    ARTS: 1.2,
    HEALTH_PE: 1.5,
    INTEGRATIVE: 1.2,
    TECHNOLOGY: 1,
    NATIVE_LANGUAGE: 0.3,
  },
  SENIOR_HIGH: {
    CHINESE: 3,
    MATHEMATICS: 3,
    ENGLISH: 3,
    SCIENCE: 3.5,
    SOCIAL_STUDIES: 3,
    ARTS: 1,
    HEALTH_PE: 1.2,
    TECHNOLOGY: 1.2,
    INTEGRATIVE: 0.6,
  },
  VOCATIONAL_HIGH: {
    VOCATIONAL: 8,
    CHINESE: 1.5,
    MATHEMATICS: 1.5,
    ENGLISH: 1.5,
    SOCIAL_STUDIES: 0.8,
    SCIENCE: 0.8,
    HEALTH_PE: 0.7,
    ARTS: 0.4,
  },
  KINDERGARTEN: { EARLY_CHILDHOOD: 1 },
  SPECIAL_EDUCATION: { SPECIAL_NEEDS: 6, LIFE_CURRICULUM: 1, HEALTH_PE: 0.6, ARTS: 0.6 },
};

function titlesFor(n: number, stages: string, rng: Rng): TeacherTitle[] {
  const out: TeacherTitle[] = ['PRINCIPAL'];
  const directors = n < 8 ? 1 : n < 30 ? 3 : n < 80 ? 4 : 5;
  for (let i = 0; i < directors && out.length < n; i++) out.push('DIRECTOR');
  const sections = Math.min(Math.floor(n / 10), 10);
  for (let i = 0; i < sections && out.length < n; i++) out.push('SECTION_CHIEF');
  const homeroomShare = stages.includes('ELEMENTARY') ? 0.62 : stages === 'KINDERGARTEN' ? 0.8 : 0.45;
  while (out.length < n) {
    out.push(
      rng.weighted<TeacherTitle>({
        HOMEROOM: homeroomShare,
        FULL_TIME: 0.82 - homeroomShare + 0.25,
        ACTING: 0.08,
        SUBSTITUTE: 0.03,
        PART_TIME: 0.02,
        PRINCIPAL: 0,
        DIRECTOR: 0,
        SECTION_CHIEF: 0,
      }),
    );
  }
  return out;
}

function subjectsFor(stages: string, title: TeacherTitle, rng: Rng): Subject[] {
  const stage = rng.pick(stages.split(','));
  const weights = SUBJECTS_BY_STAGE[stage] ?? SUBJECTS_BY_STAGE.ELEMENTARY;
  const n = stage === 'ELEMENTARY' && (title === 'HOMEROOM' || title === 'PRINCIPAL') ? rng.int(2, 3) : rng.chance(0.2) ? 2 : 1;
  return rng.weightedDistinct(weights as Record<Subject, number>, n).sort();
}

// ---------------------------------------------------------------------------------------------
// Plans: choices that differ by stage, remoteness, county, title and year

type OptionWeights = Record<string, number>;

interface Respondent {
  stages: string;
  remoteness: Remoteness;
  county: CountyRef;
  title: TeacherTitle | null;
  year: number;
}

const isRemote = (r: Respondent) => r.remoteness !== 'GENERAL';
const isSecondary = (r: Respondent) => /SENIOR_HIGH|VOCATIONAL_HIGH/.test(r.stages);
const isLeader = (r: Respondent) => r.title === 'PRINCIPAL' || r.title === 'DIRECTOR';

function modeWeights(r: Respondent): OptionWeights {
  return { NON_CREDIT: 10, CREDIT_BACHELOR: 0.6, CREDIT_MASTER: isSecondary(r) ? 2.5 : r.county.urban ? 1.6 : 1 };
}

function timeWeights(r: Respondent): OptionWeights {
  return {
    WEEKDAY_DAYTIME: r.stages.includes('ELEMENTARY') ? 6 : 4,
    WEEKDAY_EVENING: r.county.urban ? 3.5 : 1.2,
    SATURDAY: 2.2,
    SUNDAY: 0.8,
    SUMMER_VACATION: isRemote(r) ? 5 : 3,
    WINTER_VACATION: isRemote(r) ? 3 : 1.8,
  };
}

function placeWeights(r: Respondent): OptionWeights {
  const online = (isRemote(r) ? 5 : 2) * (r.year >= 110 ? 2 : 1);
  return {
    OWN_SCHOOL: isRemote(r) ? 6 : 5,
    NEARBY_SCHOOL: 2.5,
    TRAINING_INSTITUTE: r.county.urban ? 3 : 1.5,
    TEACHER_EDUCATION_UNIVERSITY: r.county.urban ? 2 : 0.8,
    ONLINE: online,
    OTHER_UNIVERSITY: 0.6,
    SOCIAL_EDUCATION_OR_NGO: 0.5,
  };
}

function levelWeights(r: Respondent): OptionWeights {
  if (isLeader(r)) return { BASIC: 0.5, ADVANCED: 2, LEADERSHIP: 6, RESEARCH: 1.5 };
  if (r.title === 'ACTING' || r.title === 'SUBSTITUTE' || r.title === 'PART_TIME')
    return { BASIC: 6, ADVANCED: 2.5, LEADERSHIP: 0.2, RESEARCH: 0.3 };
  return { BASIC: 2.5, ADVANCED: 6, LEADERSHIP: 0.8, RESEARCH: isSecondary(r) ? 1.8 : 1 };
}

function methodWeights(r: Respondent): OptionWeights {
  const digital = (isRemote(r) ? 3 : 1.5) * (r.year >= 110 ? 2.2 : r.year >= 109 ? 1.4 : 1);
  return {
    LECTURE: isSecondary(r) ? 4 : 2.5,
    SEMINAR: 1.5,
    WORKSHOP: r.stages.includes('ELEMENTARY') || r.stages === 'KINDERGARTEN' ? 5 : 3,
    FIELD_VISIT: 1.2,
    LESSON_OBSERVATION: r.year >= 108 ? 3.5 : 2,
    DIGITAL_COURSE: digital,
  };
}

function domainWeights(r: Respondent): OptionWeights {
  return {
    CURRICULUM_TEACHING_ASSESSMENT: 8,
    CLASS_MANAGEMENT_COUNSELLING: r.title === 'HOMEROOM' ? 5 : r.stages === 'KINDERGARTEN' ? 4 : 2,
    PROFESSIONAL_DEVELOPMENT: 2.5,
    EMERGING_POLICY: r.year === 108 ? 5 : 2.5,
    ADMINISTRATION_LEADERSHIP: isLeader(r) || r.title === 'SECTION_CHIEF' ? 6 : 0.5,
    PRACTICAL_LITERACY: isRemote(r) ? 2.5 : 1.5,
  };
}

const THEMES: Record<StudyDomain, string[]> = {
  CURRICULUM_TEACHING_ASSESSMENT: ['素養導向教學設計', '差異化教學', '多元評量實務', '閱讀理解策略', '數學領域教材教法', '雙語教學入門'],
  CLASS_MANAGEMENT_COUNSELLING: ['正向管教與班級經營', '學生輔導知能', '親師溝通', '霸凌防制', '生命教育'],
  PROFESSIONAL_DEVELOPMENT: ['專業學習社群', '教師專業發展實踐方案', '教學觀察與回饋', '教師專業倫理'],
  EMERGING_POLICY: ['十二年國教課綱', '性別平等教育', '數位學習精進', '海洋教育', '本土語文教學'],
  ADMINISTRATION_LEADERSHIP: ['課程領導', '學校經營與危機處理', '校務評鑑', '行政溝通與協作'],
  PRACTICAL_LITERACY: ['資訊安全素養', '急救與安全教育', '媒體識讀', '環境教育', '食農教育'],
};

const DIMENSION_PICKS: Record<Exclude<Dimension, 'DOMAIN'>, { weights: (r: Respondent) => OptionWeights; count: (rng: Rng) => number }> = {
  MODE: { weights: modeWeights, count: (rng) => (rng.chance(0.15) ? 2 : 1) },
  TIME: { weights: timeWeights, count: (rng) => rng.int(1, 3) },
  PLACE: { weights: placeWeights, count: (rng) => rng.int(1, 3) },
  LEVEL: { weights: levelWeights, count: () => 1 },
  METHOD: { weights: methodWeights, count: (rng) => rng.int(1, 3) },
};

function choose(r: Respondent, rng: Rng): { dimension: Dimension; option: string }[] {
  const out: { dimension: Dimension; option: string }[] = [];
  for (const [dimension, spec] of Object.entries(DIMENSION_PICKS) as [Dimension, (typeof DIMENSION_PICKS)['MODE']][]) {
    for (const option of rng.weightedDistinct(spec.weights(r), spec.count(rng))) out.push({ dimension, option });
  }
  return out;
}

function chooseDomains(r: Respondent, rng: Rng, hoursScale: number): { domain: StudyDomain; themes: string; hours: number }[] {
  const domains = rng.weightedDistinct(domainWeights(r) as Record<StudyDomain, number>, rng.int(1, 3));
  return domains.map((domain) => ({
    domain,
    themes: rng.weightedDistinct(Object.fromEntries(THEMES[domain].map((t) => [t, 1])), rng.int(1, 2)).join('、'),
    hours: Math.max(3, Math.round((rng.int(1, 6) * 3 * hoursScale) / 3) * 3),
  }));
}

// ---------------------------------------------------------------------------------------------

/** Allocates `total` items over weights with the largest-remainder method (each at least `min`). */
function allocate(total: number, weights: number[], min: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => Math.max(min, (w / sum) * total));
  const base = raw.map(Math.floor);
  let left = total - base.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0 && k < order.length; k++, left--) base[order[k][1]]++;
  return base;
}

function nationalIdFactory() {
  let seq = 0;
  return (letter: string, female: boolean): string => {
    seq++;
    return withCheckDigit(`${letter}${female ? 2 : 1}${String(seq).padStart(7, '0')}`);
  };
}

/**
 * The schools and teachers that submitted in a school year of the seed's table: exactly its numbers
 * (scaled to this population), drawn from the counties that took part that year.
 */
function historyParticipants(
  year: number,
  schools: SchoolGen[],
  teachersBySchool: Map<number, TeacherGen[]>,
  size: (typeof SIZES)[Scale],
  seed: number,
): { schools: Set<number>; teachers: Set<number> } {
  const h = PARTICIPATION_HISTORY[year];
  const rng = new Rng(subSeed(seed, `history-${year}`));
  const shuffle = <T>(a: T[]) => {
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const schoolTarget = Math.round(h.schools * (size.schools / SIZES.national.schools));
  const teacherTarget = Math.round(h.teachers * (size.teachers / SIZES.national.teachers));
  const eligible = shuffle(schools.filter((s) => h.counties.includes(s.county.id)));
  if (eligible.length < schoolTarget)
    throw new Error(`school year ${year}: ${schoolTarget} schools wanted, ${eligible.length} in its counties`);
  const chosen = eligible.slice(0, schoolTarget);
  const pool = shuffle(chosen.flatMap((s) => teachersBySchool.get(s.id)!.map((t) => t.id)));
  if (pool.length < teacherTarget) throw new Error(`school year ${year}: ${teacherTarget} teachers wanted, ${pool.length} at its schools`);
  return { schools: new Set(chosen.map((s) => s.id)), teachers: new Set(pool.slice(0, teacherTarget)) };
}

/**
 * Fills an empty, migrated database: counties and calendars, units, teachers, business and staff
 * accounts (the demo logins among them) and plans for each school year. Same options, same data.
 */
export async function seed(ds: DataSource, options: SeedOptions): Promise<SeedReport> {
  const started = Date.now();
  const scale = options.scale;
  const baseSeed = options.seed ?? DEFAULT_SEED;
  const nYears = options.years ?? (options.history ? 12 : 3);
  const lastYear = options.lastYear ?? 110;
  if (!Number.isInteger(nYears) || nYears < 1 || nYears > 20) throw new Error('--years must be between 1 and 20');
  if (!Number.isInteger(lastYear) || lastYear < 100 || lastYear > 200) throw new Error('--last-year must be a school year (e.g. 114)');
  if (options.history && lastYear !== 110) throw new Error('--history ends with 110');
  const years = Array.from({ length: nYears }, (_, i) => lastYear - nYears + 1 + i).filter((y) => y !== 104);
  const size = SIZES[scale];
  const existing = await ds.getRepository(CountyEntity).count();
  if (existing > 0) throw new Error('The database already has data; seed an empty database (the CLI has --reset)');

  const rngSchools = new Rng(subSeed(baseSeed, 'schools'));
  const rngTeachers = new Rng(subSeed(baseSeed, 'teachers'));
  const rngAccounts = new Rng(subSeed(baseSeed, 'accounts'));
  const nextNationalId = nationalIdFactory();

  // ---- schools (in memory first: sizes decide teacher counts) ----
  const schoolCounts = allocate(
    size.schools,
    COUNTIES.map((c) => c.schoolShare),
    1,
  );
  const schools: SchoolGen[] = [];
  const usedNames = new Set<string>();
  let schoolId = 100; // ids below 100: the platform, district centres and other units
  COUNTIES.forEach((c, ci) => {
    for (let i = 0; i < schoolCounts[ci]; i++) {
      const demo = c.code === 'TPE' && i === 0;
      const stages = demo ? 'ELEMENTARY' : rngSchools.weighted(c.id === 23 ? STAGE_MIX_K12EA : STAGE_MIX);
      const remoteness: Remoteness =
        demo || !rngSchools.chance(c.remoteShare)
          ? 'GENERAL'
          : rngSchools.weighted<Remoteness>({ GENERAL: 0, REMOTE: 0.6, SPECIAL_REMOTE: 0.3, EXTREMELY_REMOTE: 0.1 });
      let name = '';
      for (let tries = 0; !name || usedNames.has(name); tries++) {
        const place = demo ? '大安' : rngSchools.pick(PLACE_A) + rngSchools.pick(PLACE_B);
        name = `${ownerPrefix(c)}${place}${schoolSuffix(stages, rngSchools)}${tries > 5 ? tries : ''}`;
      }
      usedNames.add(name);
      const sizeWeight = STAGE_SIZE[stages] * REMOTE_SIZE[remoteness] * Math.exp(rngSchools.normal(0, 0.35));
      schools.push({
        id: schoolId++,
        county: c,
        code: `${String(c.id).padStart(2, '0')}${String(i + 1).padStart(4, '0')}`,
        name,
        stages,
        remoteness,
        studentCount: 0,
        teacherCount: 0,
        sizeWeight,
      });
    }
  });
  // teachers per county, then per school by size
  const teacherByCounty = allocate(
    size.teachers,
    COUNTIES.map((c) => c.teacherShare),
    1,
  );
  COUNTIES.forEach((c, ci) => {
    const list = schools.filter((s) => s.county.id === c.id);
    const counts = allocate(
      teacherByCounty[ci],
      list.map((s) => s.sizeWeight),
      4,
    );
    list.forEach((s, i) => {
      s.teacherCount = counts[i];
      const ratio = s.stages === 'KINDERGARTEN' ? 8 : s.remoteness === 'GENERAL' ? 13 : 7;
      s.studentCount = Math.max(6, Math.round(s.teacherCount * ratio * (0.85 + rngSchools.next() * 0.3)));
    });
  });
  const demoSchool = schools.find((s) => s.county.code === 'TPE')!;
  const otherSchool =
    schools.find((s) => s.county.code === 'KHH' && s.stages === 'JUNIOR_HIGH') ?? schools.find((s) => s.county.code === 'KHH')!;

  const teachersTotal = schools.reduce((a, s) => a + s.teacherCount, 0);
  const planEstimate = teachersTotal * years.length * size.teacherParticipation;
  const progress = new Progress(schools.length + teachersTotal + planEstimate + schools.length * years.length, options.progress ?? false);

  const bulk = new BulkLoader(ds);
  await bulk.begin();
  const counts: Record<string, number> = {};
  const count = (table: string, n = 1) => (counts[table] = (counts[table] ?? 0) + n);
  try {
    // ---- reference: counties, school years, schedules, windows ----
    const county = bulk.table(CountyEntity, ['id', 'code', 'name', 'nameEn']);
    for (const c of COUNTIES) await county.add([c.id, c.code, c.name, c.nameEn]);
    await county.flush();
    count('county', COUNTIES.length);

    const sy = bulk.table(SchoolYearEntity, ['year', 'serviceOpensAt', 'serviceClosesAt']);
    const csy = bulk.table(CountySchoolYearEntity, ['schoolYear', 'countyId', 'planGroup', 'teacherWave']);
    const win = bulk.table(PlanWindowEntity, ['schoolYear', 'planKind', 'groupKey', 'opensAt', 'closesAt']);
    for (const y of years) {
      const g = gregorianStart(y);
      const cal = CALENDAR_109;
      await sy.add([
        y,
        taipei(g, cal.service.from[0], cal.service.from[1]),
        taipei(g + 1, cal.service.to[0], cal.service.to[1], 23, 59, 59),
      ]);
      for (const c of COUNTIES) await csy.add([y, c.id, c.planGroup, c.teacherWave]);
      for (const [group, w] of Object.entries(cal.schoolPlan)) {
        await win.add([y, 'SCHOOL_PLAN', group, taipei(g, w.from[0], w.from[1]), taipei(g, w.to[0], w.to[1], 23, 59, 59)]);
      }
      for (const [wave, w] of Object.entries(cal.teacherPlan)) {
        await win.add([y, 'TEACHER_PLAN', wave, taipei(g, w.from[0], w.from[1]), taipei(g, w.to[0], w.to[1], 23, 59, 59)]);
      }
    }
    await sy.flush();
    await csy.flush();
    await win.flush();
    count('school_year', years.length);
    count('county_school_year', years.length * COUNTIES.length);
    count('plan_window', years.length * 7);

    // ---- units ----
    const unit = bulk.table(UnitEntity, ['id', 'kind', 'code', 'name', 'countyId', 'stages', 'studentCount', 'remoteness']);
    const PLATFORM_UNIT = 1;
    const districtUnit = (countyId: number) => 1 + countyId; // 2..24
    const UNIVERSITY_UNIT = 30;
    await unit.add([PLATFORM_UNIT, 'PLATFORM' satisfies UnitKind, 'INSERVICE', '全國教師在職進修資訊網', null, null, null, null]);
    for (const c of COUNTIES) {
      const name = c.id === 23 ? '教育部國民及學前教育署' : `${c.name}政府教育${c.name.endsWith('市') ? '局' : '處'}`;
      await unit.add([districtUnit(c.id), 'DISTRICT_CENTRE', `DC-${c.code}`, name, c.id, null, null, null]);
    }
    await unit.add([UNIVERSITY_UNIT, 'UNIVERSITY', 'U0001', '國立臺灣師範大學', 2, null, null, null]);
    await unit.add([31, 'LEGAL_ENTITY', 'L0001', '財團法人中華民國教師研習基金會', 2, null, null, null]);
    await unit.add([32, 'SOCIAL_EDUCATION', 'S0001', '國立臺灣科學教育館', 2, null, null, null]);
    count('unit', 1 + COUNTIES.length + 3);
    for (const s of schools) {
      await unit.add([s.id, 'SCHOOL', s.code, s.name, s.county.id, s.stages, s.studentCount, s.remoteness]);
      count('unit');
      progress.tick(1, 'schools');
    }
    await unit.flush();

    // ---- teachers ----
    const teacher = bulk.table(TeacherEntity, ['id', 'nationalId', 'name', 'schoolId', 'title', 'email', 'phone']);
    const subject = bulk.table(TeacherSubjectEntity, ['teacherId', 'subject']);
    const teachersBySchool = new Map<number, TeacherGen[]>();
    let teacherId = 1;
    for (const s of schools) {
      const titles = titlesFor(s.teacherCount, s.stages, rngTeachers);
      const list: TeacherGen[] = [];
      for (const title of titles) {
        const id = teacherId++;
        const female = rngTeachers.chance(0.7);
        const name = rngTeachers.pick(SURNAMES) + rngTeachers.pick(GIVEN) + rngTeachers.pick(GIVEN);
        const subjects = subjectsFor(s.stages, title, rngTeachers);
        const phone = `09${String(rngTeachers.int(10, 99))}-${String(rngTeachers.int(0, 999)).padStart(3, '0')}-${String(rngTeachers.int(0, 999)).padStart(3, '0')}`;
        const letter = s.county.id === 23 ? rngTeachers.pick(COUNTIES.slice(0, 22)).idLetter : s.county.idLetter;
        await teacher.add([id, nextNationalId(letter, female), name, s.id, title, `t${id}@${s.code}.school.example.tw`, phone]);
        for (const sub of subjects) await subject.add([id, sub]);
        count('teacher_subject', subjects.length);
        list.push({ id, schoolId: s.id, title, subjects });
      }
      teachersBySchool.set(s.id, list);
      count('teacher', list.length);
      progress.tick(list.length, 'teachers');
    }
    await teacher.flush();
    await subject.flush();

    // ---- staff and business accounts; logins ----
    // each demo login its own salt
    const demoHash = () => hashPassword(DEMO_PASSWORD);
    const staff = bulk.table(StaffAccountEntity, ['id', 'role', 'name', 'unitId']);
    const cred = bulk.table(CredentialEntity, [
      'id',
      'username',
      'passwordHash',
      'principalKind',
      'teacherId',
      'businessAccountId',
      'staffAccountId',
      'failedLogins',
      'mustChangePassword',
    ]);
    const staffRows: [number, StaffRole, string, number | null, string][] = [
      [1, 'PLATFORM_ADMIN', '進修網管理員', PLATFORM_UNIT, 'admin'],
      [2, 'ANALYST', '教育部統計分析員', null, 'analyst'],
      [3, 'DISTRICT_ADMIN', '臺北市教育局承辦人', districtUnit(2), 'district.taipei'],
    ];
    // credential ids given here (the order they were numbered in before), so survey answers can name their respondents
    let credentialId = 1;
    const chiefCredential = new Map<number, number>(); // school id -> its CHIEF's credential
    for (const [id, role, name, unitId, username] of staffRows) {
      await staff.add([id, role, name, unitId]);
      await cred.add([credentialId++, username, await demoHash(), 'STAFF', null, null, id, 0, false]);
    }
    count('staff_account', staffRows.length);
    await staff.flush();

    const account = bulk.table(BusinessAccountEntity, [
      'id',
      'nationalId',
      'liveNationalId',
      'name',
      'unitId',
      'role',
      'permissions',
      'status',
      'email',
      'phone',
      'version',
    ]);
    let accountId = 1;
    const addAccount = async (unitId: number, unitCode: string, role: BusinessRole, username: string, demo: boolean) => {
      const id = accountId++;
      const nid = nextNationalId(rngAccounts.pick(COUNTIES.slice(0, 22)).idLetter, rngAccounts.chance(0.6));
      const name = rngAccounts.pick(SURNAMES) + rngAccounts.pick(GIVEN) + rngAccounts.pick(GIVEN);
      const phone = `0${rngAccounts.int(2, 8)}-${rngAccounts.int(2000, 8999)}-${String(rngAccounts.int(0, 9999)).padStart(4, '0')}`;
      await account.add([
        id,
        nid,
        nid,
        name,
        unitId,
        role,
        permissionsToBits(ROLE_PERMISSIONS[role]),
        'ACTIVE',
        `${username}@${unitCode}.example.tw`,
        phone,
        1,
      ]);
      const credId = credentialId++;
      await cred.add([credId, username, demo ? await demoHash() : UNUSABLE_PASSWORD, 'BUSINESS', null, id, null, 0, !demo]);
      if (role === 'CHIEF') chiefCredential.set(unitId, credId);
      count('business_account');
      return id;
    };
    for (const s of schools) {
      const demo = s === demoSchool;
      const other = s === otherSchool;
      await addAccount(s.id, s.code, 'CHIEF', demo ? 'chief.demo' : other ? 'chief.other' : `chief.${s.code}`, demo || other);
      if (demo || rngAccounts.chance(0.5)) await addAccount(s.id, s.code, 'CONTACT', demo ? 'contact.demo' : `contact.${s.code}`, demo);
      if (demo || rngAccounts.chance(0.3)) await addAccount(s.id, s.code, 'OPERATOR', demo ? 'operator.demo' : `operator.${s.code}`, demo);
    }
    await addAccount(UNIVERSITY_UNIT, 'U0001', 'OPERATOR', 'operator.univ', true);
    await account.flush();

    const demoTeacher = teachersBySchool.get(demoSchool.id)!.find((t) => t.title === 'HOMEROOM')!;
    const otherTeacher = teachersBySchool.get(otherSchool.id)!.find((t) => t.title !== 'PRINCIPAL')!;
    const teacherCredential = new Map<number, number>([
      [demoTeacher.id, credentialId],
      [otherTeacher.id, credentialId + 1],
    ]);
    await cred.add([credentialId++, 'teacher.demo', await demoHash(), 'TEACHER', demoTeacher.id, null, null, 0, false]);
    await cred.add([credentialId++, 'teacher.other', await demoHash(), 'TEACHER', otherTeacher.id, null, null, 0, false]);
    await cred.flush();
    count('credential', staffRows.length + counts.business_account + 2);

    // ---- plans, year by year ----
    const sp = bulk.table(SchoolPlanEntity, [
      'id',
      'schoolYear',
      'schoolId',
      'status',
      'stages',
      'totalStudents',
      'submittedAt',
      'updatedAt',
      'version',
      'recordKey',
    ]);
    const spt = bulk.table(SchoolPlanTeacherEntity, ['planId', 'teacherId', 'title', 'subjects']);
    const spc = bulk.table(SchoolPlanChoiceEntity, ['planId', 'dimension', 'option']);
    const spd = bulk.table(SchoolPlanDomainEntity, ['planId', 'domain', 'themes', 'hours']);
    const tp = bulk.table(TeacherPlanEntity, [
      'id',
      'schoolYear',
      'teacherId',
      'schoolId',
      'status',
      'submittedAt',
      'updatedAt',
      'version',
      'recordKey',
    ]);
    // record keys of the disclosure control from their own stream, so the rest of the data stays as it was
    const rngKeys = new Rng(subSeed(baseSeed, 'record-keys'));
    const recordKey = () => Math.floor(rngKeys.next() * KEY_RANGE);
    const tpc = bulk.table(TeacherPlanChoiceEntity, ['planId', 'dimension', 'option']);
    const tpd = bulk.table(TeacherPlanDomainEntity, ['planId', 'domain', 'themes', 'hours']);
    let schoolPlanId = 1;
    let teacherPlanId = 1;
    /** Submitted plans, for the survey answers after them. */
    const answered: { year: number; kind: 'SCHOOL_PLAN' | 'TEACHER_PLAN'; respondent: number; school: SchoolGen; at: Date }[] = [];
    for (const y of years) {
      const rng = new Rng(subSeed(baseSeed, `plans-${y}`));
      const g = gregorianStart(y);
      const exact = options.history && PARTICIPATION_HISTORY[y] ? historyParticipants(y, schools, teachersBySchool, size, baseSeed) : null;
      for (const s of schools) {
        const teachers = teachersBySchool.get(s.id)!;
        const demo = !exact && (s === demoSchool || s === otherSchool);
        // county-level engagement varies, so participation differs by county and year
        const countyFactor = 0.85 + ((s.county.id * 7 + y) % 5) * 0.05;
        const schoolIn = exact ? exact.schools.has(s.id) : demo || rng.chance(Math.min(0.99, size.schoolParticipation * countyFactor));
        const group = CALENDAR_109.schoolPlan[s.county.planGroup];
        if (schoolIn) {
          const id = schoolPlanId++;
          const submitted = !!exact || demo || rng.chance(0.95);
          const day = rng.int(group.from[1], group.to[1]);
          const at = taipei(g, group.from[0], day, rng.int(8, 17), rng.int(0, 59));
          await sp.add([
            id,
            y,
            s.id,
            (submitted ? 'SUBMITTED' : 'DRAFT') satisfies PlanStatus,
            s.stages,
            s.studentCount,
            submitted ? at : null,
            at,
            submitted ? 2 : 1,
            recordKey(),
          ]);
          if (submitted) answered.push({ year: y, kind: 'SCHOOL_PLAN', respondent: chiefCredential.get(s.id)!, school: s, at });
          for (const t of teachers) await spt.add([id, t.id, t.title, t.subjects.join(',')]);
          const r: Respondent = { stages: s.stages, remoteness: s.remoteness, county: s.county, title: null, year: y };
          const choices = choose(r, rng);
          for (const c of choices) await spc.add([id, c.dimension, c.option]);
          const domains = chooseDomains(r, rng, 3);
          for (const d of domains) await spd.add([id, d.domain, d.themes, d.hours]);
          count('school_plan');
          count('school_plan_teacher', teachers.length);
          count('school_plan_choice', choices.length);
          count('school_plan_domain', domains.length);
        }
        progress.tick(1, `school plans ${y}`);
        const wave = CALENDAR_109.teacherPlan[s.county.teacherWave];
        let n = 0;
        for (const t of teachers) {
          const isDemoTeacher = !exact && (t.id === demoTeacher.id || t.id === otherTeacher.id);
          if (
            exact
              ? !exact.teachers.has(t.id)
              : !isDemoTeacher && !rng.chance(schoolIn ? Math.min(0.98, size.teacherParticipation * countyFactor) : 0.1)
          )
            continue;
          // teacher.demo leaves the newest year open, so the planning cycle has something to fill
          if (t.id === demoTeacher.id && y === years[years.length - 1]) continue;
          const id = teacherPlanId++;
          const submitted = !!exact || isDemoTeacher || rng.chance(0.93);
          const at = taipei(g, wave.from[0], rng.int(wave.from[1], wave.to[1]), rng.int(7, 22), rng.int(0, 59));
          await tp.add([id, y, t.id, s.id, submitted ? 'SUBMITTED' : 'DRAFT', submitted ? at : null, at, submitted ? 2 : 1, recordKey()]);
          // a teacher without a login of its own answers as -(its teacher id): never a credential's id
          if (submitted) answered.push({ year: y, kind: 'TEACHER_PLAN', respondent: teacherCredential.get(t.id) ?? -t.id, school: s, at });
          const r: Respondent = { stages: s.stages, remoteness: s.remoteness, county: s.county, title: t.title, year: y };
          const choices = choose(r, rng);
          for (const c of choices) await tpc.add([id, c.dimension, c.option]);
          const domains = chooseDomains(r, rng, 1);
          for (const d of domains) await tpd.add([id, d.domain, d.themes, d.hours]);
          count('teacher_plan');
          count('teacher_plan_choice', choices.length);
          count('teacher_plan_domain', domains.length);
          n++;
        }
        progress.tick(n, `teacher plans ${y}`);
      }
    }
    for (const w of [sp, spt, spc, spd, tp, tpc, tpd]) await w.flush();
    if (options.surveys) await seedSurveys(bulk, answered, baseSeed, count);

    // ---- courses (研習課程) and registrations: supply against the demand above ----
    await seedCourses(bulk, {
      years,
      schools,
      teachersBySchool,
      baseSeed,
      scale,
      count,
      demoSchool,
      demoTeacherId: demoTeacher.id,
      districtUnit,
      universityUnit: UNIVERSITY_UNIT,
    });
    await bulk.end();
  } catch (e) {
    await bulk.abort();
    throw e;
  }
  // the summary tables the reports read, counted from the plans just loaded
  await rebuildSummaries(ds);
  // supply against demand: offered courses and admitted registrations, counted from the rows just loaded
  await ds.transaction(async (em) => {
    await refillSupplySummaries(em, ds);
    // and the hours issued (uptake), from the study records just loaded
    await refillIssuedHours(em, ds, 'SELECT teacher_id, course_id, school_year, domain, hours, record_key FROM study_record');
  });
  progress.tick(Number.MAX_SAFE_INTEGER, 'done');
  return { scale, seed: baseSeed, schoolYears: years, seconds: (Date.now() - started) / 1000, rows: counts };
}

// ---------------------------------------------------------------------------------------------
// Satisfaction survey (滿意度調查): answers after submitted plans

/**
 * About half of the CHIEFs and a fifth of the teachers answer within two weeks of submitting; the five
 * ratings lean lower where the school is remote (fewer courses nearby) and vary by county and year,
 * so the results page has differences to show. From its own random streams.
 */
async function seedSurveys(
  bulk: BulkLoader,
  answered: { year: number; kind: 'SCHOOL_PLAN' | 'TEACHER_PLAN'; respondent: number; school: SchoolGen; at: Date }[],
  baseSeed: number,
  count: (table: string, n?: number) => void,
) {
  const rng = new Rng(subSeed(baseSeed, 'surveys'));
  const rngKeys = new Rng(subSeed(baseSeed, 'survey-record-keys'));
  const survey = bulk.table(SurveyResponseEntity, [
    'schoolYear',
    'respondent',
    'planKind',
    'countyId',
    'ratings',
    'comment',
    'answeredAt',
    'recordKey',
  ]);
  const COMMENTS = [
    '希望多開線上課程',
    '研習時段希望安排在週三下午',
    '偏遠地區交通不便，希望就近開課',
    '填報介面清楚',
    '希望增加數位教學相關課程',
    null,
  ];
  for (const a of answered) {
    if (!rng.chance(a.kind === 'SCHOOL_PLAN' ? 0.55 : 0.2)) continue;
    const lean = (a.school.remoteness === 'GENERAL' ? 0.4 : -0.5) + (((a.school.county.id * 3 + a.year) % 5) - 2) * 0.15;
    const ratings = Array.from({ length: 5 }, () => Math.max(1, Math.min(5, Math.round(3.6 + lean + rng.normal(0, 0.8)))));
    const comment = rng.chance(0.15) ? rng.pick(COMMENTS) : null;
    const answeredAt = new Date(a.at.getTime() + rng.int(0, 14) * 86_400_000 + rng.int(0, 8) * 3_600_000);
    await survey.add([
      a.year,
      a.respondent,
      a.kind,
      a.school.county.id,
      ratings.join(','),
      comment,
      answeredAt,
      Math.floor(rngKeys.next() * KEY_RANGE),
    ]);
    count('survey_response');
  }
  await survey.flush();
}

// ---------------------------------------------------------------------------------------------
// Courses: from schools, district centres and the university in every county and seeded year

const COURSE_TITLES: Record<StudyDomain, string[]> = THEMES;
/** The university, legal entity and social-education institution of the seed (units 30-32): they offer courses in every county. */
const OTHER_ORGANISERS = [
  { id: 30, code: 'U0001', name: '國立臺灣師範大學', kind: 'UNIVERSITY' as const },
  { id: 31, code: 'L0001', name: '財團法人中華民國教師研習基金會', kind: 'LEGAL_ENTITY' as const },
  { id: 32, code: 'S0001', name: '國立臺灣科學教育館', kind: 'SOCIAL_EDUCATION' as const },
];
const COURSE_KIND_WEIGHTS = { LECTURE: 3, WORKSHOP: 3, SEMINAR: 1, FIELD_VISIT: 0.6, LESSON_OBSERVATION: 1.5, DIGITAL_COURSE: 1.5 };

/**
 * Courses for every county and school year: a few from its schools, some from its district centre,
 * more or fewer by county (so supply meets demand in some counties and misses it in others), and the
 * university's in 臺北市; registrations from the county's teachers, filling some courses past their
 * capacity (waitlists). Past years' courses are closed, the newest year's published. From its own
 * random stream: the rest of the data stays as it was.
 */
async function seedCourses(
  bulk: BulkLoader,
  o: {
    years: number[];
    schools: SchoolGen[];
    teachersBySchool: Map<number, TeacherGen[]>;
    baseSeed: number;
    scale: Scale;
    count: (table: string, n?: number) => void;
    demoSchool: SchoolGen;
    demoTeacherId: number;
    districtUnit: (c: number) => number;
    universityUnit: number;
  },
) {
  const rng = new Rng(subSeed(o.baseSeed, 'courses'));
  // attendance, hours and certificates from their own stream: the courses and registrations stay as they were
  const hrng = new Rng(subSeed(o.baseSeed, 'hours'));
  const CODE = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const verification = () => Array.from({ length: 12 }, () => CODE[hrng.int(0, CODE.length - 1)]).join('');
  const attendance = bulk.table(AttendanceEntity, ['courseId', 'sessionId', 'teacherId', 'status', 'method', 'recordedAt', 'recordedBy']);
  const record = bulk.table(StudyRecordEntity, [
    'id',
    'teacherId',
    'schoolId',
    'source',
    'courseId',
    'partnerKeyId',
    'externalId',
    'title',
    'issuerName',
    'issuerUnitId',
    'schoolYear',
    'domain',
    'hours',
    'startsOn',
    'endsOn',
    'certificateNumber',
    'verificationCode',
    'recordKey',
    'issuedAt',
    'issuedBy',
    'updatedAt',
    'version',
  ]);
  let recordId = 1;
  const isoDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const course = bulk.table(CourseEntity, [
    'id',
    'code',
    'schoolYear',
    'organiserUnitId',
    'countyId',
    'title',
    'description',
    'domain',
    'themes',
    'hours',
    'capacity',
    'waitlistSize',
    'registrationOpensAt',
    'registrationClosesAt',
    'startsAt',
    'endsAt',
    'schoolApproval',
    'contactName',
    'contactPhone',
    'contactEmail',
    'status',
    'admittedCount',
    'waitlistedCount',
    'nextQueueNo',
    'searchText',
    'submittedAt',
    'approvedAt',
    'approvedBy',
    'publishedAt',
    'statusNote',
    'createdBy',
    'createdAt',
    'updatedAt',
    'version',
  ]);
  const choice = bulk.table(CourseChoiceEntity, ['courseId', 'dimension', 'option']);
  const audience = bulk.table(CourseAudienceEntity, ['courseId', 'kind', 'value']);
  const session = bulk.table(CourseSessionEntity, [
    'id',
    'courseId',
    'startsAt',
    'endsAt',
    'countyId',
    'courseCountyId',
    'address',
    'onlineUrl',
  ]);
  const reg = bulk.table(CourseRegistrationEntity, [
    'id',
    'courseId',
    'teacherId',
    'schoolId',
    'status',
    'approval',
    'queueNo',
    'registeredAt',
    'registeredBy',
    'updatedAt',
    'approvalDecidedBy',
    'recordKey',
  ]);
  // the registrations' record keys (disclosure control) from a stream of their own: the rest stays as it was
  const rngRegKeys = new Rng(subSeed(o.baseSeed, 'registration-record-keys'));
  // national: ~40,000 courses a school year (about 92 per unit of perScale) and ~1.2 million registrations
  const perScale = o.scale === 'national' ? 435 : 1;
  const schoolById = new Map(o.schools.map((s) => [s.id, s]));
  let courseId = 1;
  let sessionId = 1;
  let regId = 1;
  const seqOf = new Map<string, number>();
  const newest = o.years[o.years.length - 1];
  for (const y of o.years) {
    const g = gregorianStart(y);
    for (const c of COUNTIES) {
      const countySchools = o.schools.filter((s) => s.county.id === c.id);
      const countyTeachers = countySchools.flatMap((s) => o.teachersBySchool.get(s.id)!.map((t) => ({ ...t, stages: s.stages })));
      // the county's teachers in a course's audience, by the audience's stages (one filter per distinct audience)
      const pools = new Map<string, typeof countyTeachers>();
      // supply differs by county: some counties offer twice as much as others
      const n = Math.max(1, Math.round((2 + ((c.id * 5 + y) % 5)) * perScale * (o.scale === 'national' ? c.schoolShare * 23 : 1)));
      const organisers: {
        id: number;
        code: string;
        name: string;
        kind: 'SCHOOL' | 'DISTRICT_CENTRE' | 'UNIVERSITY' | 'LEGAL_ENTITY' | 'SOCIAL_EDUCATION';
      }[] = [];
      for (let i = 0; i < n; i++) {
        const r = rng.next();
        if (c.code === 'TPE' && i === 0 && y === newest)
          organisers.push({ id: o.demoSchool.id, code: o.demoSchool.code, name: o.demoSchool.name, kind: 'SCHOOL' });
        else if (r < 0.55 && countySchools.length) {
          const s = rng.pick(countySchools);
          organisers.push({ id: s.id, code: s.code, name: s.name, kind: 'SCHOOL' });
        } else if (r < 0.9 || c.code !== 'TPE') {
          organisers.push({
            id: o.districtUnit(c.id),
            code: `DC-${c.code}`,
            name: c.id === 23 ? '教育部國民及學前教育署' : `${c.name}政府教育${c.name.endsWith('市') ? '局' : '處'}`,
            kind: 'DISTRICT_CENTRE',
          });
        } else organisers.push({ ...OTHER_ORGANISERS[0], id: o.universityUnit });
      }
      // every county, every year: a course of the university, the legal entity or the social-education
      // institution too (more of them where the county's supply is high), so non-school supply is everywhere
      const others = 1 + ((c.id + y) % 3 === 0 ? 1 : 0);
      for (let k = 0; k < others * perScale; k++) organisers.push(OTHER_ORGANISERS[(c.id + y + k) % OTHER_ORGANISERS.length]);
      for (const org of organisers) {
        const id = courseId++;
        const key = `${y}-${org.code}`;
        const seq = (seqOf.get(key) ?? 0) + 1;
        seqOf.set(key, seq);
        const code = `${y}-${org.code}-${String(seq).padStart(4, '0')}`;
        const domain = rng.weighted<StudyDomain>({
          CURRICULUM_TEACHING_ASSESSMENT: 6,
          CLASS_MANAGEMENT_COUNSELLING: 2.5,
          PROFESSIONAL_DEVELOPMENT: 2,
          EMERGING_POLICY: 3,
          ADMINISTRATION_LEADERSHIP: 1,
          PRACTICAL_LITERACY: 1.5,
        });
        const theme = rng.pick(COURSE_TITLES[domain]);
        const title = `${theme}${rng.pick(['研習', '工作坊', '增能研習', '專題講座', '實作坊'])}`;
        const online = rng.chance(c.remoteShare > 0.2 ? 0.35 : 0.15);
        const month = rng.pick([9, 10, 11, 12, 1, 3, 4, 5, 7]);
        const gy = month >= 8 ? g : g + 1;
        const day = rng.int(1, 28);
        const evening = !online && rng.chance(0.2);
        const startH = evening ? 18 : rng.pick([9, 13]);
        const hours = rng.pick([2, 3, 3, 6, 6, 12, 18]);
        const nSessions = hours >= 12 ? rng.int(2, 4) : 1;
        const sessions = Array.from({ length: nSessions }, (_, k) => {
          const startsAt = taipei(gy, month, Math.min(28, day + k * 7), startH, 0);
          return { startsAt, endsAt: new Date(startsAt.getTime() + Math.min(3, Math.ceil(hours / nSessions)) * 3600_000) };
        });
        const startsAt = sessions[0].startsAt;
        const endsAt = sessions[sessions.length - 1].endsAt;
        const opens = new Date(startsAt.getTime() - 30 * 86400_000);
        const closes = new Date(startsAt.getTime() - 3 * 86400_000);
        const capacity = rng.pick([20, 25, 30, 35, 40, 60]);
        const waitlistSize = rng.pick([0, 5, 10, 20]);
        const status = y === newest ? 'PUBLISHED' : 'CLOSED';
        const place = online
          ? 'ONLINE'
          : org.kind === 'SCHOOL'
            ? rng.pick(['OWN_SCHOOL', 'NEARBY_SCHOOL'])
            : org.kind === 'UNIVERSITY'
              ? 'TEACHER_EDUCATION_UNIVERSITY'
              : org.kind === 'DISTRICT_CENTRE'
                ? 'TRAINING_INSTITUTE'
                : 'SOCIAL_EDUCATION_OR_NGO';
        const methods = online ? ['DIGITAL_COURSE'] : rng.weightedDistinct(COURSE_KIND_WEIGHTS, rng.int(1, 2));
        const level = rng.weighted({ BASIC: 3, ADVANCED: 4, LEADERSHIP: 1, RESEARCH: 0.6 });
        const mode = rng.chance(0.04) ? 'CREDIT_MASTER' : 'NON_CREDIT';
        const stageAudience = org.kind === 'SCHOOL' && rng.chance(0.4) ? schoolById.get(org.id)!.stages.split(',') : [];
        // registrations: the county's teachers (the audience's), some courses oversubscribed
        const audienceKey = stageAudience.join(',');
        let pool = pools.get(audienceKey);
        if (!pool) {
          pool = countyTeachers.filter((t) => !stageAudience.length || t.stages.split(',').some((st) => stageAudience.includes(st)));
          pools.set(audienceKey, pool);
        }
        const demand = Math.min(pool.length, Math.round(capacity * (0.3 + rng.next() * 1.1)));
        const chosen = new Set<number>();
        const registrants: TeacherGen[] = [];
        if (org.id === o.demoSchool.id && y === newest) {
          const demo = pool.find((t) => t.id === o.demoTeacherId);
          if (demo) {
            registrants.push(demo);
            chosen.add(demo.id);
          }
        }
        for (let tries = 0; registrants.length < demand && tries < demand * 3; tries++) {
          const t = pool[Math.floor(rng.next() * pool.length)];
          if (!chosen.has(t.id)) {
            chosen.add(t.id);
            registrants.push(t);
          }
        }
        const taken = registrants.slice(0, capacity + waitlistSize);
        const admitted = Math.min(capacity, taken.length);
        const waitlisted = taken.length - admitted;
        await course.add([
          id,
          code,
          y,
          org.id,
          c.id,
          title,
          `${theme}：${title}（${c.name}）`,
          domain,
          theme,
          hours,
          capacity,
          waitlistSize,
          opens,
          closes,
          startsAt,
          endsAt,
          false,
          rng.pick(SURNAMES) + rng.pick(GIVEN) + rng.pick(GIVEN),
          `0${rng.int(2, 8)}-${rng.int(2000, 8999)}-${String(rng.int(0, 9999)).padStart(4, '0')}`,
          `course@${org.code.toLowerCase()}.example.tw`,
          status,
          admitted,
          waitlisted,
          taken.length + 1,
          courseSearchText(title, code, org.name),
          opens,
          opens,
          'seed',
          opens,
          null,
          'seed',
          opens,
          opens,
          3,
        ]);
        const times = timesOfSessions(sessions);
        for (const [dimension, option] of [
          ['LEVEL', level],
          ['MODE', mode],
          ['PLACE', place],
          ...methods.map((m) => ['METHOD', m]),
          ...times.map((t) => ['TIME', t]),
        ]) {
          await choice.add([id, dimension, option]);
        }
        for (const st of stageAudience) await audience.add([id, 'STAGE', st]);
        const firstSession = sessionId;
        for (const s of sessions) {
          await session.add([
            sessionId++,
            id,
            s.startsAt,
            s.endsAt,
            online ? null : c.id,
            c.id,
            online ? null : `${c.name}${org.name}`,
            online ? `https://meet.example.tw/${code}` : null,
          ]);
        }
        for (const [k, t] of taken.entries()) {
          const at = new Date(opens.getTime() + (k + 1) * 60_000);
          await reg.add([
            regId++,
            id,
            t.id,
            t.schoolId,
            k < capacity ? 'ADMITTED' : 'WAITLISTED',
            'NOT_REQUIRED',
            k + 1,
            at,
            'seed',
            at,
            null,
            Math.floor(rngRegKeys.next() * KEY_RANGE),
          ]);
        }
        // a closed course: attendance of every admitted teacher at each session, and its hours issued
        if (status === 'CLOSED') {
          // some counties' teachers attend more faithfully than others (attainment varies)
          const faithful = 0.8 + ((c.id * 7) % 5) * 0.04;
          let seqNo = 0;
          for (const t of taken.slice(0, admitted)) {
            const statuses = sessions.map(() => {
              const r = hrng.next();
              return r < faithful ? 'PRESENT' : r < faithful + 0.05 ? 'LATE' : r < faithful + 0.09 ? 'LEFT_EARLY' : 'ABSENT';
            }) as ('PRESENT' | 'LATE' | 'LEFT_EARLY' | 'ABSENT')[];
            for (const [k, st] of statuses.entries())
              await attendance.add([id, firstSession + k, t.id, st, 'MARKED', sessions[k].endsAt, 'seed']);
            o.count('course_attendance', statuses.length);
            const earned = hoursEarned(hours, sessions.length, statuses);
            if (earned <= 0) continue;
            const issued = new Date(endsAt.getTime() + 3 * 86400_000);
            await record.add([
              recordId++,
              t.id,
              t.schoolId,
              'COURSE',
              id,
              null,
              null,
              title,
              org.name,
              org.id,
              y,
              domain,
              earned,
              isoDay(startsAt),
              isoDay(endsAt),
              `${code}-${String(++seqNo).padStart(4, '0')}`,
              verification(),
              hrng.int(0, KEY_RANGE - 1),
              issued,
              'seed',
              issued,
              1,
            ]);
            o.count('study_record');
          }
        }
        o.count('course');
        o.count('course_choice', 3 + methods.length + times.length);
        o.count('course_audience', stageAudience.length);
        o.count('course_session', sessions.length);
        o.count('course_registration', taken.length);
      }
    }
  }
  // external hours (外部研習時數): completions on the ministry's MOOC platform, reported through a partner key in real life
  const MOOC = [
    '數位學習：AI 與教學',
    '線上課程：性別平等教育',
    '線上課程：資訊安全與個資保護',
    '線上課程：特殊教育知能',
    '線上課程：防災教育',
  ];
  const DOMAINS: StudyDomain[] = [
    'EMERGING_POLICY',
    'EMERGING_POLICY',
    'PRACTICAL_LITERACY',
    'CLASS_MANAGEMENT_COUNSELLING',
    'PRACTICAL_LITERACY',
  ];
  for (const y of o.years.slice(0, -1)) {
    const g = gregorianStart(y);
    for (const s of o.schools) {
      for (const t of o.teachersBySchool.get(s.id)!) {
        if (!hrng.chance(0.12 + s.county.remoteShare * 0.3)) continue;
        const k = hrng.int(0, MOOC.length - 1);
        const ends = taipei(g + 1, hrng.int(1, 6), hrng.int(1, 28), 12, 0);
        const code = verification();
        await record.add([
          recordId,
          t.id,
          t.schoolId,
          'EXTERNAL',
          null,
          null,
          `mooc-${y}-${t.id}`,
          MOOC[k],
          '教育部數位學習平臺',
          null,
          y,
          DOMAINS[k],
          hrng.pick([1, 2, 3, 4.5, 6]),
          isoDay(new Date(ends.getTime() - 14 * 86400_000)),
          isoDay(ends),
          `X${y}-${String(recordId).padStart(8, '0')}`,
          code,
          hrng.int(0, KEY_RANGE - 1),
          ends,
          'seed',
          ends,
          1,
        ]);
        recordId++;
        o.count('study_record');
      }
    }
  }
  for (const w of [course, choice, audience, session, reg, attendance, record]) await w.flush();
}
