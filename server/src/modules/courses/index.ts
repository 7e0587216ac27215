import type { ModuleDescriptor } from '../../shared/module';
import { CourseAudienceEntity, CourseChoiceEntity, CourseEntity, CourseRegistrationEntity, CourseSessionEntity } from './course.entity';
import { CourseCapabilities } from './capabilities.resolver';
import { courseLoaders } from './course.loaders';
import { COURSE_RULES } from './course.policy';
import { COURSE_RESOLVERS, findCourse, findRegistration } from './course.resolver';
import { CourseService } from './course.service';
import { RegistrationService } from './registration.service';
import { rosterExport } from './roster-export';

/** 研習課程: courses, their approval and publication, the catalog, registration and waitlists, rosters and participant uploads (issue 11). */
export { CourseAudienceEntity, CourseChoiceEntity, CourseEntity, CourseRegistrationEntity, CourseSessionEntity } from './course.entity';
export { Course, CourseRegistration, CourseSession } from './course.types';
export {
  approvesCourseOf,
  approvesCourses,
  closedForHours,
  courseScope,
  enrolsItself,
  managesCourse,
  managesCourses,
  registrationScope,
} from './course.policy';
export { courseSearchText, normaliseSearch } from './search';
export { nationalIdsOf, readSheet, timesOfSessions, schoolYearOf } from './course-input';

type CourseLoaders = ReturnType<typeof courseLoaders>;
declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof COURSE_RULES, true> {}
}
declare module '../../shared/module' {
  interface Services {
    courses: CourseService;
    registrations: RegistrationService;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends CourseLoaders {}
}
declare module '../../shared/global-id' {
  interface NodeTypes {
    Course: true;
    CourseRegistration: true;
  }
}

export const coursesModule: ModuleDescriptor = {
  name: 'courses',
  entities: [CourseEntity, CourseChoiceEntity, CourseAudienceEntity, CourseSessionEntity, CourseRegistrationEntity],
  resolvers: [...COURSE_RESOLVERS, CourseCapabilities],
  services: ({ ds, clock }, { audit }) => ({
    courses: new CourseService(ds, audit, clock),
    registrations: new RegistrationService(ds, audit, clock),
  }),
  loaders: courseLoaders,
  nodes: { Course: findCourse, CourseRegistration: findRegistration },
  rules: COURSE_RULES,
  downloads: { 'course-roster': rosterExport },
};
