import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ViewerCapabilities } from '../accounts';
import { approvesCourses, decidesAttendance, enrolsItself, managesCourses, registersCourses } from './course.policy';

/** The course flags of `me.can` (the navigation of the course pages), from this module's policy. */
@Resolver(() => ViewerCapabilities)
export class CourseCapabilities {
  @FieldResolver(() => Boolean, {
    description: "研習課程登錄: creates and submits its unit's courses (COURSE_REGISTRATION, a district centre, the platform)",
  })
  registerCourses(@Root() c: ViewerCapabilities) {
    return registersCourses(c.viewer);
  }

  @FieldResolver(() => Boolean, {
    description: "研習課程管理: edits its unit's courses, their rosters and uploads (COURSE_MANAGEMENT, a district centre, the platform)",
  })
  manageCourses(@Root() c: ViewerCapabilities) {
    return managesCourses(c.viewer);
  }

  @FieldResolver(() => Boolean, {
    description: "課程審核: approves or returns submitted courses (a district its schools', the platform the others')",
  })
  approveCourses(@Root() c: ViewerCapabilities) {
    return approvesCourses(c.viewer);
  }

  @FieldResolver(() => Boolean, { description: 'Enrols in courses for itself (a teacher: 我的研習報名)' })
  enrolInCourses(@Root() c: ViewerCapabilities) {
    return enrolsItself(c.viewer);
  }

  @FieldResolver(() => Boolean, {
    description: "Reads its school's teachers' registrations and decides their 公假 (the school's CHIEF/CONTACT)",
  })
  decideCourseRegistrations(@Root() c: ViewerCapabilities) {
    return decidesAttendance(c.viewer);
  }
}
