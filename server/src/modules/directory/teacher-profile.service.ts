import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { editsReferenceLists } from './school.policy';
import { managesTeachersOf, receivesTeachersAt } from './teacher.policy';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors';
import type { AuditTargetType, Subject, TeacherTitle } from '../../shared/enums';
import { LABELS } from '../../shared/labels';
import { semesterOf } from '../../shared/semester';
import { check } from '../../shared/validate';
import { inTransaction, uniqueViolation } from '../../shared/tx';
import type { AuditService } from '../audit';
import { ReferenceItemEntity } from './reference-item.entity';
import { TeacherEntity, TeacherSubjectEntity } from './teacher.entity';
import { UnitEntity } from './unit.entity';
import { Clock, systemClock } from '../../shared/clock';

export type ReferenceList = 'SUBJECT' | 'TITLE';

export interface ReferenceItem {
  list: ReferenceList;
  code: string;
  zh: string;
  en: string;
  active: boolean;
}

export interface ProfileInput {
  title?: TeacherTitle | null;
  subjects?: Subject[] | null;
  email?: string | null;
  phone?: string | null;
}

export interface CorrectionItem {
  id: number;
  title?: TeacherTitle | null;
  subjects?: Subject[] | null;
}

export interface NewTeacherInput {
  schoolId: number;
  nationalId: string;
  name: string;
  title: TeacherTitle;
  subjects: Subject[];
  email?: string | null;
  phone?: string | null;
}

export const MAX_SUBJECTS = 6;
export const TEACHER_EXISTS =
  'This national ID is already a teacher of a school: ask for the teacher with transferTeacher (此身分證字號已有教師資料，請以調校申請辦理)';

const ENUM_OF: Record<ReferenceList, 'Subject' | 'TeacherTitle'> = { SUBJECT: 'Subject', TITLE: 'TeacherTitle' };
/** The audit trail's target type of a change to each reference list. */
const REFERENCE_TARGET = { SUBJECT: 'ReferenceSubject', TITLE: 'ReferenceTitle' } as const satisfies Record<ReferenceList, AuditTargetType>;

/**
 * Teacher records (附件一): a teacher keeps its own title, subjects of the semester and contact
 * details and confirms them each semester; its school's CHIEF/CONTACT reviews, corrects (one by
 * one or in bulk) and marks the review done; teachers are added to schools and moved between them.
 */
