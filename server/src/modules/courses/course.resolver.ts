import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { encodeCursor, PageArgsInput, selectsField, toConnection, Page } from '../../shared/pagination';
import {
  AudienceKind,
  CourseOrder,
  CourseStatus,
  RegistrationStatus,
  SchoolApproval,
  SheetFormat,
  StudyDomain,
  StudyLevel,
  StudyMethod,
  StudyMode,
  StudyPlace,
  StudyTime,
  TeacherTitle,
} from '../../shared/enums';
import { maskNationalId } from '../../shared/national-id';
import { ListSize, PagedList, SIZES } from '../../shared/cost-directives';
import { County, School, Teacher, Unit } from '../directory';
import type { TeacherEntity, UnitEntity } from '../directory';
import type { CourseEntity, CourseRegistrationEntity, CourseSessionEntity } from './course.entity';
import {
  Course,
  CourseAudience,
  CourseConnection,
  CourseContact,
  CourseInput,
  CourseRegistration,
  CourseRegistrationConnection,
  CourseSession,
  CourseViewerCan,
  ParticipantUploadReport,
} from './course.types';
import type { CourseContent } from './course-input';
import { LIMITS } from './course-input';
import { approvesCourseOf, enrolsItself, issuesHoursNow, managesCourse, recordsAttendanceNow, registersCourse } from './course.policy';
import { fitsAudience } from './course.service';

const courseId = (id: string, field = 'id') => idOfType(id, 'Course', field);

/** The input as the service takes it: IDs resolved (BAD_USER_INPUT naming the field), defaults filled. */
function contentOf(i: CourseInput): CourseContent {
  const audience: CourseContent['audience'] = [
    ...(i.audience?.stages ?? []).map((value) => ({ kind: 'STAGE' as AudienceKind, value })),
    ...(i.audience?.subjects ?? []).map((value) => ({ kind: 'SUBJECT' as AudienceKind, value })),
    ...(i.audience?.titles ?? []).map((value) => ({ kind: 'TITLE' as AudienceKind, value })),
    ...(i.audience?.countyIds ?? []).map((id, k) => ({
      kind: 'COUNTY' as AudienceKind,
      value: String(idOfType(id, 'County', `audience.countyIds.${k}`)),
    })),
  ];
  return {
    title: i.title,
    description: i.description ?? '',
    domain: i.domain,
    themes: i.themes ?? '',
    level: i.level,
    mode: i.mode,
    place: i.place,
    methods: i.methods,
    times: i.times ?? [],
    hours: i.hours,
    capacity: i.capacity,
    waitlistSize: i.waitlistSize ?? 0,
    registrationOpensAt: i.registrationOpensAt,
    registrationClosesAt: i.registrationClosesAt,
    schoolApproval: i.schoolApproval ?? false,
    contactName: i.contactName,
    contactPhone: i.contactPhone?.trim() || null,
    contactEmail: i.contactEmail?.trim() || null,
    sessions: i.sessions.map((s, k) => ({
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      countyId: s.countyId ? idOfType(s.countyId, 'County', `sessions.${k}.countyId`) : null,
      address: s.address?.trim() || null,
      onlineUrl: s.onlineUrl?.trim() || null,
    })),
    audience,
  };
}

@ArgsType()
class CoursesArgs extends PageArgsInput {
  @Field(() => String, { nullable: true, description: 'Part of the title, the code or the organiser (台/臺, 國小/國民小學 alike)' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Courses of an organiser in this county, or with a session there' })
  countyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Courses of this organiser (a Unit or School ID)' })
  organiserId?: string | null;

  @Field(() => Int, { nullable: true })
  schoolYear?: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Courses that end on or after this instant' })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Courses that start on or before this instant' })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only courses whose registration is open now' })
  openNow?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only courses with a seat left' })
  hasSeats?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only courses whose audience includes you (a teacher)' })
  fitsMe?: boolean | null;

  @Field(() => [CourseStatus], {
    nullable: true,
    description: 'Default PUBLISHED and CLOSED; others show only what you may see (your unit, your approvals)',
  })
  status?: CourseStatus[] | null;

  @Field(() => [StudyDomain], { nullable: true })
  domain?: StudyDomain[] | null;

  @Field(() => [StudyLevel], { nullable: true })
  level?: StudyLevel[] | null;

  @Field(() => [StudyMethod], { nullable: true })
  method?: StudyMethod[] | null;

  @Field(() => [StudyMode], { nullable: true })
  mode?: StudyMode[] | null;

  @Field(() => [StudyTime], { nullable: true })
  time?: StudyTime[] | null;

