import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { badInput } from '../../shared/errors';
import { PageArgsInput, toConnection } from '../../shared/pagination';
import { Stage, Subject, TeacherTitle } from '../../shared/enums';
import { maskNationalId } from '../../shared/national-id';
import { semesterOf } from '../../shared/semester';
import {
  County,
  CountySchedule,
  PlanWindow,
  School,
  SchoolConnection,
  SchoolYear,
  Teacher,
  TeacherConnection,
  Unit,
} from './directory.types';
import { CountyEntity } from './county.entity';
import { CountySchoolYearEntity, SchoolYearEntity } from './school-year.entity';
import { stagesOf, UnitEntity } from './unit.entity';
import { TeacherEntity } from './teacher.entity';
import { ListSize, PagedList, SIZES } from '../../shared/cost-directives';

@ArgsType()
class SchoolsArgs extends PageArgsInput {
  @Field(() => ID, { nullable: true, description: 'Only schools of this county' })
  countyId?: string | null;

  @Field(() => Stage, { nullable: true, description: 'Only schools with this stage' })
  stage?: Stage | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name (台/臺, 國小/國民小學 and other short forms alike) or of the school code',
  })
  search?: string | null;
}

@ArgsType()
class TeachersArgs extends PageArgsInput {
  @Field(() => ID, { nullable: true, description: 'Only teachers of this school' })
  schoolId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Part of the teacher's name, of the school's name (台/臺, 國小/國民小學 alike) or code, or the masked national ID as shown (A12****789, or its first characters)",
  })
  search?: string | null;

  @Field(() => TeacherTitle, { nullable: true, description: 'Only teachers with this title' })
  title?: TeacherTitle | null;

  @Field(() => Subject, { nullable: true, description: 'Only teachers teaching this subject' })
  subject?: Subject | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only teachers who confirmed (true) or did not confirm (false) their profile this semester',
  })
  confirmed?: boolean | null;
}

@Resolver()
export class DirectoryQueries {
  @ListSize(SIZES.counties)
  @Query(() => [County], { description: 'The 23 counties in the seed order (public)' })
  counties(@Ctx() ctx: Context) {
    return ctx.services.directory.counties();
  }

  @ListSize(SIZES.schoolYears)
  @Query(() => [SchoolYear], { description: 'School years with their service periods (public)' })
  schoolYears(@Ctx() ctx: Context) {
    return ctx.services.directory.schoolYears();
  }

  @ListSize(20)
  @Query(() => [Unit], {
    description:
      'Units (schools and course organisers) by part of the name (台/臺, 國小/國民小學 alike) or of the code, at most 20 (public: for applications)',
  })
  unitsByName(@Arg('search') search: string, @Arg('countyId', () => ID, { nullable: true }) countyId: string | null, @Ctx() ctx: Context) {
    if (search.length > 50) throw badInput('search', 'TOO_LONG', 'At most 50 characters', { maxLength: 50 });
    return ctx.services.directory.unitsByName(search, countyId ? idOfType(countyId, 'County', 'countyId') : null);
  }

  @Allow('Query.schools')
  @PagedList()
  @Query(() => SchoolConnection, { description: 'Schools in your scope: all, your county (district) or your own school' })
  async schools(@Args() args: SchoolsArgs, @Ctx() ctx: Context) {
    const countyId = args.countyId ? idOfType(args.countyId, 'County', 'countyId') : null;
    const page = await ctx.services.directory.schools(ctx.viewer, { countyId, stage: args.stage, search: args.search }, args);
    for (const s of page.nodes) ctx.loaders.unit.prime(s.id, s);
    return toConnection(page, page.totalCount);
  }

  @Allow('Query.teachers')
  @PagedList()
  @Query(() => TeacherConnection, { description: 'Teachers in your scope (platform, district, school CHIEF/CONTACT, or yourself)' })
  async teachers(@Args() args: TeachersArgs, @Ctx() ctx: Context) {
    const schoolId = args.schoolId ? idOfType(args.schoolId, 'School', 'schoolId') : null;
    const page = await ctx.services.directory.teachers(
      ctx.viewer,
      {
        schoolId,
        search: args.search,
        title: args.title,
        subject: args.subject,
        confirmed: args.confirmed,
        semester: semesterOf(ctx.services.clock.now()),
      },
      args,
    );
    for (const t of page.nodes) ctx.loaders.teacher.prime(t.id, t);
    return toConnection(page, page.totalCount);
  }
}

