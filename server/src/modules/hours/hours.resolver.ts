import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { ListSize, PagedList } from '../../shared/cost-directives';
import { CorrectionStatus, SheetFormat } from '../../shared/enums';
import { badInput } from '../../shared/errors';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { PageArgsInput, toConnection } from '../../shared/pagination';
import { Course, CourseSession } from '../courses';
import type { CourseEntity, CourseSessionEntity } from '../courses';
import { School, Teacher } from '../directory';
import type { TeacherEntity, UnitEntity } from '../directory';
import { seesExactStatistics } from '../analytics';
import type { HoursCorrectionEntity, StudyRecordEntity } from './hours.entity';
import { decidesCorrectionOf, keepsHoursOf, readsAttainmentStatistics, seesSchoolAttainmentExactly } from './hours.policy';
import {
  AttainmentRollup,
  AttendanceInput,
  AttendanceResult,
  AttendanceUploadReport,
  CertificateVerification,
  ExternalHoursInput,
  HoursAttainment,
  HoursCorrection,
  HoursCorrectionConnection,
  HoursCorrectionViewerCan,
  HoursIssueReport,
  SessionAttendance,
  SessionSignIn,
  StudyHours,
  StudyRecord,
  StudyRecordConnection,
} from './hours.types';

const schoolYearArg = (y: number, field = 'schoolYear') => {
  if (!Number.isInteger(y) || y < 80 || y > 200)
    throw badInput(field, 'NUMBER_OUT_OF_RANGE', 'A school year (學年度) from 80 to 200', { min: 80, max: 200 });
  return y;
};

@ArgsType()
class StudyRecordsArgs extends PageArgsInput {
  @Field(() => Int, { nullable: true, description: 'Only this school year' })
  schoolYear?: number | null;
}

@ArgsType()
class CorrectionsArgs extends PageArgsInput {
  @Field(() => CorrectionStatus, { nullable: true, description: 'Only this status (e.g. PENDING: what awaits a decision)' })
  status?: CorrectionStatus | null;
}

@Resolver(() => StudyRecord)
export class StudyRecordResolver {
  @Allow('Query.studyRecord')
  @Query(() => StudyRecord, {
    nullable: true,
    description: 'A study record as you may read it (the teacher, its school, the issuer, the platform)',
  })
  studyRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.studyRecordById.load(idOfType(id, 'StudyRecord', 'id'));
  }

  @Query(() => CertificateVerification, {
    description:
      '研習證明查驗 (public): whether a verification code belongs to a certificate, with what the certificate shows (the name masked)',
  })
  verifyCertificate(@Arg('code') code: string, @Ctx() ctx: Context) {
    ctx.services.hours.verifyLimiter.hit(ctx.clientAddress);
    return ctx.services.hours.verify(code);
  }

  @FieldResolver(() => ID)
  id(@Root() r: StudyRecordEntity) {
    return toGlobalId('StudyRecord', r.id);
  }

  @FieldResolver(() => String)
  certificateUrl(@Root() r: StudyRecordEntity) {
    return `/certificates/${encodeURIComponent(r.certificateNumber)}.pdf`;
  }

  @FieldResolver(() => Course, { nullable: true, description: 'The course (null for external records, or a course you may not see)' })
  course(@Root() r: StudyRecordEntity, @Ctx() ctx: Context) {
    return r.courseId === null ? null : ctx.loaders.courseById.load(r.courseId);
  }

  @FieldResolver(() => Teacher, { nullable: true, description: 'The teacher, if you may read its record (person scope)' })
  teacher(@Root() r: StudyRecordEntity, @Ctx() ctx: Context) {
    return ctx.loaders.teacher.load(r.teacherId);
  }

  @ListSize(20)
  @FieldResolver(() => [HoursCorrection], { description: 'Changes of its hours, oldest first' })
  corrections(@Root() r: StudyRecordEntity, @Ctx() ctx: Context) {
    return ctx.loaders.correctionsByRecord.load(r.id);
  }
}