export class TeacherProfileService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock = systemClock,
  ) {}

  /** A reference list as the platform keeps it: defaults from shared/labels.ts, overridden by rows. */
  async referenceList(list: ReferenceList): Promise<ReferenceItem[]> {
    const rows = await this.ds.getRepository(ReferenceItemEntity).findBy({ listName: list });
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const labels = LABELS[ENUM_OF[list]] as Record<string, { zh: string; en: string }>;
    return Object.entries(labels).map(([code, l]) => {
      const r = byCode.get(code);
      return { list, code, zh: r?.zh ?? l.zh, en: r?.en ?? l.en, active: r ? r.active : true };
    });
  }

  async setReferenceItem(
    v: Viewer,
    item: { list: ReferenceList; code: string; active: boolean; zh?: string | null; en?: string | null },
  ): Promise<ReferenceItem> {
    if (!editsReferenceLists(v)) throw forbidden();
    const labels = LABELS[ENUM_OF[item.list]] as Record<string, unknown>;
    if (!(item.code in labels)) throw badInput('code', 'NOT_AN_OPTION', 'Not a code of this list');
    const zh = item.zh?.trim() || null;
    const en = item.en?.trim() || null;
    if (zh && zh.length > 60) throw badInput('zh', 'TOO_LONG', 'At most 60 characters', { maxLength: 60 });
    if (en && en.length > 80) throw badInput('en', 'TOO_LONG', 'At most 80 characters', { maxLength: 80 });
    const before = (await this.referenceList(item.list)).find((r) => r.code === item.code)!;
    await inTransaction(this.ds, async (em) => {
      await em.getRepository(ReferenceItemEntity).save({ listName: item.list, code: item.code, active: item.active, zh, en });
      await this.audit.record(em, v, {
        operation: 'setReferenceItem',
        targetType: REFERENCE_TARGET[item.list],
        targetId: null,
        targetUnitId: null,
        countyId: null,
        before: { code: before.code, active: before.active, zh: before.zh, en: before.en },
        after: { code: item.code, active: item.active, zh: zh ?? before.zh, en: en ?? before.en },
      });
    });
    return (await this.referenceList(item.list)).find((r) => r.code === item.code)!;
  }

  async updateMine(v: Viewer, input: ProfileInput): Promise<TeacherEntity> {
    if (v.kind !== 'TEACHER') throw forbidden('TEACHERS_ONLY', 'Only a teacher updates its own profile');
    const email = input.email == null ? undefined : input.email.trim() === '' ? null : check.email('email', input.email);
    const phone = input.phone == null ? undefined : input.phone.trim() === '' ? null : check.phone('phone', input.phone);
    await this.checkChoices(input.title, input.subjects, '');
    return inTransaction(this.ds, async (em) => {
      const t = await this.teacher(em, v.teacherId);
      const school = (await em.getRepository(UnitEntity).findOneBy({ id: t.schoolId }))!;
      const before = await this.snapshot(em, t, true);
      if (input.title) t.title = input.title;
      if (email !== undefined) t.email = email;
      if (phone !== undefined) t.phone = phone;
      await em.save(t);
      if (input.subjects) await this.setSubjects(em, t.id, input.subjects);
      await this.audit.record(em, v, {
        operation: 'updateMyProfile',
        targetType: 'Teacher',
        targetId: t.id,
        targetUnitId: school.id,
        countyId: school.countyId,
        before,
        after: await this.snapshot(em, t, true),
      });
      return t;
    });
  }

  async confirmMine(v: Viewer): Promise<TeacherEntity> {
    if (v.kind !== 'TEACHER') throw forbidden('TEACHERS_ONLY', 'Only a teacher confirms its own profile');
    return inTransaction(this.ds, async (em) => {
      const t = await this.teacher(em, v.teacherId);
      const school = (await em.getRepository(UnitEntity).findOneBy({ id: t.schoolId }))!;
      const before = { profileConfirmedSemester: t.profileConfirmedSemester };
      t.profileConfirmedSemester = semesterOf(this.clock.now());
      t.profileConfirmedAt = this.clock.now();
      await em.save(t);
      await this.audit.record(em, v, {
        operation: 'confirmMyProfile',
        targetType: 'Teacher',
        targetId: t.id,
        targetUnitId: school.id,
        countyId: school.countyId,
        before,
        after: { profileConfirmedSemester: t.profileConfirmedSemester },
      });
      return t;
    });
  }

  /** Corrections by the school, all or nothing: every teacher must be one the viewer keeps. */
  async correct(v: Viewer, items: CorrectionItem[]): Promise<TeacherEntity[]> {
    if (!items.length) throw badInput('items', 'NOTHING_GIVEN', 'Nothing to correct');
    if (items.length > 500) throw badInput('items', 'TOO_MANY', 'At most 500 teachers at once', { max: 500 });
    if (new Set(items.map((i) => i.id)).size !== items.length) throw badInput('items', 'DUPLICATE_ENTRY', 'A teacher appears twice');
    for (const [i, item] of items.entries()) {
      if (!item.title && !item.subjects) throw badInput(`items.${i}`, 'TITLE_OR_SUBJECTS_REQUIRED', 'Give a title or subjects');
      await this.checkChoices(item.title, item.subjects, `items.${i}.`);
    }
    return inTransaction(this.ds, async (em) => {
      const teachers = await em.getRepository(TeacherEntity).findBy({ id: In(items.map((i) => i.id)) });
      if (teachers.length !== items.length) throw notFound('NO_SUCH_TEACHER', 'No such teacher');
      const schools = await em.getRepository(UnitEntity).findBy({ id: In([...new Set(teachers.map((t) => t.schoolId))]) });
      const schoolOf = new Map(schools.map((s) => [s.id, s]));
      if (!teachers.every((t) => managesTeachersOf(v, schoolOf.get(t.schoolId)!)))
        throw forbidden('NOT_YOUR_TEACHERS', "You keep the records of your own school's teachers only");
      const byId = new Map(teachers.map((t) => [t.id, t]));
      const out: TeacherEntity[] = [];
      for (const item of items) {
        const t = byId.get(item.id)!;
        const school = schoolOf.get(t.schoolId)!;
        const before = await this.snapshot(em, t, false);
        if (item.title) t.title = item.title;
        await em.save(t);
        if (item.subjects) await this.setSubjects(em, t.id, item.subjects);
        await this.audit.record(em, v, {
          operation: items.length > 1 ? 'correctTeachersBulk' : 'correctTeacher',
          targetType: 'Teacher',
          targetId: t.id,
          targetUnitId: school.id,
          countyId: school.countyId,
          before,
          after: await this.snapshot(em, t, false),
        });
        out.push(t);
      }
      return out;
    });
  }

  async markReviewDone(v: Viewer, schoolId: number): Promise<UnitEntity> {
    return inTransaction(this.ds, async (em) => {
      const school = await em.getRepository(UnitEntity).findOneBy({ id: schoolId });
      if (!school || school.kind !== 'SCHOOL') throw notFound('NO_SUCH_SCHOOL', 'No such school');
      if (!managesTeachersOf(v, school)) throw forbidden('NOT_YOUR_TEACHERS', "You review your own school's teachers only");
      const before = { teacherReviewSemester: school.teacherReviewSemester };
      school.teacherReviewSemester = semesterOf(this.clock.now());
      school.teacherReviewAt = this.clock.now();
      await em.save(school);
      await this.audit.record(em, v, {
        operation: 'markTeacherReviewDone',
        targetType: 'School',
        targetId: school.id,
        targetUnitId: school.id,
        countyId: school.countyId,
        before,
        after: { teacherReviewSemester: school.teacherReviewSemester },
      });
      return school;
    });
  }

  async add(v: Viewer, input: NewTeacherInput): Promise<TeacherEntity> {
    const nationalId = check.nationalId('nationalId', input.nationalId);
    const name = check.name('name', input.name);
    const email = input.email ? check.email('email', input.email) : null;
    const phone = input.phone ? check.phone('phone', input.phone) : null;
    if (!input.subjects?.length) throw badInput('subjects', 'SUBJECT_COUNT', 'At least one subject', { max: MAX_SUBJECTS });
    await this.checkChoices(input.title, input.subjects, '');
    try {
      return await inTransaction(this.ds, async (em) => {
        const school = await this.receivingSchool(em, v, input.schoolId);
        if (await em.getRepository(TeacherEntity).exists({ where: { nationalId } })) throw conflict('TEACHER_EXISTS', TEACHER_EXISTS);
        const t = em.getRepository(TeacherEntity).create({ nationalId, name, schoolId: school.id, title: input.title, email, phone });
        await em.save(t);
        await this.setSubjects(em, t.id, input.subjects);
        await this.audit.record(em, v, {
          operation: 'addTeacher',
          targetType: 'Teacher',
          targetId: t.id,
          targetUnitId: school.id,
          countyId: school.countyId,
          after: await this.snapshot(em, t, true),
        });
        return t;
      });
    } catch (e) {
      if (uniqueViolation(e)) throw conflict('TEACHER_EXISTS', TEACHER_EXISTS);
      throw e;
    }
  }

  private async receivingSchool(em: EntityManager, v: Viewer, schoolId: number): Promise<UnitEntity> {
    const school = await em.getRepository(UnitEntity).findOneBy({ id: schoolId });
    if (!school || school.kind !== 'SCHOOL') throw badInput('schoolId', 'NO_SUCH_SCHOOL', 'No such school');
    if (!receivesTeachersAt(v, school)) throw forbidden('NOT_YOUR_SCHOOL', 'You may not add teachers to this school');
    return school;
  }

  private async teacher(em: EntityManager, id: number): Promise<TeacherEntity> {
    const t = await em.getRepository(TeacherEntity).findOneBy({ id });
    if (!t) throw notFound('NO_SUCH_TEACHER', 'No such teacher');
    return t;
  }

  /** Titles and subjects must be offered (active) in the platform's lists; 1..6 distinct subjects. */
  private async checkChoices(title: TeacherTitle | null | undefined, subjects: Subject[] | null | undefined, prefix: string) {
    if (subjects) {
      if (subjects.length < 1 || subjects.length > MAX_SUBJECTS)
        throw badInput(`${prefix}subjects`, 'SUBJECT_COUNT', `1 to ${MAX_SUBJECTS} subjects`, { max: MAX_SUBJECTS });
      if (new Set(subjects).size !== subjects.length) throw badInput(`${prefix}subjects`, 'DUPLICATE_ENTRY', 'A subject appears twice');
      const offered = new Set((await this.referenceList('SUBJECT')).filter((r) => r.active).map((r) => r.code));
      if (!subjects.every((s) => offered.has(s)))
        throw badInput(`${prefix}subjects`, 'OPTION_WITHDRAWN', 'A subject is no longer offered by the platform');
    }
    if (title) {
      const offered = new Set((await this.referenceList('TITLE')).filter((r) => r.active).map((r) => r.code));
      if (!offered.has(title)) throw badInput(`${prefix}title`, 'OPTION_WITHDRAWN', 'This title is no longer offered by the platform');
    }
  }

  private async setSubjects(em: EntityManager, teacherId: number, subjects: Subject[]) {
    const repo = em.getRepository(TeacherSubjectEntity);
    await repo.delete({ teacherId });
    await repo.insert(subjects.map((subject) => ({ teacherId, subject })));
  }

  private async snapshot(em: EntityManager, t: TeacherEntity, contact: boolean) {
    const subjects = (await em.getRepository(TeacherSubjectEntity).find({ where: { teacherId: t.id }, order: { subject: 'ASC' } })).map(
      (s) => s.subject,
    );
    return { title: t.title, subjects, ...(contact ? { email: t.email, phone: t.phone } : {}) };
  }
}
