import type { DataSource, EntityManager } from 'typeorm';
import { fillsOwnTeacherPlan, fillsSchoolPlanOf, reopensPlansOf } from './plan.policy';
import type { Viewer } from '../../auth/viewer';
import { AppError, badInput, conflict, forbidden, notFound } from '../../shared/errors';
import { Dimension, PlanKind, StudyDomain } from '../../shared/enums';
import { LABELS } from '../../shared/labels';
import { inTransaction, lockForUpdate, uniqueViolation } from '../../shared/tx';
import { enqueue } from '../../shared/outbox';
import { taipeiDate } from '../../shared/taiwan-time';
import type { AuditService } from '../audit';
import { UnitEntity } from '../directory';
import { TeacherEntity, TeacherSubjectEntity } from '../directory';
import {
  SchoolPlanChoiceEntity,
  SchoolPlanDomainEntity,
  SchoolPlanEntity,
  SchoolPlanTeacherEntity,
  TeacherPlanChoiceEntity,
  TeacherPlanDomainEntity,
  TeacherPlanEntity,
} from './plan.entity';
import { PlanReopeningEntity } from './planning-cycle.entity';
import { firstStage, moveCounts, PlanFacts } from './stats';
import { newRecordKey } from '../../shared/disclosure';
import type { Clock } from '../../shared/clock';
import { windowState, WindowState } from './windows';

/** (三) the five need dimensions and (四) the domains with planned themes and hours. */
export interface PlanContent {
  modes: string[];
  times: string[];
  places: string[];
  levels: string[];
  methods: string[];
  domains: { domain: StudyDomain; themes: string; hours: number }[];
  /** School plans only: (一) total students. */
  totalStudents?: number | null;
}

export const MAX_DOMAIN_HOURS = 360;
/** A reopening by the district or the platform may run past the window and the service period, for at most this long. */
export const MAX_REOPEN_DAYS = 60;
export const MAX_THEMES_LENGTH = 500;
const FIELD_OF: Record<Exclude<Dimension, 'DOMAIN'>, keyof PlanContent> = {
  MODE: 'modes',
  TIME: 'times',
  PLACE: 'places',
  LEVEL: 'levels',
  METHOD: 'methods',
};
const ENUM_OF: Record<Exclude<Dimension, 'DOMAIN'>, keyof typeof LABELS> = {
  MODE: 'StudyMode',
  TIME: 'StudyTime',
  PLACE: 'StudyPlace',
  LEVEL: 'StudyLevel',
  METHOD: 'StudyMethod',
};

/**
 * Checks a plan's content; `complete` (to submit, or to amend a submitted plan) also requires every
 * dimension answered and at least one domain. Errors name the field, e.g. `domains.1.hours`.
 */
export function validateContent(c: PlanContent, complete: boolean): void {
  for (const [dim, field] of Object.entries(FIELD_OF) as [Exclude<Dimension, 'DOMAIN'>, keyof PlanContent][]) {
    const values = c[field] as string[];
    const allowed = LABELS[ENUM_OF[dim]] as Record<string, unknown>;
    if (values.some((v) => !(v in allowed))) throw badInput(field, 'NOT_AN_OPTION', `Not an option of ${field} (選項不正確)`);
    if (new Set(values).size !== values.length) throw badInput(field, 'DUPLICATE_ENTRY', 'An option appears twice (選項重複)');
    if (complete && values.length === 0) throw badInput(field, 'ANSWER_REQUIRED', `Answer ${field} (每一項需求皆須填答)`);
  }
  if (complete && c.domains.length === 0) throw badInput('domains', 'DOMAIN_REQUIRED', 'Plan at least one domain (至少規劃一個研習範疇)');
  const seen = new Set<string>();
  c.domains.forEach((d, i) => {
    if (!(d.domain in LABELS.StudyDomain)) throw badInput(`domains.${i}.domain`, 'NOT_AN_OPTION', 'Not a domain (研習範疇不正確)');
    if (seen.has(d.domain)) throw badInput(`domains.${i}.domain`, 'DUPLICATE_ENTRY', 'A domain appears twice (研習範疇重複)');
    seen.add(d.domain);
    if (!Number.isInteger(d.hours) || d.hours < 0 || d.hours > MAX_DOMAIN_HOURS) {
      throw badInput(
        `domains.${i}.hours`,
        'NUMBER_OUT_OF_RANGE',
        `Hours must be a whole number from 0 to ${MAX_DOMAIN_HOURS} (時數須為 0 至 ${MAX_DOMAIN_HOURS} 的整數)`,
        { min: 0, max: MAX_DOMAIN_HOURS },
      );
    }
    if (d.themes.length > MAX_THEMES_LENGTH)
      throw badInput(`domains.${i}.themes`, 'TOO_LONG', `At most ${MAX_THEMES_LENGTH} characters (主題最多 ${MAX_THEMES_LENGTH} 字)`, {
        maxLength: MAX_THEMES_LENGTH,
      });
  });
  if (c.totalStudents != null && (!Number.isInteger(c.totalStudents) || c.totalStudents < 0 || c.totalStudents > 100000)) {
    throw badInput(
      'totalStudents',
      'NUMBER_OUT_OF_RANGE',
      'Total students must be a whole number from 0 to 100000 (學生總數須為 0 至 100000)',
      { min: 0, max: 100000 },
    );
  }
}

