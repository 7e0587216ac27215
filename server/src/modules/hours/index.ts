import type { ModuleDescriptor } from '../../shared/module';
import { HoursCapabilities } from './capabilities.resolver';
import { certificateFile } from './certificate-file';
import { AttendanceEntity, HoursCorrectionEntity, SessionSignInEntity, SignInFailureEntity, StudyRecordEntity } from './hours.entity';
import { hoursLoaders } from './hours.loaders';
import { HOURS_RULES } from './hours.policy';
import { findHoursCorrection, findStudyRecord, HOURS_RESOLVERS } from './hours.resolver';
import { HoursService } from './hours.service';

/** 核發研習時數: attendance, issuing hours, study records and certificates, corrections, external hours, goal attainment (issue 12). */
export { AttendanceEntity, HoursCorrectionEntity, SessionSignInEntity, SignInFailureEntity, StudyRecordEntity } from './hours.entity';
export { studyRecordScope } from './hours.policy';
export { hoursEarned } from './hours.service';
export { certificateFonts, renderCertificatePdf, type CertificateData } from './certificate-pdf';

type HoursLoaders = ReturnType<typeof hoursLoaders>;
declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof HOURS_RULES, true> {}
}
declare module '../../shared/module' {
  interface Services {
    hours: HoursService;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends HoursLoaders {}
}
declare module '../../shared/global-id' {
  interface NodeTypes {
    StudyRecord: true;
    HoursCorrection: true;
    CourseSession: true;
  }
}

export const hoursModule: ModuleDescriptor = {
  name: 'hours',
  entities: [AttendanceEntity, SessionSignInEntity, SignInFailureEntity, StudyRecordEntity, HoursCorrectionEntity],
  resolvers: [...HOURS_RESOLVERS, HoursCapabilities],
  services: ({ ds, clock }, { audit }) => ({ hours: new HoursService(ds, audit, clock) }),
  loaders: hoursLoaders,
  nodes: { StudyRecord: findStudyRecord, HoursCorrection: findHoursCorrection, CourseSession: null },
  rules: HOURS_RULES,
  files: { certificates: certificateFile },
};
