import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { School, SchoolViewerCan, Teacher, TeacherViewerCan } from './directory.types';
import type { TeacherEntity } from './teacher.entity';
import type { UnitEntity } from './unit.entity';
import {
  managesTeachersOf,
  readsContactOf,
  readsNationalIdOf,
  readsTeachersOf,
  receivesTeachersAt,
  reviewsTeachersOf,
} from './teacher.policy';

/**
 * `School.viewerCan` and `Teacher.viewerCan`: the object itself is the root of its viewerCan, so
 * every module answers its own flags (planning's `fillPlan`, accounts' `resetPassword` ...) from its
 * own policy, as its mutations do.
 */
@Resolver(() => School)
export class SchoolViewerCanField {
  @FieldResolver(() => SchoolViewerCan, { description: 'What you may do to this school (the UI shows its actions from this)' })
  viewerCan(@Root() s: UnitEntity) {
    return s;
  }
}

@Resolver(() => SchoolViewerCan)
export class SchoolViewerCanResolver {
  @FieldResolver(() => Boolean)
  readTeachers(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    return readsTeachersOf(ctx.viewer, s);
  }

  @FieldResolver(() => Boolean)
  manageTeachers(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    return reviewsTeachersOf(ctx.viewer, s);
  }

  @FieldResolver(() => Boolean)
  addTeachers(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    return receivesTeachersAt(ctx.viewer, s);
  }
}

@Resolver(() => Teacher)
export class TeacherViewerCanField {
  @FieldResolver(() => TeacherViewerCan, { description: 'What you may do to this teacher (the UI shows its actions from this)' })
  viewerCan(@Root() t: TeacherEntity) {
    return t;
  }
}

@Resolver(() => TeacherViewerCan)
export class TeacherViewerCanResolver {
  @FieldResolver(() => Boolean)
  async correct(@Root() t: TeacherEntity, @Ctx() ctx: Context) {
    const school = await ctx.loaders.unit.load(t.schoolId);
    return !!school && managesTeachersOf(ctx.viewer, school);
  }

  @FieldResolver(() => Boolean)
  readContact(@Root() t: TeacherEntity, @Ctx() ctx: Context) {
    return readsContactOf(ctx.viewer, t);
  }

  @FieldResolver(() => Boolean)
  readNationalId(@Root() t: TeacherEntity, @Ctx() ctx: Context) {
    return readsNationalIdOf(ctx.viewer, t);
  }
}

export const VIEWER_CAN_RESOLVERS = [
  SchoolViewerCanField,
  SchoolViewerCanResolver,
  TeacherViewerCanField,
  TeacherViewerCanResolver,
] as const;
