import type { MigrationInterface } from 'typeorm';
import { Init1764000000000 } from './1764000000000-Init';
import { AccountsAndProfiles1764100000000 } from './1764100000000-AccountsAndProfiles';
import { PlanningCycle1764200000000 } from './1764200000000-PlanningCycle';
import { ReportIndex1764300000000 } from './1764300000000-ReportIndex';
import { ApiKeys1764400000000 } from './1764400000000-ApiKeys';
import { LoginHardening1765300000000 } from './1765300000000-LoginHardening';
import { DisclosureControl1765400000000 } from './1765400000000-DisclosureControl';
import { TeacherTransfers1765500000000 } from './1765500000000-TeacherTransfers';
import { AuditVocabulary1765600000000 } from './1765600000000-AuditVocabulary';
import { Courses1765700000000 } from './1765700000000-Courses';
import { Messaging1765800000000 } from './1765800000000-Messaging';
import { Webhooks1765900000000 } from './1765900000000-Webhooks';
import { CourseCatalogIndex1765910000000 } from './1765910000000-CourseCatalogIndex';
import { SupplyDemand1765920000000 } from './1765920000000-SupplyDemand';
import { ExportJobs1765930000000 } from './1765930000000-ExportJobs';
import { StudyHours1765940000000 } from './1765940000000-StudyHours';
import { SupplyCountySummary1765970000000 } from './1765970000000-SupplyCountySummary';
import { CatalogCountyIndex1765971000000 } from './1765971000000-CatalogCountyIndex';
import { ExportResume1765980000000 } from './1765980000000-ExportResume';

/** Every migration, in order. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Init1764000000000,
  AccountsAndProfiles1764100000000,
  PlanningCycle1764200000000,
  ReportIndex1764300000000,
  ApiKeys1764400000000,
  LoginHardening1765300000000,
  DisclosureControl1765400000000,
  TeacherTransfers1765500000000,
  AuditVocabulary1765600000000,
  Courses1765700000000,
  Messaging1765800000000,
  Webhooks1765900000000,
  CourseCatalogIndex1765910000000,
  SupplyDemand1765920000000,
  ExportJobs1765930000000,
  StudyHours1765940000000,
  SupplyCountySummary1765970000000,
  CatalogCountyIndex1765971000000,
  ExportResume1765980000000,
];
