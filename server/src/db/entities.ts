import { CountyEntity } from '../modules/directory/county.entity';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from '../modules/directory/school-year.entity';
import { UnitEntity } from '../modules/directory/unit.entity';
import { TeacherEntity, TeacherSubjectEntity } from '../modules/directory/teacher.entity';
import { BusinessAccountEntity } from '../modules/accounts/business-account.entity';
import { StaffAccountEntity } from '../modules/accounts/staff-account.entity';
import { CredentialEntity } from '../modules/accounts/credential.entity';
import { LoginSessionEntity } from '../modules/accounts/login-session.entity';
import {
  DemandSummaryEntity, ParticipationSummaryEntity, PlanReopeningEntity, ReminderEntity, SurveyResponseEntity,
} from '../modules/planning/planning-cycle.entity';
import { ApiKeyEntity } from '../modules/partners/api-key.entity';
import { TeacherTransferEntity } from '../modules/directory/teacher-transfer.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { ReferenceItemEntity } from '../modules/directory/reference-item.entity';
import {
  SchoolPlanChoiceEntity, SchoolPlanDomainEntity, SchoolPlanEntity, SchoolPlanTeacherEntity,
  TeacherPlanChoiceEntity, TeacherPlanDomainEntity, TeacherPlanEntity,
} from '../modules/planning/plan.entity';

export const ENTITIES = [
  CountyEntity, SchoolYearEntity, CountySchoolYearEntity, PlanWindowEntity, UnitEntity,
  TeacherEntity, TeacherSubjectEntity, BusinessAccountEntity, StaffAccountEntity, CredentialEntity,
  SchoolPlanEntity, SchoolPlanTeacherEntity, SchoolPlanChoiceEntity, SchoolPlanDomainEntity,
  TeacherPlanEntity, TeacherPlanChoiceEntity, TeacherPlanDomainEntity, AuditEventEntity, ReferenceItemEntity,
  PlanReopeningEntity, DemandSummaryEntity, ParticipationSummaryEntity, SurveyResponseEntity, ReminderEntity, ApiKeyEntity, TeacherTransferEntity,
  LoginSessionEntity,
];
