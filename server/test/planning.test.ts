import { summaryDifferences } from '../src/modules/planning';
import { codes, demoIds, Harness, seededHarness, TestClock } from './harness';
import { dbLabel } from './db';

/**
 * The planning cycle of 附件三 陸: the 109 calendar as the reference fixture; a school year 111 set
 * up by the platform with the same calendar two years on, to walk each window rule with a clock the
 * test moves (in Taiwan time, whatever the server's zone).
 */
const clock = new TestClock();
let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
let counties: { id: string; code: string; name: string }[];
beforeAll(async () => {
  h = await seededHarness('planning', clock);
  ids = await demoIds(h);
  counties = (await h.anonymous().query('{ counties { id code name } }')).data!.counties;
}, 120000);
afterAll(() => h.stop());

/** 附件三 陸: 109 windows by county (group A/B school plans, waves 1-5 teacher plans). */
const SEED_109: Record<string, { school: [string, string]; teacher: [string, string] }> = {};
const A: [string, string] = ['2020-08-10', '2020-08-19'];
const B: [string, string] = ['2020-08-20', '2020-08-28'];
const W: Record<number, [string, string]> = {
  1: ['2020-09-02', '2020-09-08'],
  2: ['2020-09-04', '2020-09-11'],
  3: ['2020-09-09', '2020-09-16'],
  4: ['2020-09-16', '2020-09-23'],
  5: ['2020-09-23', '2020-09-30'],
};
const GROUP_A = ['新北市', '臺北市', '臺中市', '桃園市', '苗栗縣', '彰化縣', '南投縣', '基隆市', '新竹市', '國教署'];
const WAVES: Record<number, string[]> = {
  1: ['國教署', '澎湖縣', '金門縣', '連江縣', '苗栗縣', '花蓮縣'],
  2: ['新北市', '彰化縣', '新竹市', '宜蘭縣', '南投縣'],
  3: ['臺北市', '雲林縣', '臺南市', '新竹縣'],
  4: ['臺中市', '屏東縣', '基隆市', '桃園市'],
  5: ['高雄市', '嘉義縣', '嘉義市', '臺東縣'],
};
for (const [wave, names] of Object.entries(WAVES)) {
  for (const n of names) SEED_109[n] = { school: GROUP_A.includes(n) ? A : B, teacher: W[Number(wave)] };
}

const PLAN = `id status version submittedAt modes times places levels methods domains { domain themes hours }`;
const SAVE_SCHOOL = `mutation($input: SchoolPlanInput!) { saveSchoolPlan(input: $input) { ${PLAN} } }`;
const SUBMIT_SCHOOL = `mutation($s: ID!, $y: Int!, $v: Int) { submitSchoolPlan(schoolId: $s, schoolYear: $y, version: $v) { ${PLAN} } }`;
const SAVE_MINE = `mutation($input: TeacherPlanInput!) { saveMyTeacherPlan(input: $input) { ${PLAN} } }`;
const SUBMIT_MINE = `mutation($y: Int!, $v: Int) { submitMyTeacherPlan(schoolYear: $y, version: $v) { ${PLAN} } }`;
const FULL = {
  modes: ['NON_CREDIT'],
  times: ['WEEKDAY_DAYTIME', 'SATURDAY'],
  places: ['OWN_SCHOOL'],
  levels: ['ADVANCED'],
  methods: ['WORKSHOP'],
  domains: [{ domain: 'CURRICULUM_TEACHING_ASSESSMENT', themes: '素養導向教學設計', hours: 18 }],
};
const schoolPlan = (schoolId: string, over: Record<string, unknown> = {}) => ({ schoolId, schoolYear: 111, ...FULL, ...over });
const at = (iso: string) => clock.set(iso);