@Resolver(() => HoursCorrection)
export class HoursCorrectionResolver {
  @Allow('Query.hoursCorrections')
  @PagedList()
  @Query(() => HoursCorrectionConnection, {
    description:
      "結案研習異動申請: your unit's corrections (course managers) and those you decide (a district: its county's schools'; the platform: all)",
  })
  async hoursCorrections(@Args() a: CorrectionsArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.hours.corrections(ctx.viewer, {
      first: a.first ?? null,
      after: a.after ?? null,
      status: a.status ?? null,
    });
    return toConnection(page, page.total);
  }

  @FieldResolver(() => ID)
  id(@Root() h: HoursCorrectionEntity) {
    return toGlobalId('HoursCorrection', h.id);
  }

  @FieldResolver(() => StudyRecord, { nullable: true })
  record(@Root() h: HoursCorrectionEntity, @Ctx() ctx: Context) {
    return ctx.loaders.studyRecordById.load(h.recordId);
  }

  @FieldResolver(() => Course, { nullable: true })
  course(@Root() h: HoursCorrectionEntity, @Ctx() ctx: Context) {
    return ctx.loaders.courseById.load(h.courseId);
  }

  @FieldResolver(() => String, { nullable: true, description: "The teacher's name (for those who see the correction)" })
  teacherName(@Root() h: HoursCorrectionEntity, @Ctx() ctx: Context) {
    // whoever sees the correction (the organiser's managers, its approver) sees the name, as on the roster
    return ctx.loaders.teacherNameOfRecord.load(h.recordId);
  }

  @FieldResolver(() => HoursCorrectionViewerCan)
  async viewerCan(@Root() h: HoursCorrectionEntity, @Ctx() ctx: Context) {
    const organiser = await ctx.loaders.unit.load(h.organiserUnitId);
    return { decide: h.status === 'PENDING' && !!organiser && decidesCorrectionOf(ctx.viewer, organiser) };
  }
}

@Resolver(() => Teacher)
export class TeacherHoursResolver {
  @Allow('Teacher.studyRecords')
  @PagedList()
  @FieldResolver(() => StudyRecordConnection, {
    nullable: true,
    description: '研習紀錄, newest first: the teacher, its school (CHIEF/CONTACT), the platform',
  })
  async studyRecords(@Root() t: TeacherEntity, @Args() a: StudyRecordsArgs, @Ctx() ctx: Context) {
    const schoolYear = a.schoolYear == null ? null : schoolYearArg(a.schoolYear);
    // a first page carries its count; a later one asks for it
    const page = await ctx.loaders.recordsByTeacher.get({ first: a.first ?? null, after: a.after ?? null, schoolYear }).load(t.id);
    return toConnection(page, page.totalCount ?? (await ctx.loaders.recordCountByTeacher.get(schoolYear).load(t.id)));
  }

  @Allow('Teacher.hours')
  @FieldResolver(() => StudyHours, { nullable: true, description: 'Study hours of a school year: the total and per domain' })
  hours(@Root() t: TeacherEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    return ctx.loaders.hoursByTeacher.get(schoolYearArg(schoolYear)).load(t.id);
  }

  @Allow('Teacher.attainment')
  @FieldResolver(() => HoursAttainment, {
    nullable: true,
    description: '目標達成度: the teacher plan against the hours earned, per domain',
  })
  attainment(@Root() t: TeacherEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    return ctx.loaders.attainmentByTeacher.get(schoolYearArg(schoolYear)).load(t.id);
  }
}

@Resolver(() => School)
export class SchoolHoursResolver {
  @Allow('School.hoursAttainment')
  @FieldResolver(() => AttainmentRollup, {
    nullable: true,
    description:
      "目標達成度 of the school's teachers (plans filed at the school): its statistics accounts, keepers, district, the platform",
  })
  hoursAttainment(@Root() s: UnitEntity, @Arg('schoolYear', () => Int) schoolYear: number, @Ctx() ctx: Context) {
    return ctx.services.hours.rollup(schoolYearArg(schoolYear), { schoolId: s.id }, seesSchoolAttainmentExactly(ctx.viewer, s));
  }
}