  @Field(() => [StudyPlace], { nullable: true })
  place?: StudyPlace[] | null;

  @Field(() => CourseOrder, {
    nullable: true,
    description:
      "OPEN_FIRST (default: open for registration now, then upcoming, then the rest, most recent first), START, RELEVANCE (with search), FIT (a logged-in teacher: by how well a course fits the teacher's plan of the year)",
  })
  orderBy?: CourseOrder | null;
}

@ArgsType()
class RosterArgs extends PageArgsInput {
  @Field(() => RegistrationStatus, { nullable: true })
  status?: RegistrationStatus | null;
}

@ArgsType()
class SchoolRegistrationsArgs extends PageArgsInput {
  @Field(() => SchoolApproval, { nullable: true, description: 'e.g. PENDING: those awaiting your decision' })
  approval?: SchoolApproval | null;
}

/** The organiser ID argument: a School or a Unit global ID. */
function organiserArg(id: string): number {
  const raw = Buffer.from(id, 'base64url').toString('utf8');
  return idOfType(id, raw.startsWith('School:') ? 'School' : 'Unit', 'organiserId');
}

const pick = (rows: { dimension: string; option: string }[], d: string) => rows.filter((r) => r.dimension === d).map((r) => r.option);

@Resolver(() => Course)
export class CourseResolver {
  @PagedList()
  @Query(() => CourseConnection, {
    description: '研習課程查詢: the public catalog (and, with status, the courses you register, manage or approve)',
  })
  async courses(@Args() a: CoursesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await ctx.services.courses.catalog(
      ctx.viewer,
      {
        search: a.search,
        countyId: a.countyId ? idOfType(a.countyId, 'County', 'countyId') : null,
        organiserId: a.organiserId ? organiserArg(a.organiserId) : null,
        schoolYear: a.schoolYear,
        from: a.from,
        to: a.to,
        openNow: a.openNow,
        hasSeats: a.hasSeats,
        fitsMe: a.fitsMe,
        statuses: a.status,
        domains: a.domain,
        levels: a.level,
        methods: a.method,
        modes: a.mode,
        times: a.time,
        places: a.place,
        orderBy: a.orderBy,
        withTotal: selectsField(info, 'totalCount'),
      },
      a,
    );
    for (const e of page.edges) ctx.loaders.courseById.prime(e.node.id, e.node);
    return page;
  }

  @Query(() => Course, { nullable: true, description: 'One course by its ID (public once published; else as you may see it)' })
  course(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.courseById.load(courseId(id));
  }

  @Allow('Mutation.createCourse')
  @Mutation(() => Course, { description: '研習課程登錄: a draft course of your unit (COURSE_REGISTRATION)' })
  createCourse(@Arg('input', () => CourseInput) input: CourseInput, @Ctx() ctx: Context) {
    return ctx.services.courses.create(ctx.viewer, contentOf(input));
  }

