import ExcelJS from 'exceljs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpServer } from '../src/http';
import { semesterOf } from '../src/shared/semester';
import { codes, demoIds, freshNationalId, Harness, seededHarness } from './harness';
import { dbLabel } from './db';

let h: Harness;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  h = await seededHarness('profiles');
  ids = await demoIds(h);
}, 120000);
afterAll(() => h.stop());

const TEACHER = 'id name title subjects school { code } profileConfirmation { semester current }';
const UPDATE_MINE = `mutation($input: MyProfileInput!) { updateMyProfile(input: $input) { ${TEACHER} email phone } }`;
const CORRECT = `mutation($items: [TeacherCorrectionInput!]!) { correctTeachers(items: $items) { ${TEACHER} } }`;
const SET_REF = 'mutation($input: ReferenceItemInput!) { setReferenceItem(input: $input) { code active zh } }';

describe(`teacher records (附件一) (${dbLabel()})`, () => {
  it('a teacher updates its own title, subjects and contact details, confirms, and the school sees it', async () => {
    const r = await h
      .as('teacher.demo')
      .query(UPDATE_MINE, { input: { subjects: ['MATHEMATICS', 'ARTS'], email: 'me@example.tw', phone: '0912-345-678' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateMyProfile.subjects).toEqual(['ARTS', 'MATHEMATICS']);
    expect(r.data!.updateMyProfile.profileConfirmation.current).toBe(false);
    const c = await h.as('teacher.demo').query(`mutation { confirmMyProfile { ${TEACHER} } }`);
    expect(c.data!.confirmMyProfile.profileConfirmation).toEqual({ semester: semesterOf(new Date()), current: true });
    const seen = await h
      .as('chief.demo')
      .query(`query($id: ID!) { node(id: $id) { ... on Teacher { subjects email profileConfirmation { current } } } }`, {
        id: ids.teacherDemo,
      });
    expect(seen.data!.node).toEqual({ subjects: ['ARTS', 'MATHEMATICS'], email: 'me@example.tw', profileConfirmation: { current: true } });
    const review = await h
      .as('chief.demo')
      .query('query($id: ID!) { node(id: $id) { ... on School { teacherReview { semester done confirmedTeachers teachers } } } }', {
        id: ids.demoSchool,
      });
    expect(review.data!.node.teacherReview.confirmedTeachers).toBeGreaterThanOrEqual(1);
    expect(review.data!.node.teacherReview.done).toBe(false);
  });

  it('refuses bad profile input naming the field, and only a teacher keeps its own profile', async () => {
    for (const [input, field] of [
      [{ subjects: [] }, 'subjects'],
      [{ subjects: ['ARTS', 'ARTS'] }, 'subjects'],
      [{ email: 'nope' }, 'email'],
      [{ phone: 'x' }, 'phone'],
    ] as const) {
      const r = await h.as('teacher.demo').query(UPDATE_MINE, { input });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.fields).toEqual([field]);
    }
    expect(codes(await h.as('chief.demo').query(UPDATE_MINE, { input: { subjects: ['ARTS'] } }))).toEqual(['FORBIDDEN']);
    expect(codes(await h.as('chief.demo').query('mutation { confirmMyProfile { id } }'))).toEqual(['FORBIDDEN']);
  });

  it('titles and subjects come from the lists the platform keeps: a withdrawn subject is refused for new choices', async () => {
    expect(codes(await h.as('chief.demo').query(SET_REF, { input: { list: 'SUBJECT', code: 'TECHNOLOGY', active: false } }))).toEqual([
      'FORBIDDEN',
    ]);
    const off = await h.as('admin').query(SET_REF, { input: { list: 'SUBJECT', code: 'TECHNOLOGY', active: false, zh: '科技（停用）' } });
    expect(off.data!.setReferenceItem).toEqual({ code: 'TECHNOLOGY', active: false, zh: '科技（停用）' });
    const list = await h.anonymous().query('{ referenceItems(list: SUBJECT) { code active } }');
    expect(list.data!.referenceItems.find((i: any) => i.code === 'TECHNOLOGY').active).toBe(false);
    const r = await h.as('teacher.demo').query(UPDATE_MINE, { input: { subjects: ['TECHNOLOGY'] } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0].extensions!.fields).toEqual(['subjects']);
    const bad = await h.as('admin').query(SET_REF, { input: { list: 'TITLE', code: 'ASTRONAUT', active: true } });
    expect(bad.errors![0].extensions!.fields).toEqual(['code']);
    await h.as('admin').query(SET_REF, { input: { list: 'SUBJECT', code: 'TECHNOLOGY', active: true } });
  });

  it('the school corrects titles and subjects one by one and in bulk, all or nothing', async () => {
    const one = await h.as('contact.demo').query(CORRECT, { items: [{ id: ids.teacherPeer, title: 'SECTION_CHIEF' }] });
    expect(one.data!.correctTeachers[0].title).toBe('SECTION_CHIEF');
    const bulk = await h.as('chief.demo').query(CORRECT, {
      items: [
        { id: ids.teacherPeer, subjects: ['CHINESE'] },
        { id: ids.teacherDemo, title: 'HOMEROOM', subjects: ['ENGLISH'] },
      ],
    });
    expect(bulk.errors).toBeUndefined();
    expect(bulk.data!.correctTeachers.map((t: any) => t.subjects)).toEqual([['CHINESE'], ['ENGLISH']]);
    // one teacher of another school in the batch: nothing changes
    const mixed = await h.as('chief.demo').query(CORRECT, {
      items: [
        { id: ids.teacherPeer, subjects: ['ARTS'] },
        { id: ids.teacherOther, subjects: ['ARTS'] },
      ],
    });
    expect(codes(mixed)).toEqual(['FORBIDDEN']);
    const peer = await h
      .as('chief.demo')
      .query('query($id: ID!) { node(id: $id) { ... on Teacher { subjects } } }', { id: ids.teacherPeer });
    expect(peer.data!.node.subjects).toEqual(['CHINESE']);
    const badItem = await h.as('chief.demo').query(CORRECT, { items: [{ id: ids.teacherPeer, subjects: [] }] });
    expect(badItem.errors![0].extensions!.fields).toEqual(['items.0.subjects']);
    for (const login of ['operator.demo', 'teacher.demo', 'district.taipei', 'analyst']) {
      expect(codes(await h.as(login).query(CORRECT, { items: [{ id: ids.teacherPeer, title: 'HOMEROOM' }] }))).toEqual(['FORBIDDEN']);
    }
  });

  it('the school marks its review done for the semester', async () => {
    const M = 'mutation($id: ID!) { markTeacherReviewDone(schoolId: $id) { teacherReview { done semester reviewedAt } } }';
    expect(codes(await h.as('chief.other').query(M, { id: ids.demoSchool }))).toEqual(['FORBIDDEN']);
    const r = await h.as('contact.demo').query(M, { id: ids.demoSchool });
    expect(r.data!.markTeacherReviewDone.teacherReview).toMatchObject({ done: true, semester: semesterOf(new Date()) });
  });

  it('adds a teacher to a school; a national ID already at a school is a CONFLICT (move it instead)', async () => {
    const ADD = 'mutation($input: NewTeacherInput!) { addTeacher(input: $input) { name school { code } subjects } }';
    const input = { schoolId: ids.demoSchool, nationalId: freshNationalId(), name: '新老師', title: 'FULL_TIME', subjects: ['SCIENCE'] };
    expect(codes(await h.as('operator.demo').query(ADD, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await h.as('chief.other').query(ADD, { input }))).toEqual(['FORBIDDEN']);
    const ok = await h.as('chief.demo').query(ADD, { input });
    expect(ok.data!.addTeacher).toEqual({ name: '新老師', school: { code: '020001' }, subjects: ['SCIENCE'] });
    const again = await h.as('admin').query(ADD, { input: { ...input, schoolId: ids.otherSchool } });
    expect(codes(again)).toEqual(['CONFLICT']);
    const bad = await h.as('chief.demo').query(ADD, { input: { ...input, nationalId: 'A123456780' } });
    expect(bad.errors![0].extensions!.fields).toEqual(['nationalId']);
  });

  describe('transfers (調校) are requests the sending side accepts', () => {
    const ASK =
      'mutation($n: String!, $to: ID!) { transferTeacher(nationalId: $n, toSchoolId: $to) { id status teacherName teacherNationalIdMasked teacher { id } fromSchool { code } toSchool { code } canAccept canWithdraw } }';
    const ACCEPT =
      'mutation($id: ID!) { acceptTeacherTransfer(id: $id) { status teacher { school { code } profileConfirmation { current } } } }';
    const DECLINE = 'mutation($id: ID!) { declineTeacherTransfer(id: $id) { status } }';
    const LIST =
      'query($s: TeacherTransferStatus) { teacherTransfers(status: $s, first: 100) { totalCount edges { node { id status teacherName fromSchool { code } teacher { id } } } } }';
    const RESET = 'mutation($id: ID!) { resetPassword(accountId: $id) { username temporaryPassword } }';
    let nid: string;
    beforeAll(async () => {
      [{ national_id: nid }] = await h.ds.query('SELECT national_id FROM teacher WHERE id = ?', [ids.raw.teacherOther]);
    });
    const schoolOf = async () =>
      Number((await h.ds.query('SELECT school_id FROM teacher WHERE id = ?', [ids.raw.teacherOther]))[0].school_id);

    it('only the receiving school, its district or the platform asks; nothing moves and the receiving side sees name and masked ID only', async () => {
      expect(codes(await h.as('operator.demo').query(ASK, { n: nid, to: ids.demoSchool }))).toEqual(['FORBIDDEN']);
      expect(codes(await h.as('teacher.demo').query(ASK, { n: nid, to: ids.demoSchool }))).toEqual(['FORBIDDEN']);
      expect(codes(await h.as('district.taipei').query(ASK, { n: nid, to: ids.otherSchool }))).toEqual(['FORBIDDEN']);
      const r = await h.as('chief.demo').query(ASK, { n: nid, to: ids.demoSchool });
      expect(r.errors).toBeUndefined();
      const x = r.data!.transferTeacher;
      expect(x).toMatchObject({
        status: 'PENDING',
        teacher: null,
        fromSchool: null,
        toSchool: { code: '020001' },
        canAccept: false,
        canWithdraw: true,
      });
      expect(x.teacherNationalIdMasked).toMatch(/^[A-Z][12]\d\*{4}\d{3}$/);
      expect(JSON.stringify(r)).not.toContain(nid);
      expect(await schoolOf()).toBe(ids.raw.otherSchool);
      // asking twice is a conflict; the receiving side still cannot read the teacher, its plans or reset its password
      expect(codes(await h.as('contact.demo').query(ASK, { n: nid, to: ids.demoSchool }))).toEqual(['CONFLICT']);
      expect((await h.as('chief.demo').query('query($id: ID!) { node(id: $id) { id } }', { id: ids.teacherOther })).data!.node).toBeNull();
      expect(codes(await h.as('chief.demo').query(RESET, { id: ids.teacherOther }))).toEqual(['FORBIDDEN']);
      const seen = await h.as('chief.demo').query(LIST, { s: 'PENDING' });
      expect(seen.data!.teacherTransfers.edges.map((e: any) => e.node)).toContainEqual({
        id: x.id,
        status: 'PENDING',
        teacherName: x.teacherName,
        fromSchool: null,
        teacher: null,
      });
      // the sending side and the teacher see it, with the sending school, and may accept it
      for (const login of ['chief.other', 'teacher.other', 'admin']) {
        const list = await h.as(login).query(LIST, { s: 'PENDING' });
        expect(list.errors).toBeUndefined();
        expect(list.data!.teacherTransfers.edges.map((e: any) => e.node.id)).toContain(x.id);
      }
      // a third party sees nothing of it and may not decide it
      expect((await h.as('district.taipei').query(LIST, {})).data!.teacherTransfers.edges.map((e: any) => e.node.id)).toContain(x.id);
      expect(codes(await h.as('operator.demo').query(LIST, {}))).toEqual(['FORBIDDEN']);
      expect(codes(await h.as('analyst').query(LIST, {}))).toEqual(['FORBIDDEN']);
      expect(codes(await h.as('chief.demo').query(ACCEPT, { id: x.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await h.as('district.taipei').query(ACCEPT, { id: x.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await h.as('teacher.demo').query(ACCEPT, { id: x.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await h.as('teacher.demo').query(DECLINE, { id: x.id }))).toEqual(['FORBIDDEN']);
      expect(await schoolOf()).toBe(ids.raw.otherSchool);
    });

    it('the teacher accepts: it moves, confirmation starts over, earlier plans stay with the earlier school, only the new school resets its password', async () => {
      const pending = (await h.as('teacher.other').query(LIST, { s: 'PENDING' })).data!.teacherTransfers.edges.map((e: any) => e.node);
      const x = pending.find((n: any) => n.fromSchool?.code !== undefined)!;
      const plansBefore = Number(
        (await h.ds.query('SELECT COUNT(*) AS n FROM teacher_plan WHERE teacher_id = ?', [ids.raw.teacherOther]))[0].n,
      );
      const r = await h.as('teacher.other').query(ACCEPT, { id: x.id });
      expect(r.errors).toBeUndefined();
      expect(r.data!.acceptTeacherTransfer).toEqual({
        status: 'ACCEPTED',
        teacher: { school: { code: '020001' }, profileConfirmation: { current: false } },
      });
      expect(await schoolOf()).toBe(ids.raw.demoSchool);
      expect(codes(await h.as('teacher.other').query(ACCEPT, { id: x.id }))).toEqual(['CONFLICT']);
      // the new school reads the teacher but not the plans filed at the earlier school; the teacher and the platform read all
      const PLANS = 'query($id: ID!) { node(id: $id) { ... on Teacher { plans { school { id } } } } }';
      const mine = (await h.as('chief.demo').query(PLANS, { id: ids.teacherOther })).data!.node.plans;
      expect(mine.every((p: any) => p.school.id === ids.demoSchool)).toBe(true);
      expect((await h.as('teacher.other').query(PLANS, { id: ids.teacherOther })).data!.node.plans).toHaveLength(plansBefore);
      expect((await h.as('admin').query(PLANS, { id: ids.teacherOther })).data!.node.plans).toHaveLength(plansBefore);
      if (plansBefore) {
        const [{ id: planId }] = await h.ds.query('SELECT id FROM teacher_plan WHERE teacher_id = ? ORDER BY id LIMIT 1', [
          ids.raw.teacherOther,
        ]);
        const { toGlobalId } = await import('../src/shared/global-id');
        expect(
          (await h.as('chief.demo').query('query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('TeacherPlan', planId) })).data!
            .node,
        ).toBeNull();
      }
      // the old school no longer reads the teacher nor resets its password; the new school does
      expect((await h.as('chief.other').query('query($id: ID!) { node(id: $id) { id } }', { id: ids.teacherOther })).data!.node).toBeNull();
      expect(codes(await h.as('chief.other').query(RESET, { id: ids.teacherOther }))).toEqual(['FORBIDDEN']);
      const audit = await h.ds.query(
        "SELECT operation, target_unit_id FROM audit_event WHERE target_type = 'Teacher' AND target_id = ? ORDER BY id",
        [ids.raw.teacherOther],
      );
      expect(audit.map((e: any) => e.operation)).toEqual(
        expect.arrayContaining(['transferTeacher', 'acceptTeacherTransfer', 'transferTeacherOut']),
      );
    });

    it('the sending school declines, the receiving side withdraws, the platform moves back; unknown IDs and bad input are refused', async () => {
      const back = await h.as('chief.other').query(ASK, { n: nid, to: ids.otherSchool });
      expect(back.errors).toBeUndefined();
      expect(codes(await h.as('chief.other').query(ACCEPT, { id: back.data!.transferTeacher.id }))).toEqual(['FORBIDDEN']);
      expect((await h.as('contact.demo').query(DECLINE, { id: back.data!.transferTeacher.id })).data!.declineTeacherTransfer.status).toBe(
        'DECLINED',
      );
      const again = await h.as('chief.other').query(ASK, { n: nid, to: ids.otherSchool });
      expect((await h.as('chief.other').query(DECLINE, { id: again.data!.transferTeacher.id })).data!.declineTeacherTransfer.status).toBe(
        'WITHDRAWN',
      );
      const third = await h.as('admin').query(ASK, { n: nid, to: ids.otherSchool });
      expect((await h.as('district.taipei').query(ACCEPT, { id: third.data!.transferTeacher.id })).data!.acceptTeacherTransfer.status).toBe(
        'ACCEPTED',
      );
      expect(await schoolOf()).toBe(ids.raw.otherSchool);
      expect(codes(await h.as('admin').query(ASK, { n: freshNationalId(), to: ids.otherSchool }))).toEqual(['NOT_FOUND']);
      const bad = await h.as('admin').query(ASK, { n: 'A123456780', to: ids.otherSchool });
      expect(bad.errors![0].extensions!.fields).toEqual(['nationalId']);
      expect(codes(await h.as('admin').query(ACCEPT, { id: ids.teacherOther }))).toEqual(['BAD_USER_INPUT']);
    });

    it('a pending request lapses when another is accepted first', async () => {
      const a = await h.as('chief.demo').query(ASK, { n: nid, to: ids.demoSchool });
      const b = await h.as('admin').query(ASK, { n: nid, to: ids.thirdSchool });
      expect((await h.as('teacher.other').query(ACCEPT, { id: b.data!.transferTeacher.id })).errors).toBeUndefined();
      expect(codes(await h.as('teacher.other').query(ACCEPT, { id: a.data!.transferTeacher.id }))).toEqual(['CONFLICT']);
      const [{ status }] = await h.ds.query(
        'SELECT status FROM teacher_transfer WHERE to_school_id = ? AND teacher_id = ? ORDER BY id DESC LIMIT 1',
        [ids.raw.demoSchool, ids.raw.teacherOther],
      );
      expect(status).toBe('SUPERSEDED');
      // and home again
      const home = await h.as('admin').query(ASK, { n: nid, to: ids.otherSchool });
      expect((await h.as('admin').query(ACCEPT, { id: home.data!.transferTeacher.id })).errors).toBeUndefined();
    });
  });

  describe('downloads', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createHttpServer(h.app);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise((r) => server.close(r)));

    const get = async (login: string | null, path: string) =>
      fetch(`${base}${path}`, { headers: login ? { authorization: `Bearer ${await h.token(login)}` } : {} });

    it('the school downloads its teacher list as CSV (UTF-8 with BOM, national IDs masked)', async () => {
      const res = await get('chief.demo', `/exports/teachers.csv?schoolId=${ids.demoSchool}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="teachers-020001-/);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toContain('身分證字號（遮蔽）');
      expect(lines[0]).toContain('電子郵件');
      const [{ n }] = await h.ds.query('SELECT COUNT(*) AS n FROM teacher WHERE school_id = ?', [ids.raw.demoSchool]);
      expect(lines).toHaveLength(Number(n) + 1);
      expect(text).toMatch(/[A-Z][12]\d\*{4}\d{3}/);
      expect(text).not.toMatch(/[A-Z][12]\d{8}/);
    });

    it('and as XLSX', async () => {
      const res = await get('contact.demo', `/exports/teachers.xlsx?schoolId=${ids.demoSchool}`);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
      const ws = wb.worksheets[0];
      expect(ws.getRow(1).getCell(3).value).toBe('姓名');
      expect(String(ws.getRow(2).getCell(4).value)).toMatch(/^[A-Z][12]\d\*{4}\d{3}$/);
    });

    it('is authorized like the API: the district gets no contact columns; others get 401/403', async () => {
      const district = await get('district.taipei', `/exports/teachers.csv?schoolId=${ids.demoSchool}`);
      expect(district.status).toBe(200);
      expect((await district.text()).split('\r\n')[0]).not.toContain('電子郵件');
      expect((await get('operator.demo', `/exports/teachers.csv?schoolId=${ids.demoSchool}`)).status).toBe(403);
      expect((await get('chief.other', `/exports/teachers.csv?schoolId=${ids.demoSchool}`)).status).toBe(403);
      expect((await get('analyst', `/exports/teachers.xlsx?schoolId=${ids.demoSchool}`)).status).toBe(403);
      expect((await get(null, `/exports/teachers.csv?schoolId=${ids.demoSchool}`)).status).toBe(401);
      const bad = await get('chief.demo', '/exports/teachers.csv?schoolId=nonsense');
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as any).errors[0].extensions.fields).toEqual(['schoolId']);
    });
  });
});
