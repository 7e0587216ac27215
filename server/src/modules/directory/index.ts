import type { ModuleDescriptor } from '../../shared/module';
import { CountyEntity } from './county.entity';
import { directoryLoaders } from './directory.loaders';
import { DIRECTORY_RESOLVERS } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { ReferenceItemEntity } from './reference-item.entity';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from './school-year.entity';
import { teacherExport } from './teacher-export';
import { TEACHER_PROFILE_RESOLVERS } from './teacher-profile.resolver';
import { TeacherProfileService } from './teacher-profile.service';
import { TeacherTransferEntity } from './teacher-transfer.entity';
import { TEACHER_TRANSFER_RESOLVERS } from './teacher-transfer.resolver';
import { TeacherTransferService } from './teacher-transfer.service';
import { TeacherEntity, TeacherSubjectEntity } from './teacher.entity';
import { UnitEntity } from './unit.entity';
import { AuditUnitsResolver } from './audit-fields.resolver';
import { schoolRules } from './school.policy';
import { readsTeachers, teacherRules } from './teacher.policy';
import { teacherTransferRules } from './teacher-transfer.policy';
import { VIEWER_CAN_RESOLVERS } from './viewer-can.resolver';

const directoryRules = { ...schoolRules, ...teacherRules, ...teacherTransferRules };

/** Counties, school years, units (schools and organisers), teachers, their profiles and transfers. */
export { CountyEntity } from './county.entity';
export { ReferenceItemEntity } from './reference-item.entity';
export { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from './school-year.entity';
export { TeacherEntity, TeacherSubjectEntity } from './teacher.entity';
export { TeacherTransferEntity } from './teacher-transfer.entity';
export { UnitEntity } from './unit.entity';
export { County, PlanWindow, School, SchoolViewerCan, SchoolYear, Teacher, TeacherViewerCan, Unit } from './directory.types';
export { DirectoryService } from './directory.service';
export { browsesSchools, countyOfUnit, schoolScope } from './school.policy';
export {
  browsesTeachers,
  keepsOwnProfile,
  keepsTeachers,
  managesTeachersOf,
  readsContactsOfListed,
  readsTeachers,
  readsTeachersOf,
  receivesTeachersAt,
  recognisesTeacher,
  teacherScope,
} from './teacher.policy';
export { teacherSheet } from './teacher-export';

type DirectoryLoaders = ReturnType<typeof directoryLoaders>;
declare module '../../shared/module' {
  interface Services {
    directory: DirectoryService;
    teacherProfiles: TeacherProfileService;
    teacherTransfers: TeacherTransferService;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends DirectoryLoaders {}
}
declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof directoryRules, true> {}
}
declare module '../../shared/global-id' {
  interface NodeTypes {
    County: true;
    Unit: true;
    School: true;
    SchoolYear: true;
    Teacher: true;
    TeacherTransfer: true;
  }
}

export const directoryModule: ModuleDescriptor = {
  name: 'directory',
  entities: [
    CountyEntity,
    SchoolYearEntity,
    CountySchoolYearEntity,
    PlanWindowEntity,
    UnitEntity,
    TeacherEntity,
    TeacherSubjectEntity,
    ReferenceItemEntity,
    TeacherTransferEntity,
  ],
  resolvers: [
    ...DIRECTORY_RESOLVERS,
    ...TEACHER_PROFILE_RESOLVERS,
    ...TEACHER_TRANSFER_RESOLVERS,
    AuditUnitsResolver,
    ...VIEWER_CAN_RESOLVERS,
  ],
  rules: directoryRules,
  services: ({ ds, clock }, { audit }) => ({
    directory: new DirectoryService(ds),
    teacherProfiles: new TeacherProfileService(ds, audit, clock),
    teacherTransfers: new TeacherTransferService(ds, audit, clock),
  }),
  loaders: directoryLoaders,
  nodes: {
    County: null,
    Unit: null,
    TeacherTransfer: null,
    School: (ctx, id) => ctx.services.directory.schoolFor(ctx.viewer, id),
    // batched through the request's scoped loader (the same teacherScope): many node(id:) in one request are one statement
    Teacher: async (ctx, id) => (readsTeachers(ctx.viewer) ? ctx.loaders.teacher.load(id) : null),
    SchoolYear: async (ctx, id) => (await ctx.services.directory.schoolYears()).find((y) => y.year === id) ?? null,
  },
  downloads: { teachers: teacherExport },
};