  @Allow('Mutation.updateCourse')
  @Mutation(() => Course, {
    description:
      'Edits a course (COURSE_MANAGEMENT); after approval, hours, dates or a capacity below the admitted count need approval again',
  })
  updateCourse(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CourseInput) input: CourseInput,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.courses.update(ctx.viewer, courseId(id), contentOf(input), version);
  }

  @Allow('Mutation.submitCourse')
  @Mutation(() => Course, { description: 'DRAFT → SUBMITTED (送審)' })
  submitCourse(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.courses.submit(ctx.viewer, courseId(id), version);
  }

  @Allow('Mutation.approveCourse')
  @Mutation(() => Course, {
    description:
      "核定: SUBMITTED → APPROVED (or back to PUBLISHED after a re-approval); a school's course by its county's district, others by the platform",
  })
  approveCourse(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.courses.approve(ctx.viewer, courseId(id), version);
  }

  @Allow('Mutation.returnCourse')
  @Mutation(() => Course, { description: '退回: the approver sends a submitted course back to DRAFT with the reason' })
  returnCourse(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.courses.returnToDraft(ctx.viewer, courseId(id), reason, version);
  }

  @Allow('Mutation.publishCourse')
  @Mutation(() => Course, { description: 'APPROVED → PUBLISHED: in the catalog, registration by its window' })
  publishCourse(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.courses.publish(ctx.viewer, courseId(id), version);
  }

  @Allow('Mutation.cancelCourse')
  @Mutation(() => Course, { description: 'Cancels a course (not a closed one) and releases every registration' })
  cancelCourse(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.courses.cancel(ctx.viewer, courseId(id), reason, version);
  }

  @Allow('Mutation.closeCourse')
  @Mutation(() => Course, { description: '結案: a published course whose last session has ended' })
  closeCourse(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: Context) {
    return ctx.services.courses.close(ctx.viewer, courseId(id), version);
  }

  @Allow('Mutation.enrolInCourse')
  @Mutation(() => CourseRegistration, {
    description: '報名: ADMITTED up to capacity, then WAITLISTED in arrival order; CONFLICT with reason FULL when the waitlist is full too',
  })
  enrolInCourse(@Arg('courseId', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.registrations.enrol(ctx.viewer, courseId(id, 'courseId'));
  }

  @Allow('Mutation.withdrawFromCourse')
  @Mutation(() => CourseRegistration, { description: '取消報名 within the window; an admitted seat goes to the first waitlisted' })
  withdrawFromCourse(@Arg('courseId', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.registrations.withdraw(ctx.viewer, courseId(id, 'courseId'));
  }

  @Allow('Mutation.decideCourseRegistration')
  @Mutation(() => CourseRegistration, {
    description: "公假: the teacher's school's CHIEF/CONTACT approves or declines (a decline frees the seat)",
  })
  decideCourseRegistration(@Arg('id', () => ID) id: string, @Arg('approve') approve: boolean, @Ctx() ctx: Context) {
    return ctx.services.registrations.decide(ctx.viewer, idOfType(id, 'CourseRegistration', 'id'), approve);
  }

  @Allow('Mutation.uploadCourseParticipants')
  @Mutation(() => ParticipantUploadReport, {
    description:
      '資料上傳: participants by national ID (file: base64 of a CSV or XLSX); dryRun (default) reports, a commit admits all or nothing',
  })
  uploadCourseParticipants(
    @Arg('courseId', () => ID) id: string,
    @Arg('file') file: string,
    @Arg('format', () => SheetFormat) format: SheetFormat,
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.registrations.upload(ctx.viewer, courseId(id, 'courseId'), file, format, dryRun);
  }

  // ---- fields ----

  @FieldResolver(() => ID)
  id(@Root() c: CourseEntity) {
    return toGlobalId('Course', c.id);
  }

  @FieldResolver(() => Unit, { description: '研習辦理單位' })
  organiser(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(c.organiserUnitId);
  }

  @FieldResolver(() => County, { nullable: true, description: "The organiser's county" })
  county(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return c.countyId ? ctx.loaders.county.load(c.countyId) : null;
  }

  @FieldResolver(() => StudyLevel, { description: '進修階層' })
  async level(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.courseChoices.load(c.id), 'LEVEL')[0];
  }

  @FieldResolver(() => StudyMode, { description: '進修方式' })
  async mode(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.courseChoices.load(c.id), 'MODE')[0];
  }

  @FieldResolver(() => StudyPlace, { description: '進修地點' })
  async place(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.courseChoices.load(c.id), 'PLACE')[0];
  }

  @ListSize(SIZES.options)
  @FieldResolver(() => [StudyMethod], { description: '實施方式' })
  async methods(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.courseChoices.load(c.id), 'METHOD');
  }

  @ListSize(SIZES.options)
  @FieldResolver(() => [StudyTime], { description: '進修時間 (given, or derived from the sessions)' })
  async times(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return pick(await ctx.loaders.courseChoices.load(c.id), 'TIME');
  }

  @FieldResolver(() => Int, { description: 'Seats left (capacity minus admitted, at least 0)' })
  seatsLeft(@Root() c: CourseEntity) {
    return Math.max(0, c.capacity - c.admittedCount);
  }

  @FieldResolver(() => Int, { description: 'Waitlist places left' })
  waitlistLeft(@Root() c: CourseEntity) {
    return Math.max(0, c.waitlistSize - c.waitlistedCount);
  }

  @FieldResolver(() => Boolean, { description: 'Published and inside its registration window now' })
  registrationOpen(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    const now = ctx.services.clock.now();
    return c.status === 'PUBLISHED' && c.registrationOpensAt <= now && now < c.registrationClosesAt;
  }

  @FieldResolver(() => CourseContact, { description: 'Whom to contact' })
  contact(@Root() c: CourseEntity) {
    return { name: c.contactName, phone: c.contactPhone, email: c.contactEmail };
  }

  @ListSize(LIMITS.sessions)
  @FieldResolver(() => [CourseSession])
  sessions(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.courseSessions.load(c.id);
  }

  @FieldResolver(() => CourseAudience, { description: '參加對象' })
  async audience(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.courseAudience.load(c.id);
    const of = (k: AudienceKind) => rows.filter((r) => r.kind === k).map((r) => r.value);
    return {
      stages: of('STAGE'),
      subjects: of('SUBJECT'),
      titles: of('TITLE'),
      countyIds: of('COUNTY').map(Number),
      everyone: rows.length === 0,
    };
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Does the audience include you? (a logged-in teacher; null for others)' })
  async fitsMe(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    const facts = await ctx.loaders.myFacts();
    return facts ? fitsAudience(await ctx.loaders.courseAudience.load(c.id), facts) : null;
  }

  @FieldResolver(() => CourseRegistration, { nullable: true, description: 'Your registration (a teacher), or null' })
  myRegistration(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.myRegistration.load(c.id);
  }

  @Allow('Course.registrations')
  @PagedList()
  @FieldResolver(() => CourseRegistrationConnection, {
    nullable: true,
    description: "The roster in arrival order: the organiser's course managers and the platform",
  })
  async registrations(@Root() c: CourseEntity, @Args() a: RosterArgs, @Ctx() ctx: Context) {
    const [page, total] = await Promise.all([
      ctx.loaders.roster.get({ first: a.first ?? null, after: a.after ?? null, status: a.status ?? null }).load(c.id),
      ctx.loaders.rosterCount.get(a.status ?? null).load(c.id),
    ]);
    const edges = page.nodes.map((node) => ({ cursor: encodeCursor(node.queueNo), node }));
    return {
      edges,
      totalCount: total,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    };
  }

  @FieldResolver(() => CourseViewerCan)
  async viewerCan(@Root() c: CourseEntity, @Ctx() ctx: Context) {
    const v = ctx.viewer;
    const organiser = await ctx.loaders.unit.load(c.organiserUnitId);
    const manages = managesCourse(v, c);
    const now = ctx.services.clock.now();
    let enrol = false;
    let withdraw = false;
    if (enrolsItself(v) && c.status === 'PUBLISHED' && c.registrationOpensAt <= now && now < c.registrationClosesAt) {
      const [mine, facts, audience] = await Promise.all([
        ctx.loaders.myRegistration.load(c.id),
        ctx.loaders.myFacts(),
        ctx.loaders.courseAudience.load(c.id),
      ]);
      const active = !!mine && (mine.status === 'ADMITTED' || mine.status === 'WAITLISTED');
      enrol = !active && !!facts && fitsAudience(audience, facts) && (c.admittedCount < c.capacity || c.waitlistedCount < c.waitlistSize);
      withdraw = active;
    }
    return {
      update: manages && c.status !== 'CLOSED' && c.status !== 'CANCELLED',
      submit: registersCourse(v, c) && c.status === 'DRAFT',
      approve: !!organiser && approvesCourseOf(v, organiser) && c.status === 'SUBMITTED',
      publish: manages && c.status === 'APPROVED',
      cancel: manages && c.status !== 'CLOSED' && c.status !== 'CANCELLED',
      close: manages && c.status === 'PUBLISHED' && now >= c.endsAt,
      manageRoster: manages,
      recordAttendance: recordsAttendanceNow(v, c, now),
      issueHours: issuesHoursNow(v, c, now),
      enrol,
      withdraw,
    };
  }
}

