import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../shared/node';
import { Connection } from '../../shared/pagination';
import { BusinessRole, Permission, ViewerRole } from '../../shared/enums';
import type { LoggedIn } from '../../auth/viewer';

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

  @Field({ description: 'Lists schools beyond its own (platform, analyst, district, partner keys): the 學校 list is for browsing' })
  browseSchools: boolean;

  @Field({
    description: "Lists teachers of more than one school (platform, district, sync key); a school's CHIEF/CONTACT reads its own school's",
  })
  browseTeachers: boolean;

  @Field({
    description:
      "Reads the e-mail and phone of every teacher it lists (platform, a school's CHIEF/CONTACT, a teacher its own); a district does not",
  })
  readTeacherContacts: boolean;

  @Field({ description: 'May list business accounts' })
  readBusinessAccounts: boolean;

  @Field({ description: "May manage business accounts (a CHIEF its unit's, a district its county's CHIEFs, the platform all)" })
  manageBusinessAccounts: boolean;

  @Field({ description: "May keep teacher records (correctTeachers): a school's CHIEF/CONTACT, a TEACHER_SYNC key, the platform" })
  manageTeachers: boolean;

  @Field({ description: 'May read the audit trail' })
  readAudit: boolean;

  @Field({ description: 'Keeps its own teacher profile (a teacher)' })
  ownProfile: boolean;

  /** Not a field: the viewer, for the flags other modules add (planning, analytics) with their field resolvers. */
  viewer: LoggedIn;
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

@ObjectType({
  description:
    'What you may do to this account, answered by the same policy functions its mutations check (the state may still refuse: CONFLICT)',
})
export class BusinessAccountViewerCan {
  @Field({
    description: 'Manages it: activateBusinessAccount, suspendBusinessAccount, deleteBusinessAccount, setBusinessAccountPermissions',
  })
  manage: boolean;

  @Field({ description: 'May change its role (changeBusinessAccountRole) to one of assignableRoles' })
  changeRole: boolean;

  @Field({ description: 'May appoint a CHIEF at its school (a replacementId, or the CHIEF role)' })
  appointChief: boolean;

  @Field({ description: 'May reset or unlock its login (resetPassword, unlockLogin): its manager, not the holder' })
  resetPassword: boolean;
}