const factsOf = (c: PlanContent): PlanFacts => ({
  choices: (Object.entries(FIELD_OF) as [Dimension, keyof PlanContent][]).flatMap(([dimension, field]) =>
    (c[field] as string[]).map((option) => ({ dimension, option })),
  ),
  domains: c.domains.map((d) => ({ domain: d.domain, hours: d.hours })),
});

type Kind = 'school' | 'teacher';
const ENTITIES = {
  school: {
    plan: SchoolPlanEntity,
    choice: SchoolPlanChoiceEntity,
    domain: SchoolPlanDomainEntity,
    table: 'school_plan',
    kind: 'SCHOOL_PLAN' as PlanKind,
  },
  teacher: {
    plan: TeacherPlanEntity,
    choice: TeacherPlanChoiceEntity,
    domain: TeacherPlanDomainEntity,
    table: 'teacher_plan',
    kind: 'TEACHER_PLAN' as PlanKind,
  },
};

export const WINDOW_CLOSED = 'The filling window is closed (填報期間已結束或尚未開始)';

/**
 * The planning cycle's writes (附件三 陸/柒): save a draft any time in the service period; submit
 * inside the window (the school plan's county group, the teacher's wave); amend a submitted plan
 * until the window closes; after that only a reopening by the district or the platform lets the
 * plan change. Optimistic locking by version; a second submit changes nothing; the statistics move
 * in the same transaction as the plan.
 */