@Resolver(() => CourseSession)
export class CourseSessionResolver {
  @FieldResolver(() => County, { nullable: true })
  county(@Root() s: CourseSessionEntity, @Ctx() ctx: Context) {
    return s.countyId ? ctx.loaders.county.load(s.countyId) : null;
  }
}

@Resolver(() => CourseAudience)
export class CourseAudienceResolver {
  @ListSize(SIZES.counties)
  @FieldResolver(() => [County])
  async counties(@Root() a: { countyIds: number[] }, @Ctx() ctx: Context) {
    return (await ctx.loaders.county.loadMany(a.countyIds)).filter((c) => c && !(c instanceof Error));
  }
}

/** The teacher of a registration: read through the registration, whose row scope is the authorization (registrant loader). */
@Resolver(() => CourseRegistration)
export class CourseRegistrationResolver {
  @FieldResolver(() => ID)
  id(@Root() r: CourseRegistrationEntity) {
    return toGlobalId('CourseRegistration', r.id);
  }

  @FieldResolver(() => Course, { nullable: true, description: 'The course (null if you may not see it, e.g. an unpublished one)' })
  course(@Root() r: CourseRegistrationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.courseById.load(r.courseId);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Place on the waitlist (1 = next), for a waitlisted registration' })
  waitlistPosition(@Root() r: CourseRegistrationEntity, @Ctx() ctx: Context) {
    return r.status === 'WAITLISTED' ? ctx.loaders.waitlistPosition.load(r.id) : null;
  }

  @FieldResolver(() => String, { description: "The teacher's name" })
  async teacherName(@Root() r: CourseRegistrationEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.registrant.load(r.teacherId))?.name ?? '';
  }