@Resolver()
export class HoursAttainmentResolver {
  @Allow('Query.hoursAttainment')
  @Query(() => AttainmentRollup, {
    description:
      "目標達成度 of a county's teachers, or the nation's (no countyId): protected by the disclosure control except for the platform and a district about its county",
  })
  async hoursAttainment(
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Arg('countyId', () => ID, { nullable: true }) countyId: string | null,
    @Ctx() ctx: Context,
  ) {
    const county = countyId ? idOfType(countyId, 'County', 'countyId') : null;
    if (county !== null && !(await ctx.loaders.county.load(county)))
      throw badInput('countyId', 'INVALID_VALUE', 'No such county (查無縣市)');
    if (!readsAttainmentStatistics(ctx.viewer)) return null;
    const exact = seesExactStatistics(ctx.viewer, { source: 'TEACHER_PLANS', countyIds: county === null ? null : [county] });
    return ctx.services.hours.rollup(schoolYearArg(schoolYear), county === null ? { nation: true } : { countyId: county }, exact);
  }
}

@Resolver(() => CourseSession)
export class SessionHoursResolver {
  @FieldResolver(() => ID, { description: 'The session (for attendance and sign-in)' })
  id(@Root() s: CourseSessionEntity) {
    return toGlobalId('CourseSession', s.id);
  }

  @Allow('CourseSession.attendance')
  @ListSize(500)
  @FieldResolver(() => [SessionAttendance], { nullable: true, description: "出席: the session's attendance (the course's managers)" })
  async attendance(@Root() s: CourseSessionEntity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.attendanceBySession.load(s.id);
    return rows.map((r) => ({ ...r, registrationId: toGlobalId('CourseRegistration', r.registrationId) }));
  }
}

@Resolver(() => Course)
export class CourseHoursResolver {
  @PagedList()
  @FieldResolver(() => StudyRecordConnection, {
    nullable: true,
    description: 'The study records issued for the course (its managers; null for others)',
  })
  async studyRecords(@Root() c: CourseEntity, @Args() a: PageArgsInput, @Ctx() ctx: Context) {
    if (!keepsHoursOf(ctx.viewer, c)) return null;
    const [page, total] = await Promise.all([
      ctx.loaders.recordsByCourse.get({ first: a.first ?? null, after: a.after ?? null }).load(c.id),
      ctx.loaders.recordCountByCourse.load(c.id),
    ]);
    return toConnection(page, total);
  }

  @FieldResolver(() => Boolean, {
    description: '結案: closed for hours (CLOSED, or 30 days after its end): changes of hours are then requests',
  })
  closedForHours(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return ctx.services.hours.closedForHours(c);
  }
}