async function configure111() {
  const plus2 = (d: string) => `${Number(d.slice(0, 4)) + 2}${d.slice(4)}`;
  const input = {
    year: 111,
    serviceOpensOn: '2022-08-10',
    serviceClosesOn: '2023-07-31',
    rewardThresholdPercent: 2,
    windows: [
      { planKind: 'SCHOOL_PLAN', groupKey: 'A', opensOn: plus2(A[0]), closesOn: plus2(A[1]) },
      { planKind: 'SCHOOL_PLAN', groupKey: 'B', opensOn: plus2(B[0]), closesOn: plus2(B[1]) },
      ...Object.entries(W).map(([k, [o, c]]) => ({ planKind: 'TEACHER_PLAN', groupKey: k, opensOn: plus2(o), closesOn: plus2(c) })),
    ],
    counties: counties.map((c) => {
      const wave = Number(Object.entries(WAVES).find(([, n]) => n.includes(c.name))![0]);
      return { countyId: c.id, planGroup: GROUP_A.includes(c.name) ? 'A' : 'B', teacherWave: wave };
    }),
  };
  return input;
}

describe(`the planning cycle (${dbLabel()})`, () => {
  it("the 109 calendar: every county's school-plan and teacher-plan windows match the seed", async () => {
    const r = await h.anonymous().query('{ counties { name windows(schoolYear: 109) { planKind opensOn closesOn opensAt closesAt } } }');
    expect(r.errors).toBeUndefined();
    for (const c of r.data!.counties) {
      const school = c.windows.find((w: any) => w.planKind === 'SCHOOL_PLAN');
      const teacher = c.windows.find((w: any) => w.planKind === 'TEACHER_PLAN');
      expect({ county: c.name, school: [school.opensOn, school.closesOn], teacher: [teacher.opensOn, teacher.closesOn] }).toEqual({
        county: c.name,
        ...SEED_109[c.name],
      });
      // Taiwan midnight is 16:00 UTC the day before
      expect(school.opensAt).toBe(`${new Date(Date.parse(`${SEED_109[c.name].school[0]}T00:00:00+08:00`)).toISOString()}`);
    }
  });

  it('the platform sets up a school year; others may not; bad calendars are refused naming the field', async () => {
    const input = await configure111();
    expect(
      codes(
        await h.as('district.taipei').query('mutation($i: SchoolYearInput!) { configureSchoolYear(input: $i) { year } }', { i: input }),
      ),
    ).toEqual(['FORBIDDEN']);
    const bad = await h.as('admin').query('mutation($i: SchoolYearInput!) { configureSchoolYear(input: $i) { year } }', {
      i: { ...input, windows: input.windows.map((w, i) => (i === 0 ? { ...w, closesOn: '2022-08-01' } : w)) },
    });
    expect(bad.errors![0].extensions!.fields).toEqual(['windows.0.closesOn']);
    const missing = await h.as('admin').query('mutation($i: SchoolYearInput!) { configureSchoolYear(input: $i) { year } }', {
      i: { ...input, counties: input.counties.slice(1) },
    });
    expect(missing.errors![0].extensions!.fields).toEqual(['counties']);
    const ok = await h
      .as('admin')
      .query(
        'mutation($i: SchoolYearInput!) { configureSchoolYear(input: $i) { year rewardThresholdPercent windows { planKind groupKey opensOn closesOn } } }',
        { i: input },
      );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.configureSchoolYear.windows).toHaveLength(7);
  });

  describe('school plans', () => {
    it('before the service period nothing is saved', async () => {
      at('2022-08-09T23:59:59+08:00');
      const r = await h.as('chief.demo').query(SAVE_SCHOOL, { input: schoolPlan(ids.demoSchool) });
      expect(codes(r)).toEqual(['WINDOW_CLOSED']);
      expect(r.errors![0].extensions!.reason).toBe('OUTSIDE_SERVICE_PERIOD');
    });

    it("a draft is saved any time in the service period, but submitted only inside the school's group window", async () => {
      at('2022-08-15T10:00:00+08:00'); // group A open, group B not yet
      const draft = await h.as('chief.other').query(SAVE_SCHOOL, { input: schoolPlan(ids.otherSchool, { levels: [] }) });
      expect(draft.errors).toBeUndefined();
      expect(draft.data!.saveSchoolPlan.status).toBe('DRAFT');
      const early = await h.as('chief.other').query(SUBMIT_SCHOOL, { s: ids.otherSchool, y: 111 });
      expect(codes(early)).toEqual(['WINDOW_CLOSED']);
      expect(early.errors![0].extensions).toMatchObject({
        reason: 'FILLING_WINDOW_CLOSED',
        opensAt: expect.any(String),
        closesAt: expect.any(String),
      });
    });

    it("only the school's CHIEF or CONTACT fills it", async () => {
      at('2022-08-15T10:00:00+08:00');
      for (const login of ['operator.demo', 'teacher.demo', 'chief.other', 'district.taipei', 'admin', 'analyst']) {
        expect(codes(await h.as(login).query(SAVE_SCHOOL, { input: schoolPlan(ids.demoSchool) }))).toEqual(['FORBIDDEN']);
      }
    });

    it('submitting checks every dimension and the hours, naming the field', async () => {
      at('2022-08-15T10:00:00+08:00');
      const cases: [Record<string, unknown>, string][] = [
        [{ levels: [] }, 'levels'],
        [{ domains: [] }, 'domains'],
        [{ domains: [{ domain: 'EMERGING_POLICY', themes: 'x', hours: -1 }] }, 'domains.0.hours'],
        [
          {
            domains: [
              { domain: 'EMERGING_POLICY', themes: 'x', hours: 3 },
              { domain: 'EMERGING_POLICY', themes: 'y', hours: 3 },
            ],
          },
          'domains.1.domain',
        ],
        [{ domains: [{ domain: 'EMERGING_POLICY', themes: 'x', hours: 9999 }] }, 'domains.0.hours'],
        [{ times: ['SATURDAY', 'SATURDAY'] }, 'times'],
      ];
      for (const [over, field] of cases) {
        const saved = await h.as('contact.demo').query(SAVE_SCHOOL, { input: schoolPlan(ids.demoSchool, over) });
        const r = saved.errors ? saved : await h.as('contact.demo').query(SUBMIT_SCHOOL, { s: ids.demoSchool, y: 111 });
        expect(codes(r)).toEqual(['BAD_USER_INPUT']);
        expect(r.errors![0].extensions!.fields).toEqual([field]);
      }
    });

    it('inside the window: submit, amend, and a second submit changes nothing', async () => {
      at('2022-08-19T23:59:59+08:00'); // the last second of group A
      const saved = await h.as('chief.demo').query(SAVE_SCHOOL, { input: schoolPlan(ids.demoSchool, { totalStudents: 540 }) });
      const v = saved.data!.saveSchoolPlan.version;
      const submitted = await h.as('chief.demo').query(SUBMIT_SCHOOL, { s: ids.demoSchool, y: 111, v });
      expect(submitted.data!.submitSchoolPlan.status).toBe('SUBMITTED');
      const again = await h.as('chief.demo').query(SUBMIT_SCHOOL, { s: ids.demoSchool, y: 111, v });
      expect(again.data!.submitSchoolPlan.version).toBe(submitted.data!.submitSchoolPlan.version);
      expect(again.data!.submitSchoolPlan.submittedAt).toBe(submitted.data!.submitSchoolPlan.submittedAt);
      const amended = await h.as('contact.demo').query(SAVE_SCHOOL, {
        input: schoolPlan(ids.demoSchool, {
          methods: ['WORKSHOP', 'LESSON_OBSERVATION'],
          version: submitted.data!.submitSchoolPlan.version,
        }),
      });
      expect(amended.data!.saveSchoolPlan).toMatchObject({ status: 'SUBMITTED', methods: ['LESSON_OBSERVATION', 'WORKSHOP'] });
      const teachers = await h
        .as('chief.demo')
        .query('query($id: ID!) { node(id: $id) { ... on School { schoolPlan(schoolYear: 111) { teacherCount totalStudents } } } }', {
          id: ids.demoSchool,
        });
      expect(teachers.data!.node.schoolPlan.teacherCount).toBeGreaterThan(10);
      expect(teachers.data!.node.schoolPlan.totalStudents).toBe(540);
    });

    it('a stale version is a CONFLICT and the newer data stays', async () => {
      const r = await h.as('chief.demo').query(SAVE_SCHOOL, { input: schoolPlan(ids.demoSchool, { methods: ['LECTURE'], version: 1 }) });
      expect(codes(r)).toEqual(['CONFLICT']);
      expect(r.errors![0].extensions!.reason).toBe('STALE_VERSION');
      const now = await h
        .as('chief.demo')
        .query('query($id: ID!) { node(id: $id) { ... on School { schoolPlan(schoolYear: 111) { methods } } } }', { id: ids.demoSchool });
      expect(now.data!.node.schoolPlan.methods).toEqual(['LESSON_OBSERVATION', 'WORKSHOP']);
    });

    it('after the window closes: amending is WINDOW_CLOSED and changes nothing; drafts may still be saved but not submitted', async () => {
      at('2022-08-20T00:00:00+08:00'); // group A closed (Taiwan midnight)
      const plan = (
        await h
          .as('chief.demo')
          .query(
            'query($id: ID!) { node(id: $id) { ... on School { planning(schoolYear: 111) { window { open inService closesAt } plan { version } } } } }',
            { id: ids.demoSchool },
          )
      ).data!.node.planning;
      expect(plan.window).toMatchObject({ open: false, inService: true });
      const r = await h
        .as('chief.demo')
        .query(SAVE_SCHOOL, { input: schoolPlan(ids.demoSchool, { methods: ['LECTURE'], version: plan.plan.version }) });
      expect(codes(r)).toEqual(['WINDOW_CLOSED']);
      const after = await h
        .as('chief.demo')
        .query('query($id: ID!) { node(id: $id) { ... on School { schoolPlan(schoolYear: 111) { methods version } } } }', {
          id: ids.demoSchool,
        });
      expect(after.data!.node.schoolPlan).toEqual({ methods: ['LESSON_OBSERVATION', 'WORKSHOP'], version: plan.plan.version });
      // the third school (新北, group A) only has nothing: its draft saves, its submission does not
      const [{ n }] = await h.ds.query(
        "SELECT COUNT(*) AS n FROM school_plan sp JOIN unit u ON u.id = sp.school_id WHERE u.code = '010001' AND sp.school_year = 111",
      );
      expect(Number(n)).toBe(0);
    });

    it('only the district of its county or the platform reopens it; then it can be amended until the reopening ends', async () => {
      at('2022-08-22T09:00:00+08:00');
      const REOPEN = 'mutation($s: ID!, $u: DateTimeISO!) { reopenSchoolPlan(schoolId: $s, schoolYear: 111, until: $u) }';
      const until = '2022-08-23T17:00:00+08:00';
      for (const login of ['chief.demo', 'contact.demo', 'teacher.demo', 'analyst']) {
        expect(codes(await h.as(login).query(REOPEN, { s: ids.demoSchool, u: until }))).toEqual(['FORBIDDEN']);
      }
      expect(codes(await h.as('district.taipei').query(REOPEN, { s: ids.otherSchool, u: until }))).toEqual(['FORBIDDEN']);
      const past = await h.as('district.taipei').query(REOPEN, { s: ids.demoSchool, u: '2022-08-21T00:00:00+08:00' });
      expect(past.errors![0].extensions!.fields).toEqual(['until']);
      expect((await h.as('district.taipei').query(REOPEN, { s: ids.demoSchool, u: until })).errors).toBeUndefined();
      const current = (
        await h
          .as('chief.demo')
          .query(
            'query($id: ID!) { node(id: $id) { ... on School { planning(schoolYear: 111) { window { open reopenedUntil secondsLeft } plan { version } } } } }',
            { id: ids.demoSchool },
          )
      ).data!.node.planning;
      expect(current.window.open).toBe(true);
      expect(current.window.secondsLeft).toBe(32 * 3600);
      const amended = await h
        .as('chief.demo')
        .query(SAVE_SCHOOL, { input: schoolPlan(ids.demoSchool, { methods: ['LECTURE'], version: current.plan.version }) });
      expect(amended.data!.saveSchoolPlan.methods).toEqual(['LECTURE']);
      at('2022-08-23T17:00:01+08:00');
      const late = await h
        .as('chief.demo')
        .query(SAVE_SCHOOL, { input: schoolPlan(ids.demoSchool, { methods: ['SEMINAR'], version: amended.data!.saveSchoolPlan.version }) });
      expect(codes(late)).toEqual(['WINDOW_CLOSED']);
    });

    it('group B submits in its own window', async () => {
      at('2022-08-28T23:00:00+08:00');
      const cur = (
        await h
          .as('chief.other')
          .query('query($id: ID!) { node(id: $id) { ... on School { schoolPlan(schoolYear: 111) { version } } } }', { id: ids.otherSchool })
      ).data!.node.schoolPlan;
      await h.as('chief.other').query(SAVE_SCHOOL, { input: schoolPlan(ids.otherSchool, { version: cur.version }) });
      const r = await h.as('chief.other').query(SUBMIT_SCHOOL, { s: ids.otherSchool, y: 111 });
      expect(r.data!.submitSchoolPlan.status).toBe('SUBMITTED');
    });
  });

  describe('teacher plans', () => {
    it("a teacher fills its own plan in its county's wave, with the school's submitted plan beside it", async () => {
      at('2022-09-08T12:00:00+08:00'); // 臺北市 is wave 3: 9/9-9/16
      const mine = await h
        .as('teacher.demo')
        .query(
          '{ myTeacherPlanning(schoolYear: 111) { window { open inService opensAt } plan { id } schoolPlan { methods status } surveyAnswered } }',
        );
      expect(mine.data!.myTeacherPlanning).toMatchObject({
        window: { open: false, inService: true },
        plan: null,
        schoolPlan: { methods: ['LECTURE'], status: 'SUBMITTED' },
      });
      const draft = await h.as('teacher.demo').query(SAVE_MINE, { input: { schoolYear: 111, ...FULL, methods: [] } });
      expect(draft.data!.saveMyTeacherPlan.status).toBe('DRAFT');
      expect(codes(await h.as('teacher.demo').query(SUBMIT_MINE, { y: 111 }))).toEqual(['WINDOW_CLOSED']);
      at('2022-09-09T00:00:00+08:00');
      const incomplete = await h.as('teacher.demo').query(SUBMIT_MINE, { y: 111 });
      expect(incomplete.errors![0].extensions!.fields).toEqual(['methods']);
      const saved = await h
        .as('teacher.demo')
        .query(SAVE_MINE, { input: { schoolYear: 111, ...FULL, version: draft.data!.saveMyTeacherPlan.version } });
      const submitted = await h.as('teacher.demo').query(SUBMIT_MINE, { y: 111, v: saved.data!.saveMyTeacherPlan.version });
      expect(submitted.data!.submitMyTeacherPlan.status).toBe('SUBMITTED');
      for (const login of ['chief.demo', 'admin', 'district.taipei']) {
        expect(codes(await h.as(login).query(SAVE_MINE, { input: { schoolYear: 111, ...FULL } }))).toEqual(['FORBIDDEN']);
      }
    });

    it('the satisfaction survey follows a submitted plan, once per account per year', async () => {
      const SURVEY = 'mutation($r: [Int!]!, $c: String) { submitSatisfactionSurvey(schoolYear: 111, ratings: $r, comment: $c) }';
      expect((await h.as('teacher.other').query(SURVEY, { r: [5, 4, 4, 5, 3] })).errors![0].extensions!.reason).toBe('PLAN_NOT_SUBMITTED');
      expect((await h.as('teacher.demo').query(SURVEY, { r: [5, 4, 9, 5, 3] })).errors![0].extensions!.fields).toEqual(['ratings.2']);
      expect((await h.as('teacher.demo').query(SURVEY, { r: [5, 4] })).errors![0].extensions!.fields).toEqual(['ratings']);
      expect((await h.as('teacher.demo').query(SURVEY, { r: [5, 4, 4, 5, 3], c: '很好' })).data!.submitSatisfactionSurvey).toBe(true);
      expect(codes(await h.as('teacher.demo').query(SURVEY, { r: [1, 1, 1, 1, 1] }))).toEqual(['CONFLICT']);
      expect((await h.as('chief.demo').query(SURVEY, { r: [4, 4, 4, 4, 4] })).errors).toBeUndefined();
      // one answer each: the district sees nothing of them (disclosure control, fewer than k answers); the platform sees them
      const district = await h
        .as('district.taipei')
        .query('{ surveyResults(schoolYear: 111) { county { name } planKind responses means } }');
      expect(district.data!.surveyResults).toEqual([]);
      const results = await h.as('admin').query('{ surveyResults(schoolYear: 111) { county { name } planKind responses means } }');
      expect(results.data!.surveyResults).toEqual([
        { county: { name: '臺北市' }, planKind: 'SCHOOL_PLAN', responses: 1, means: [4, 4, 4, 4, 4] },
        { county: { name: '臺北市' }, planKind: 'TEACHER_PLAN', responses: 1, means: [5, 4, 4, 5, 3] },
      ]);
      expect(codes(await h.as('chief.demo').query('{ surveyResults(schoolYear: 111) { responses } }'))).toEqual(['FORBIDDEN']);
    });

    it("a district reopens a teacher's plan after the wave", async () => {
      at('2022-09-20T10:00:00+08:00');
      const cur = (await h.as('teacher.demo').query('{ myTeacherPlanning(schoolYear: 111) { window { open } plan { version } } }')).data!
        .myTeacherPlanning;
      expect(cur.window.open).toBe(false);
      expect(
        codes(
          await h
            .as('teacher.demo')
            .query(SAVE_MINE, { input: { schoolYear: 111, ...FULL, times: ['SUNDAY'], version: cur.plan.version } }),
        ),
      ).toEqual(['WINDOW_CLOSED']);
      await h
        .as('district.taipei')
        .query('mutation($t: ID!) { reopenTeacherPlan(teacherId: $t, schoolYear: 111, until: "2022-09-21T00:00:00+08:00") }', {
          t: ids.teacherDemo,
        });
      const r = await h
        .as('teacher.demo')
        .query(SAVE_MINE, { input: { schoolYear: 111, ...FULL, times: ['SUNDAY'], version: cur.plan.version } });
      expect(r.data!.saveMyTeacherPlan.times).toEqual(['SUNDAY']);
    });
  });

  describe('progress, reminders and the reward list', () => {
    it('shows who has not submitted, per county and group, per school and wave', async () => {
      const district = await h
        .as('district.taipei')
        .query(
          '{ planningProgress(schoolYear: 111) { county { name } planGroup teacherWave schools schoolsSubmitted teachers teachersSubmitted } }',
        );
      expect(district.data!.planningProgress).toHaveLength(1);
      expect(district.data!.planningProgress[0]).toMatchObject({
        county: { name: '臺北市' },
        planGroup: 'A',
        teacherWave: 3,
        schoolsSubmitted: 1,
        teachersSubmitted: 1,
      });
      const all = await h.as('admin').query('{ planningProgress(schoolYear: 111) { schools schoolsSubmitted } }');
      expect(all.data!.planningProgress).toHaveLength(23);
      expect(all.data!.planningProgress.reduce((a: number, r: any) => a + r.schoolsSubmitted, 0)).toBe(2);
      const school = await h
        .as('chief.demo')
        .query(
          'query($id: ID!) { node(id: $id) { ... on School { teacherProgress(schoolYear: 111) { teachers submitted pending { name } } } } }',
          { id: ids.demoSchool },
        );
      const p = school.data!.node.teacherProgress;
      expect(p.submitted).toBe(1);
      expect(p.pending).toHaveLength(p.teachers - 1);
      expect(codes(await h.as('chief.demo').query('{ planningProgress(schoolYear: 111) { schools } }'))).toEqual(['FORBIDDEN']);
    });

    it('reminds the schools that have not submitted and records when and whom', async () => {
      expect(codes(await h.as('chief.demo').query('mutation { remindPendingSchools(schoolYear: 111) { sentAt } }'))).toEqual(['FORBIDDEN']);
      const r = await h
        .as('district.taipei')
        .query(
          'mutation { remindPendingSchools(schoolYear: 111) { school { code county { name } } planKind sentAt sentBy recipients pendingTeachers } }',
        );
      expect(r.errors).toBeUndefined();
      const rows = r.data!.remindPendingSchools;
      expect(rows.every((x: any) => x.school.county.name === '臺北市' && x.sentBy === 'district.taipei' && x.recipients >= 1)).toBe(true);
      const demo = rows.find((x: any) => x.school.code === '020001');
      expect(demo).toMatchObject({ planKind: 'TEACHER_PLAN' });
      expect(rows.filter((x: any) => x.planKind === 'SCHOOL_PLAN').length).toBeGreaterThan(0);
      const listed = await h.as('district.taipei').query('{ reminders(schoolYear: 111) { school { code } } }');
      expect(listed.data!.reminders).toHaveLength(rows.length);
    });

    it('the reward list: submitted in the window and enough teachers', async () => {
      const r = await h
        .as('admin')
        .query('{ rewardList(schoolYear: 111) { school { code } teachers teachersSubmitted participationPercent } }');
      expect(r.errors).toBeUndefined();
      // the demo school submitted in its window and 1 of its teachers (threshold 2%); the 高雄 school's teachers did not
      expect(r.data!.rewardList.map((x: any) => x.school.code)).toEqual(['020001']);
    });
  });

  it('reminders and the reward list download as CSV, authorized like the API', async () => {
    const { createHttpServer } = await import('../src/http');
    const server = createHttpServer(h.app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
    try {
      const get = async (login: string, path: string) =>
        fetch(`${base}${path}`, { headers: { authorization: `Bearer ${await h.token(login)}` } });
      const rem = await get('district.taipei', '/exports/reminders.csv?schoolYear=111');
      expect(rem.status).toBe(200);
      const text = Buffer.from(await rem.arrayBuffer())
        .subarray(3)
        .toString('utf8');
      expect(text.split('\r\n')[0]).toBe('縣市,學校代碼,學校名稱,未填報,催覆時間（臺灣時間）,催覆者,通知人數,未填報教師數');
      expect(text).toContain('020001');
      const rewards = await get('admin', '/exports/rewards.xlsx?schoolYear=111');
      expect(rewards.status).toBe(200);
      expect((await get('chief.demo', '/exports/reminders.csv?schoolYear=111')).status).toBe(403);
      expect((await get('admin', '/exports/rewards.csv')).status).toBe(400);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('the statistics equal a recount from the plans', async () => {
    expect(await summaryDifferences(h.ds)).toEqual({ demand: [], participation: [] });
    const [{ n }] = await h.ds.query(
      "SELECT submitted AS n FROM participation_summary WHERE school_year = 111 AND plan_kind = 'TEACHER_PLAN'",
    );
    expect(Number(n)).toBe(1);
  });
});
