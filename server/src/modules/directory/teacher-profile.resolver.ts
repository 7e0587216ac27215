import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { idOfType } from '../../shared/global-id';
import { Subject, TeacherTitle } from '../../shared/enums';
import { semesterOf } from '../../shared/semester';
import { School, Teacher } from './directory.types';
import type { TeacherEntity } from './teacher.entity';
import type { UnitEntity } from './unit.entity';
import type { ReferenceList as ReferenceListName } from './teacher-profile.service';
import { ListSize, SIZES } from '../../shared/cost-directives';

export const ReferenceList = { SUBJECT: 'SUBJECT', TITLE: 'TITLE' } as const;
registerEnumType(ReferenceList, {
  name: 'ReferenceList',
  description: 'A reference list the platform maintains',
  valuesConfig: { SUBJECT: { description: '任教科目 (teaching subjects)' }, TITLE: { description: '職稱 (titles)' } },
});

@ObjectType({ description: 'An option of a reference list: its code (the enum value), labels and whether it is offered' })
class ReferenceItem {
  @Field(() => ReferenceList)
  list: ReferenceListName;

  @Field()
  code: string;

  @Field()
  zh: string;

  @Field()
  en: string;

  @Field({ description: 'Offered for new choices; inactive options stay on existing records' })
  active: boolean;
}

@InputType()
class ReferenceItemInput {
  @Field(() => ReferenceList)
  list: ReferenceListName;

  @Field()
  code: string;

  @Field()
  active: boolean;

  @Field(() => String, { nullable: true, description: 'New Chinese label (empty: the default)' })
  zh?: string | null;

  @Field(() => String, { nullable: true, description: 'New English label (empty: the default)' })
  en?: string | null;
}

@ObjectType({ description: "A teacher's confirmation of its profile (附件一)" })
class ProfileConfirmation {
  @Field(() => String, { nullable: true, description: "The semester last confirmed, e.g. '109-1'" })
  semester: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  confirmedAt: Date | null;

  @Field({ description: 'Confirmed for the current semester' })
  current: boolean;
}

@ObjectType({ description: "A school's review of its teachers' profiles this semester" })
class TeacherReview {
  @Field({ description: 'The current semester' })
  semester: string;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the review was marked done for this semester' })
  reviewedAt: Date | null;

  @Field()
  done: boolean;

  @Field(() => Int, { description: 'Teachers who confirmed their profile this semester' })
  confirmedTeachers: number;

  @Field(() => Int)
  teachers: number;
}

@InputType({ description: "A teacher's own profile: only the fields given change (empty e-mail/phone clears them)" })
class MyProfileInput {
  @Field(() => TeacherTitle, { nullable: true })
  title?: TeacherTitle | null;

  @Field(() => [Subject], { nullable: true, description: 'Teaching subjects of the current semester (1-6)' })
  subjects?: Subject[] | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: "A school's correction of one teacher's title and/or subjects" })
class TeacherCorrectionInput {
  @Field(() => ID)
  id: string;

  @Field(() => TeacherTitle, { nullable: true })
  title?: TeacherTitle | null;

  @Field(() => [Subject], { nullable: true })
  subjects?: Subject[] | null;
}

@InputType()
class NewTeacherInput {
  @Field(() => ID)
  schoolId: string;

  @Field()
  nationalId: string;

  @Field()
  name: string;

  @Field(() => TeacherTitle)
  title: TeacherTitle;

  @Field(() => [Subject])
  subjects: Subject[];

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@Resolver()
export class TeacherProfileMutations {
  @Query(() => String, { description: "The current semester in Taiwan time, e.g. '115-1'" })
  currentSemester(@Ctx() ctx: Context) {
    return semesterOf(ctx.services.clock.now());
  }

  @ListSize(SIZES.referenceItems)
  @Query(() => [ReferenceItem], { description: 'A reference list (titles, subjects) as the platform keeps it (public)' })
  referenceItems(@Arg('list', () => ReferenceList) list: ReferenceListName, @Ctx() ctx: Context) {
    return ctx.services.teacherProfiles.referenceList(list);
  }