@Resolver()
export class HoursMutations {
  @Allow('Mutation.recordAttendance')
  @Mutation(() => AttendanceResult, {
    description: "出席登記: mark admitted teachers of a session (the course's managers; from 30 minutes before it starts until closure)",
  })
  async recordAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('entries', () => [AttendanceInput]) entries: AttendanceInput[],
    @Ctx() ctx: Context,
  ) {
    const parsed = entries.map((e, k) => ({
      registrationId: idOfType(e.registrationId, 'CourseRegistration', `entries.${k}.registrationId`),
      status: e.status,
    }));
    const r = await ctx.services.hours.recordAttendance(ctx.viewer, idOfType(sessionId, 'CourseSession', 'sessionId'), parsed);
    return { recorded: r.recorded };
  }

  @Allow('Mutation.uploadAttendance')
  @Mutation(() => AttendanceUploadReport, {
    description:
      '出席名單上傳: national IDs with a status column (出席/遲到/早退/缺席; blank = present); dryRun (default) reports, a commit records all or nothing',
  })
  uploadAttendance(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('file') file: string,
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hours.uploadAttendance(ctx.viewer, idOfType(sessionId, 'CourseSession', 'sessionId'), file, format, dryRun);
  }

  @Allow('Mutation.openSessionSignIn')
  @Mutation(() => SessionSignIn, {
    description: "簽到碼: the session's code (made on first call) to show during the session, valid from 30 minutes before it to its end",
  })
  async openSessionSignIn(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    const s = await ctx.services.hours.openSignIn(ctx.viewer, idOfType(sessionId, 'CourseSession', 'sessionId'));
    return { ...s, signInPath: `/sign-in-code?code=${s.code}` };
  }

  @Allow('Mutation.signInToSession')
  @Mutation(() => SessionAttendance, { description: '簽到: a teacher admitted to the course signs in with the code shown in the session' })
  async signInToSession(@Arg('code') code: string, @Ctx() ctx: Context) {
    if (code.length > 40) throw badInput('code', 'TOO_LONG', 'At most 40 characters', { maxLength: 40 });
    const a = await ctx.services.hours.signIn(ctx.viewer, code);
    const reg = await ctx.services.hours.registrationOf(a.courseId, a.teacherId);
    return {
      registrationId: toGlobalId('CourseRegistration', reg?.id ?? 0),
      teacherName: ctx.viewer.kind === 'TEACHER' ? ctx.viewer.name : '',
      status: a.status,
      method: a.method,
      recordedAt: a.recordedAt,
    };
  }

  @Allow('Mutation.issueHours')
  @Mutation(() => HoursIssueReport, {
    description:
      "核發研習時數: after the course's end, a study record for every admitted teacher whose attendance earns hours (issuing again adds only what is missing)",
  })
  async issueHours(@Arg('courseId', () => ID) courseId: string, @Ctx() ctx: Context) {
    return ctx.services.hours.issueHours(ctx.viewer, idOfType(courseId, 'Course', 'courseId'));
  }

  @Allow('Mutation.correctStudyRecord')
  @Mutation(() => HoursCorrection, {
    description:
      "研習時數異動: before the course's closure applied at once (APPLIED); after it a request (PENDING, 結案研習異動申請) for the district or the platform",
  })
  correctStudyRecord(
    @Arg('id', () => ID) id: string,
    @Arg('hours', () => Float) hours: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hours.correct(ctx.viewer, idOfType(id, 'StudyRecord', 'id'), hours, reason);
  }

  @Allow('Mutation.decideHoursCorrection')
  @Mutation(() => HoursCorrection, {
    description: "審核結案研習異動申請: a school's course by its county's district, any other by the platform",
  })
  decideHoursCorrection(
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hours.decide(ctx.viewer, idOfType(id, 'HoursCorrection', 'id'), approve, note);
  }

  @Allow('Mutation.reportExternalHours')
  @Mutation(() => StudyRecord, {
    description: '外部研習時數 (partner keys with HOURS_WRITE): idempotent by the key and its own record ID (externalId)',
  })
  reportExternalHours(@Arg('input', () => ExternalHoursInput) input: ExternalHoursInput, @Ctx() ctx: Context) {
    return ctx.services.hours.reportExternal(ctx.viewer, input);
  }
}

/** node(id:) finders. */
export const findStudyRecord = (ctx: Context, id: number) => ctx.loaders.studyRecordById.load(id);
export const findHoursCorrection = (ctx: Context, id: number) => ctx.loaders.correctionById.load(id);

export const HOURS_RESOLVERS = [
  StudyRecordResolver,
  HoursCorrectionResolver,
  TeacherHoursResolver,
  SchoolHoursResolver,
  HoursAttainmentResolver,
  SessionHoursResolver,
  CourseHoursResolver,
  HoursMutations,
] as const;