  @FieldResolver(() => TeacherTitle, { nullable: true, description: "The teacher's title" })
  async teacherTitle(@Root() r: CourseRegistrationEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.registrant.load(r.teacherId))?.title ?? null;
  }

  @Allow('CourseRegistration.nationalIdMasked')
  @FieldResolver(() => String, { nullable: true, description: 'Masked national ID (A12****789)' })
  async nationalIdMasked(@Root() r: CourseRegistrationEntity, @Ctx() ctx: Context) {
    const t = await ctx.loaders.registrant.load(r.teacherId);
    return t ? maskNationalId(t.nationalId) : null;
  }

  @FieldResolver(() => School, { description: "The teacher's school when registering" })
  school(@Root() r: CourseRegistrationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(r.schoolId);
  }

  @FieldResolver(() => Teacher, { nullable: true, description: 'The teacher, if you may read its record (person scope)' })
  teacher(@Root() r: CourseRegistrationEntity, @Ctx() ctx: Context) {
    return ctx.loaders.teacher.load(r.teacherId);
  }
}

const regConnection = (page: Page<CourseRegistrationEntity>, total: number) => toConnection(page, total);

@Resolver(() => Teacher)
export class TeacherRegistrationsResolver {
  @Allow('Teacher.registrations')
  @PagedList()
  @FieldResolver(() => CourseRegistrationConnection, {
    nullable: true,
    description: '我的研習報名: the teacher, its school (CHIEF/CONTACT), the platform',
  })
  async registrations(@Root() t: TeacherEntity, @Args() a: PageArgsInput, @Ctx() ctx: Context) {
    // a first page carries its count; a later one asks for it
    const page = await ctx.loaders.registrationsByTeacher.get({ first: a.first ?? null, after: a.after ?? null }).load(t.id);
    return regConnection(page, page.totalCount ?? (await ctx.loaders.registrationCountByTeacher.load(t.id)));
  }
}

@Resolver(() => School)
export class SchoolCoursesResolver {
  @Allow('School.courseRegistrations')
  @PagedList()
  @FieldResolver(() => CourseRegistrationConnection, {
    nullable: true,
    description: "The school's teachers' registrations (its CHIEF/CONTACT, the platform)",
  })
  async courseRegistrations(@Root() s: UnitEntity, @Args() a: SchoolRegistrationsArgs, @Ctx() ctx: Context) {
    const [page, total] = await Promise.all([
      ctx.loaders.registrationsBySchool.get({ first: a.first ?? null, after: a.after ?? null, approval: a.approval ?? null }).load(s.id),
      ctx.loaders.registrationCountBySchool.get(a.approval ?? null).load(s.id),
    ]);
    return regConnection(page, total);
  }

  @PagedList()
  @FieldResolver(() => CourseConnection, { description: 'Courses the school organises, as you may see them' })
  courses(@Root() s: UnitEntity, @Args() a: PageArgsInput, @Ctx() ctx: Context) {
    return unitCourses(s, a, ctx);
  }
}

@Resolver(() => Unit)
export class UnitCoursesResolver {
  @PagedList()
  @FieldResolver(() => CourseConnection, { description: 'Courses the unit organises, as you may see them' })
  courses(@Root() u: UnitEntity, @Args() a: PageArgsInput, @Ctx() ctx: Context) {
    return unitCourses(u, a, ctx);
  }
}

async function unitCourses(u: UnitEntity, a: PageArgsInput, ctx: Context) {
  const [page, total] = await Promise.all([
    ctx.loaders.coursesByUnit.get({ first: a.first ?? null, after: a.after ?? null }).load(u.id),
    ctx.loaders.courseCountByUnit.load(u.id),
  ]);
  return toConnection(page, total);
}

/** node(id:) finders: a course as the viewer sees it, a registration as the viewer reads it. */
export async function findCourse(ctx: Context, id: number) {
  return ctx.loaders.courseById.load(id);
}
export async function findRegistration(ctx: Context, id: number) {
  return ctx.loaders.registrationById.load(id);
}

export const COURSE_RESOLVERS = [
  CourseResolver,
  CourseSessionResolver,
  CourseAudienceResolver,
  CourseRegistrationResolver,
  TeacherRegistrationsResolver,
  SchoolCoursesResolver,
  UnitCoursesResolver,
] as const;