  @Allow('Mutation.setReferenceItem')
  @Mutation(() => ReferenceItem, { description: 'Offer or withdraw an option of a reference list, or relabel it (platform)' })
  setReferenceItem(@Arg('input') input: ReferenceItemInput, @Ctx() ctx: Context) {
    return ctx.services.teacherProfiles.setReferenceItem(ctx.viewer, input);
  }

  @Allow('Mutation.updateMyProfile')
  @Mutation(() => Teacher, { description: '[修改個人基本資料] a teacher updates its title, subjects and contact details' })
  updateMyProfile(@Arg('input') input: MyProfileInput, @Ctx() ctx: Context) {
    return ctx.services.teacherProfiles.updateMine(ctx.viewer, input);
  }

  @Allow('Mutation.confirmMyProfile')
  @Mutation(() => Teacher, { description: 'A teacher confirms its profile for the current semester' })
  confirmMyProfile(@Ctx() ctx: Context) {
    return ctx.services.teacherProfiles.confirmMine(ctx.viewer);
  }

  @Allow('Mutation.correctTeachers')
  @ListSize(SIZES.correctTeachers)
  @Mutation(() => [Teacher], { description: "The school corrects teachers' titles and subjects, one or many at once (all or nothing)" })
  correctTeachers(@Arg('items', () => [TeacherCorrectionInput]) items: TeacherCorrectionInput[], @Ctx() ctx: Context) {
    return ctx.services.teacherProfiles.correct(
      ctx.viewer,
      items.map((i, n) => ({ id: idOfType(i.id, 'Teacher', `items.${n}.id`), title: i.title, subjects: i.subjects })),
    );
  }

  @Allow('Mutation.markTeacherReviewDone')
  @Mutation(() => School, { description: "The school marks this semester's review of its teachers done" })
  markTeacherReviewDone(@Arg('schoolId', () => ID) schoolId: string, @Ctx() ctx: Context) {
    return ctx.services.teacherProfiles.markReviewDone(ctx.viewer, idOfType(schoolId, 'School', 'schoolId'));
  }

  @Allow('Mutation.addTeacher')
  @Mutation(() => Teacher, { description: 'Add a teacher to a school (its CHIEF/CONTACT, its district, the platform)' })
  addTeacher(@Arg('input') input: NewTeacherInput, @Ctx() ctx: Context) {
    return ctx.services.teacherProfiles.add(ctx.viewer, { ...input, schoolId: idOfType(input.schoolId, 'School', 'schoolId') });
  }
}

@Resolver(() => Teacher)
export class TeacherProfileFields {
  @Allow('Teacher.profileConfirmation')
  @FieldResolver(() => ProfileConfirmation, { nullable: true, description: 'Whether the teacher confirmed its profile this semester' })
  profileConfirmation(@Root() t: TeacherEntity, @Ctx() ctx: Context) {
    return {
      semester: t.profileConfirmedSemester,
      confirmedAt: t.profileConfirmedAt,
      current: t.profileConfirmedSemester === semesterOf(ctx.services.clock.now()),
    };
  }
}

@Resolver(() => School)
export class SchoolReviewFields {
  @Allow('School.teacherReview')
  @FieldResolver(() => TeacherReview, { nullable: true, description: "This semester's review of the school's teacher profiles" })
  async teacherReview(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    const semester = semesterOf(ctx.services.clock.now());
    const { confirmed, total } = await ctx.loaders.confirmationsBySchool.load(s.id);
    const done = s.teacherReviewSemester === semester;
    return { semester, reviewedAt: done ? s.teacherReviewAt : null, done, confirmedTeachers: confirmed, teachers: total };
  }
}

export const TEACHER_PROFILE_RESOLVERS = [TeacherProfileMutations, TeacherProfileFields, SchoolReviewFields] as const;
