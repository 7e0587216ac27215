import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../shared/node';
import { Connection } from '../../shared/pagination';
import { BusinessRole, Permission, ViewerRole } from '../../shared/enums';

@ObjectType({ implements: Node, description: '業務帳號: a person acting for a unit' })
export class BusinessAccount extends Node {
  @Field({ description: "Holder's name" })
  name: string;

  @Field(() => BusinessRole)
  role: BusinessRole;
}

export const BusinessAccountConnection = Connection(BusinessAccount, 'BusinessAccount');

@ObjectType({ description: 'What the viewer may use (the server decides; the UI shows accordingly)' })
export class ViewerCapabilities {
  @Field({ description: 'May list schools' })
  readSchools: boolean;

  @Field({ description: 'May list teachers (its own record for a teacher)' })
  readTeachers: boolean;

  @Field({ description: 'May list business accounts' })
  readBusinessAccounts: boolean;

  @Field({ description: "May manage business accounts (a CHIEF its unit's, a district its county's CHIEFs, the platform all)" })
  manageBusinessAccounts: boolean;

  @Field({ description: "May keep teacher records (correct, review, add): a school's CHIEF/CONTACT, the platform" })
  manageTeachers: boolean;

  @Field({ description: 'May read the audit trail' })
  readAudit: boolean;

  @Field({ description: 'Keeps its own teacher profile (a teacher)' })
  ownProfile: boolean;

  @Field({ description: "Fills its school's plan (the school's CHIEF/CONTACT)" })
  fillSchoolPlan: boolean;

  @Field({ description: 'Fills its own teacher plan (a teacher)' })
  fillTeacherPlan: boolean;

  @Field({ description: 'Answers the satisfaction survey after a submitted plan' })
  answerSurvey: boolean;

  @Field({ description: 'Follows the filling progress, the reward list and the survey results (platform, analyst, district)' })
  followProgress: boolean;

  @Field({ description: 'Reminds schools and reopens plans (platform, district)' })
  remindAndReopen: boolean;

  @Field({ description: 'Sets up school years and windows (platform)' })
  configureSchoolYears: boolean;

  @Field({ description: 'Reads the demand analysis across counties (platform, analyst, district)' })
  readStatistics: boolean;

  @Field({ description: "Reads its own school's statistics against its county and the nation (the statistics permission)" })
  readSchoolStatistics: boolean;
}

@ObjectType({ description: 'Who is asking: the logged-in account and what it acts as' })
export class Viewer {
  @Field()
  username: string;

  @Field()
  name: string;

  @Field(() => ViewerRole)
  role: ViewerRole;

  @Field(() => [Permission], { description: "A business account's permissions; empty for others" })
  permissions: Permission[];

  @Field(() => ViewerCapabilities)
  can: ViewerCapabilities;

  @Field({ description: 'After a password reset: change the password (changeMyPassword) before anything else' })
  mustChangePassword: boolean;
}

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;

  @Field(() => Viewer)
  viewer: Viewer;
}