@Resolver(() => County)
export class CountyResolver {
  @FieldResolver(() => ID)
  id(@Root() c: CountyEntity) {
    return toGlobalId('County', c.id);
  }

  @FieldResolver(() => Int)
  order(@Root() c: CountyEntity) {
    return c.id;
  }

  @ListSize(SIZES.schoolYears)
  @FieldResolver(() => [CountySchedule], { description: 'Plan group and teacher wave per school year' })
  schedules(@Root() c: CountyEntity, @Ctx() ctx: Context) {
    return ctx.loaders.schedulesByCounty.load(c.id);
  }
}

@Resolver(() => CountySchedule)
export class CountyScheduleResolver {
  @FieldResolver(() => County)
  county(@Root() s: CountySchoolYearEntity, @Ctx() ctx: Context) {
    return ctx.loaders.county.load(s.countyId);
  }
}

@Resolver(() => SchoolYear)
export class SchoolYearResolver {
  @FieldResolver(() => ID)
  id(@Root() y: SchoolYearEntity) {
    return toGlobalId('SchoolYear', y.year);
  }

  @ListSize(SIZES.windowsPerYear)
  @FieldResolver(() => [PlanWindow], { description: 'School-plan windows per group and teacher-plan windows per wave' })
  windows(@Root() y: SchoolYearEntity, @Ctx() ctx: Context) {
    return ctx.loaders.windowsByYear.load(y.year);
  }
}

@Resolver(() => Unit)
export class UnitResolver {
  @FieldResolver(() => ID)
  id(@Root() u: UnitEntity) {
    return toGlobalId(u.kind === 'SCHOOL' ? 'School' : 'Unit', u.id);
  }

  @FieldResolver(() => County, { nullable: true })
  county(@Root() u: UnitEntity, @Ctx() ctx: Context) {
    return u.countyId ? ctx.loaders.county.load(u.countyId) : null;
  }
}

@Resolver(() => School)
export class SchoolResolver {
  @FieldResolver(() => ID)
  id(@Root() s: UnitEntity) {
    return toGlobalId('School', s.id);
  }

  @FieldResolver(() => County)
  county(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    return ctx.loaders.county.load(s.countyId!);
  }

  @FieldResolver(() => [Stage], { description: '教育階段 (a 完全中學 has more than one)' })
  stages(@Root() s: UnitEntity) {
    return stagesOf(s);
  }

  @Allow('School.teachers')
  @PagedList()
  @FieldResolver(() => TeacherConnection, { nullable: true, description: "The school's teachers you may read" })
  async teachers(@Root() s: UnitEntity, @Args() args: PageArgsInput, @Ctx() ctx: Context) {
    const [page, total] = await Promise.all([
      ctx.loaders.teachersBySchool.get({ first: args.first ?? null, after: args.after ?? null }).load(s.id),
      ctx.loaders.teacherCountBySchool.load(s.id),
    ]);
    return toConnection(page, total);
  }
}

@Resolver(() => Teacher)
export class TeacherResolver {
  @FieldResolver(() => ID)
  id(@Root() t: TeacherEntity) {
    return toGlobalId('Teacher', t.id);
  }

  @FieldResolver(() => School)
  school(@Root() t: TeacherEntity, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(t.schoolId);
  }

  @FieldResolver(() => [Subject], { description: '任教科目 of the current semester' })
  subjects(@Root() t: TeacherEntity, @Ctx() ctx: Context) {
    return ctx.loaders.subjectsByTeacher.load(t.id);
  }

  @Allow('Teacher.nationalId')
  @FieldResolver(() => String, { nullable: true, description: '身分證字號: to the person and the platform only' })
  nationalId(@Root() t: TeacherEntity) {
    return t.nationalId;
  }

  @Allow('Teacher.nationalIdMasked')
  @FieldResolver(() => String, { nullable: true, description: 'Masked national ID, e.g. A12****789' })
  nationalIdMasked(@Root() t: TeacherEntity) {
    return maskNationalId(t.nationalId);
  }

  @Allow('Teacher.email')
  @FieldResolver(() => String, { nullable: true })
  email(@Root() t: TeacherEntity) {
    return t.email;
  }

  @Allow('Teacher.phone')
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() t: TeacherEntity) {
    return t.phone;
  }
}

export const DIRECTORY_RESOLVERS = [
  DirectoryQueries,
  CountyResolver,
  CountyScheduleResolver,
  SchoolYearResolver,
  UnitResolver,
  SchoolResolver,
  TeacherResolver,
] as const;