export class PlanService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    /** Called after every committed plan write (drops cached statistics). */
    private readonly onWrite: () => void = () => {},
  ) {}

  async teacherWindow(teacherId: number, schoolYear: number): Promise<WindowState> {
    const t = await this.ds.getRepository(TeacherEntity).findOneBy({ id: teacherId });
    const school = t ? await this.ds.getRepository(UnitEntity).findOneBy({ id: t.schoolId }) : null;
    return windowState(this.ds.manager, this.clock.now(), schoolYear, 'TEACHER_PLAN', school?.countyId ?? null, teacherId);
  }

  saveSchoolPlan(v: Viewer, schoolId: number, schoolYear: number, content: PlanContent, version: number | null | undefined) {
    return this.write('school', v, schoolYear, { schoolId }, content, version, false);
  }

  submitSchoolPlan(v: Viewer, schoolId: number, schoolYear: number, version: number | null | undefined) {
    return this.write('school', v, schoolYear, { schoolId }, null, version, true);
  }

  saveTeacherPlan(v: Viewer, schoolYear: number, content: PlanContent, version: number | null | undefined) {
    if (!fillsOwnTeacherPlan(v) || v.kind !== 'TEACHER') throw forbidden('TEACHERS_ONLY', 'Only a teacher fills its own plan');
    return this.write('teacher', v, schoolYear, { teacherId: v.teacherId }, content, version, false);
  }

  submitTeacherPlan(v: Viewer, schoolYear: number, version: number | null | undefined) {
    if (!fillsOwnTeacherPlan(v) || v.kind !== 'TEACHER') throw forbidden('TEACHERS_ONLY', 'Only a teacher submits its own plan');
    return this.write('teacher', v, schoolYear, { teacherId: v.teacherId }, null, version, true);
  }

  /** The district (its county) or the platform reopens a plan after its window, until a time. */
  async reopen(v: Viewer, planKind: PlanKind, schoolYear: number, ownerId: number, until: Date): Promise<Date> {
    const now = this.clock.now();
    if (until <= now) throw badInput('until', 'REOPENING_IN_PAST', 'The reopening must end in the future (重新開放須在未來結束)');
    if (until.getTime() - now.getTime() > MAX_REOPEN_DAYS * 86400_000) {
      throw badInput(
        'until',
        'REOPENING_TOO_LONG',
        `A reopening lasts at most ${MAX_REOPEN_DAYS} days (重新開放最長 ${MAX_REOPEN_DAYS} 天)`,
        { maxDays: MAX_REOPEN_DAYS },
      );
    }
    return inTransaction(this.ds, async (em) => {
      let school: UnitEntity | null;
      if (planKind === 'SCHOOL_PLAN') {
        school = await em.getRepository(UnitEntity).findOneBy({ id: ownerId });
        if (!school || school.kind !== 'SCHOOL') throw notFound('NO_SUCH_SCHOOL', 'No such school');
      } else {
        const t = await em.getRepository(TeacherEntity).findOneBy({ id: ownerId });
        if (!t) throw notFound('NO_SUCH_TEACHER', 'No such teacher');
        school = await em.getRepository(UnitEntity).findOneBy({ id: t.schoolId });
      }
      if (!school || !reopensPlansOf(v, school))
        throw forbidden('REOPEN_BY_DISTRICT_ONLY', 'Only the district of the county or the platform reopens a plan');
      const state = await windowState(em, now, schoolYear, planKind, school.countyId, ownerId);
      if (!state.serviceOpensAt) throw badInput('schoolYear', 'NO_SUCH_SCHOOL_YEAR', 'No such school year (查無此學年度)');
      await em.getRepository(PlanReopeningEntity).save({
        planKind,
        schoolYear,
        ownerId,
        until,
        reopenedBy: v.kind === 'ANONYMOUS' ? '' : v.username,
      });
      await enqueue(em, {
        type: 'PLAN_REOPENED',
        subjectType: planKind === 'SCHOOL_PLAN' ? 'School' : 'Teacher',
        subjectId: ownerId,
        at: now,
        unitId: school.id,
        countyId: school.countyId,
        recipients: [planKind === 'SCHOOL_PLAN' ? { kind: 'UNIT', id: school.id } : { kind: 'TEACHER', id: ownerId }],
        data: { schoolYear, planKind, until: taipeiDate(until) },
      });
      await this.audit.record(em, v, {
        operation: planKind === 'SCHOOL_PLAN' ? 'reopenSchoolPlan' : 'reopenTeacherPlan',
        targetType: planKind === 'SCHOOL_PLAN' ? 'School' : 'Teacher',
        targetId: ownerId,
        targetUnitId: school.id,
        countyId: school.countyId,
        after: { schoolYear, reopenedUntil: until.toISOString() },
      });
      return until;
    });
  }

  private async write(...args: Parameters<PlanService['writeOnce']>): Promise<SchoolPlanEntity | TeacherPlanEntity> {
    try {
      return await this.writeOnce(...args);
    } finally {
      this.onWrite();
    }
  }

  private async writeOnce(
    kind: Kind,
    v: Viewer,
    schoolYear: number,
    owner: { schoolId?: number; teacherId?: number },
    content: PlanContent | null,
    version: number | null | undefined,
    submit: boolean,
  ): Promise<SchoolPlanEntity | TeacherPlanEntity> {
    if (content) validateContent(content, false);
    const E = ENTITIES[kind];
    const now = this.clock.now();
    try {
      return await inTransaction(this.ds, async (em) => {
        // whose plan, and may this viewer write it
        let school: UnitEntity | null;
        let ownerId: number;
        if (kind === 'school') {
          school = await em.getRepository(UnitEntity).findOneBy({ id: owner.schoolId! });
          if (!school || school.kind !== 'SCHOOL') throw notFound('NO_SUCH_SCHOOL', 'No such school');
          if (!fillsSchoolPlanOf(v, school))
            throw forbidden('SCHOOL_PLAN_BY_CHIEF_OR_CONTACT', "Only the school's CHIEF or CONTACT fills its plan");
          ownerId = school.id;
        } else {
          const t = await em.getRepository(TeacherEntity).findOneBy({ id: owner.teacherId! });
          if (!t) throw notFound('NO_SUCH_TEACHER', 'No such teacher');
          school = (await em.getRepository(UnitEntity).findOneBy({ id: t.schoolId }))!;
          ownerId = t.id;
        }
        const where = kind === 'school' ? { schoolYear, schoolId: ownerId } : { schoolYear, teacherId: ownerId };
        const repo = em.getRepository<SchoolPlanEntity | TeacherPlanEntity>(E.plan);
        let plan = await repo.findOneBy(where as never);
        if (plan) {
          await lockForUpdate(em, E.table, [plan.id]);
          plan = (await repo.findOneBy({ id: plan.id }))!;
        }
        const state = await windowState(em, now, schoolYear, E.kind, school.countyId, ownerId);
        if (!state.serviceOpensAt) throw badInput('schoolYear', 'NO_SUCH_SCHOOL_YEAR', 'No such school year (查無此學年度)');
        if (submit && plan?.status === 'SUBMITTED' && !content) return plan; // submitting twice changes nothing
        if (submit && !plan) throw notFound('NOTHING_TO_SUBMIT', 'There is no plan to submit yet: save it first (請先儲存規劃)');
        if (version != null && plan && plan.version !== version) {
          throw conflict('STALE_VERSION', 'The plan changed since you read it: reload it (資料已被更新，請重新載入)');
        }
        if (version != null && version !== 0 && !plan) throw conflict('STALE_VERSION', 'The plan does not exist yet: reload it');
        if (!state.inService && !state.reopenedUntil)
          throw new AppError(
            'WINDOW_CLOSED',
            'OUTSIDE_SERVICE_PERIOD',
            'The service period of this school year is over or not open yet (非服務期間)',
          );
        const wasSubmitted = plan?.status === 'SUBMITTED';
        // submitting, or changing a submitted plan, needs the window open (or a reopening)
        if ((submit || wasSubmitted) && !state.open) {
          throw new AppError('WINDOW_CLOSED', 'FILLING_WINDOW_CLOSED', WINDOW_CLOSED, {
            opensAt: state.opensAt?.toISOString() ?? null,
            closesAt: state.closesAt?.toISOString() ?? null,
          });
        }
        const before = plan ? await this.contentOf(em, kind, plan.id) : null;
        const next: PlanContent = content ?? before ?? { modes: [], times: [], places: [], levels: [], methods: [], domains: [] };
        if (submit || wasSubmitted) validateContent(next, true);
        if (!plan) {
          plan = repo.create({
            ...where,
            status: 'DRAFT',
            updatedAt: now,
            submittedAt: null,
            version: 0,
            recordKey: newRecordKey(),
            ...(kind === 'school'
              ? { stages: school.stages ?? '', totalStudents: next.totalStudents ?? school.studentCount }
              : { schoolId: school.id }),
          } as never) as unknown as SchoolPlanEntity | TeacherPlanEntity;
        }
        if (kind === 'school' && content && content.totalStudents !== undefined)
          (plan as SchoolPlanEntity).totalStudents = content.totalStudents ?? null;
        const statusBefore = plan.status;
        if (submit) {
          plan.status = 'SUBMITTED';
          plan.submittedAt = now;
        }
        plan.updatedAt = now;
        plan.version += 1; // every write, even one that changes only choices, moves the version
        plan = await repo.save(plan);
        if (content) await this.replaceContent(em, kind, plan.id, content);
        if (kind === 'school' && submit) await this.snapshotTeachers(em, plan.id, school.id);
        if (submit && statusBefore !== 'SUBMITTED') {
          await enqueue(em, {
            type: 'PLAN_SUBMITTED',
            subjectType: kind === 'school' ? 'SchoolPlan' : 'TeacherPlan',
            subjectId: plan.id,
            at: now,
            unitId: school.id,
            countyId: school.countyId,
            recipients: [kind === 'school' ? { kind: 'UNIT', id: school.id } : { kind: 'TEACHER', id: ownerId }],
            data: { schoolYear, planKind: E.kind, date: taipeiDate(now) },
          });
        }
        // statistics, in this transaction
        const stage = firstStage(kind === 'school' ? (plan as SchoolPlanEntity).stages : school.stages);
        await moveCounts(
          em,
          { schoolYear, planKind: E.kind, countyId: school.countyId ?? 0, stage, recordKey: plan.recordKey },
          wasSubmitted && before ? factsOf(before) : null,
          plan.status === 'SUBMITTED' ? factsOf(next) : null,
        );
        await this.audit.record(em, v, {
          operation: `${submit ? 'submit' : 'save'}${kind === 'school' ? 'School' : 'Teacher'}Plan`,
          targetType: kind === 'school' ? 'SchoolPlan' : 'TeacherPlan',
          targetId: plan.id,
          targetUnitId: school.id,
          countyId: school.countyId,
          before: before ? { status: statusBefore, ...this.flat(before) } : {},
          after: { status: plan.status, ...this.flat(next) },
        });
        return plan;
      });
    } catch (e) {
      if (uniqueViolation(e)) throw conflict('STALE_VERSION', 'The plan was created at the same time by someone else: reload it');
      throw e;
    }
  }

  private flat(c: PlanContent) {
    return {
      modes: c.modes,
      times: c.times,
      places: c.places,
      levels: c.levels,
      methods: c.methods,
      domains: c.domains.map((d) => `${d.domain}:${d.hours}`),
    };
  }

  async contentOf(em: EntityManager, kind: Kind, planId: number): Promise<PlanContent> {
    const E = ENTITIES[kind];
    const choices = await em.getRepository<{ dimension: string; option: string }>(E.choice).find({ where: { planId } as never });
    const domains = await em
      .getRepository<{ domain: StudyDomain; themes: string; hours: number }>(E.domain)
      .find({ where: { planId } as never, order: { domain: 'ASC' } as never });
    const pick = (d: string) =>
      choices
        .filter((c) => c.dimension === d)
        .map((c) => c.option)
        .sort();
    const plan = kind === 'school' ? await em.getRepository(SchoolPlanEntity).findOneBy({ id: planId }) : null;
    return {
      modes: pick('MODE'),
      times: pick('TIME'),
      places: pick('PLACE'),
      levels: pick('LEVEL'),
      methods: pick('METHOD'),
      domains: domains.map((d) => ({ domain: d.domain, themes: d.themes, hours: d.hours })),
      ...(plan ? { totalStudents: plan.totalStudents } : {}),
    };
  }

  private async replaceContent(em: EntityManager, kind: Kind, planId: number, c: PlanContent) {
    const E = ENTITIES[kind];
    await em.getRepository(E.choice).delete({ planId } as never);
    await em.getRepository(E.domain).delete({ planId } as never);
    const choices = factsOf(c).choices.map((x) => ({ planId, ...x }));
    if (choices.length) await em.getRepository(E.choice).insert(choices as never);
    if (c.domains.length) await em.getRepository(E.domain).insert(c.domains.map((d) => ({ planId, ...d })) as never);
  }

  /** (二) the school plan's teacher list as of filing. */
  private async snapshotTeachers(em: EntityManager, planId: number, schoolId: number) {
    await em.getRepository(SchoolPlanTeacherEntity).delete({ planId });
    const teachers = await em.getRepository(TeacherEntity).findBy({ schoolId });
    if (!teachers.length) return;
    const subjects = await em.getRepository(TeacherSubjectEntity).find({ where: teachers.map((t) => ({ teacherId: t.id })) });
    const byTeacher = new Map<number, string[]>();
    for (const s of subjects) byTeacher.set(s.teacherId, [...(byTeacher.get(s.teacherId) ?? []), s.subject]);
    for (let i = 0; i < teachers.length; i += 500) {
      await em
        .getRepository(SchoolPlanTeacherEntity)
        .insert(
          teachers
            .slice(i, i + 500)
            .map((t) => ({ planId, teacherId: t.id, title: t.title, subjects: (byTeacher.get(t.id) ?? []).sort().join(',') })),
        );
    }
  }
}
