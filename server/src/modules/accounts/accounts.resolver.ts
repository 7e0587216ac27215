import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { viewerRole, type LoggedIn, type Viewer as ViewerState } from '../../auth/viewer';
import { readsAudit } from '../audit';
import { fromGlobalId, toGlobalId } from '../../shared/global-id';
import { toConnection } from '../../shared/pagination';
import { AccountStatus, bitsToPermissions, BusinessRole, Permission, UnitKind } from '../../shared/enums';
import { maskNationalId } from '../../shared/national-id';
import { badInput } from '../../shared/errors';
import {
  browsesSchools,
  browsesTeachers,
  County,
  keepsOwnProfile,
  keepsTeachers,
  readsContactsOfListed,
  readsTeachers,
  School,
  Teacher,
  TeacherViewerCan,
  Unit,
} from '../directory';
import { PageArgsInput } from '../../shared/pagination';
import type { TeacherEntity, UnitEntity } from '../directory';
import { BusinessAccount, BusinessAccountConnection, BusinessAccountViewerCan, LoginPayload, Viewer } from './accounts.types';
import {
  assignableRolesOf,
  grantablePermissionsOf,
  managesAccount,
  managesAccountsOf,
  readsBusinessAccounts,
  resetsLoginOf,
  rolesFor,
} from './business-account.policy';
import { resetsTeacherLoginAt } from './login.policy';
import type { BusinessAccountEntity } from './business-account.entity';
import { ListSize, PagedList, SIZES } from '../../shared/cost-directives';

@ArgsType()
class BusinessAccountsArgs extends PageArgsInput {
  @Field(() => ID, { nullable: true, description: 'Only accounts of this unit (a School or Unit ID)' })
  unitId?: string | null;

  @Field(() => [BusinessRole], { nullable: true, description: 'Only these roles' })
  roles?: BusinessRole[] | null;

  @Field(() => [AccountStatus], { nullable: true, description: 'Only these statuses' })
  statuses?: AccountStatus[] | null;

  @Field(() => [UnitKind], { nullable: true, description: 'Only accounts of units of these kinds (e.g. the non-school organisers)' })
  unitKinds?: UnitKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Part of the holder's name, the username, the unit name (台/臺, 國小/國民小學 alike) or the unit code",
  })
  search?: string | null;
}

/** The GraphQL Viewer of a logged-in viewer. */
function viewerShape(v: LoggedIn) {
  return {
    ...v,
    role: viewerRole(v),
    permissions: v.kind === 'BUSINESS' ? v.permissions : [],
    // the root of ViewerCapabilities: the flags of this module, and the viewer for those other modules add
    can: {
      viewer: v,
      readSchools: true,
      readTeachers: readsTeachers(v),
      browseSchools: browsesSchools(v),
      browseTeachers: browsesTeachers(v),
      readTeacherContacts: readsContactsOfListed(v),
      readBusinessAccounts: readsBusinessAccounts(v),
      manageBusinessAccounts: readsBusinessAccounts(v),
      manageTeachers: keepsTeachers(v),
      readAudit: readsAudit(v),
      ownProfile: keepsOwnProfile(v),
    },
  };
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { nullable: true, description: 'Who is asking; null when not logged in' })
  me(@Ctx() ctx: Context) {
    return ctx.viewer.kind === 'ANONYMOUS' ? null : viewerShape(ctx.viewer);
  }

  @Mutation(() => LoginPayload, {
    description:
      'Log in; a wrong password and an unknown user get the same UNAUTHENTICATED error. Repeated failures earn ' +
      'growing delays per account and per address (RATE_LIMITED with retryAfterSeconds): docs/API.md, "Logins and sessions"',
  })
  async login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: Context) {
    if (!username.trim()) throw badInput('username', 'FIELD_REQUIRED', 'Username is required');
    if (username.length > 64) throw badInput('username', 'TOO_LONG', 'At most 64 characters', { maxLength: 64 });
    if (!password) throw badInput('password', 'FIELD_REQUIRED', 'Password is required');
    if (password.length > 128) throw badInput('password', 'TOO_LONG', 'At most 128 characters', { maxLength: 128 });
    const { token, expiresAt, viewer } = await ctx.services.accounts.login(username, password, ctx.clientAddress);
    return { token, expiresAt, viewer: viewerShape(viewer as LoggedIn) };
  }

  @Allow('Mutation.logout')
  @Mutation(() => Boolean, { description: "End this token's session: the token is refused from now on" })
  async logout(@Ctx() ctx: Context) {
    await ctx.services.accounts.logout(ctx.viewer);
    return true;
  }

  @Allow('Mutation.logoutEverywhere')
  @Mutation(() => Int, { description: "End every session of the person (all its logins' tokens, this one included); returns how many" })
  logoutEverywhere(@Ctx() ctx: Context) {
    return ctx.services.accounts.logoutEverywhere(ctx.viewer);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit the viewer acts for (school, district centre, platform ...)' })
  unit(@Root() v: ViewerState, @Ctx() ctx: Context) {
    const id = v.kind === 'TEACHER' ? v.schoolId : v.kind === 'ANONYMOUS' ? null : v.unitId;
    return id ? ctx.loaders.unit.load(id) : null;
  }

  @FieldResolver(() => School, { nullable: true, description: "The viewer's school (teachers and school accounts)" })
  async school(@Root() v: ViewerState, @Ctx() ctx: Context) {
    const id = v.kind === 'TEACHER' ? v.schoolId : v.kind === 'BUSINESS' ? v.unitId : null;
    const unit = id ? await ctx.loaders.unit.load(id) : null;
    return unit?.kind === 'SCHOOL' ? unit : null;
  }

  @FieldResolver(() => County, { nullable: true, description: "The county of the viewer's unit (districts, schools, teachers)" })
  county(@Root() v: ViewerState, @Ctx() ctx: Context) {
    return v.kind !== 'ANONYMOUS' && v.countyId ? ctx.loaders.county.load(v.countyId) : null;
  }

  @FieldResolver(() => Teacher, { nullable: true, description: "The teacher's own record" })
  teacher(@Root() v: ViewerState, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (v.kind !== 'TEACHER') return null;
    // in a query, the row read with the session (nothing in a query writes it); in a mutation, afresh
    const own = ctx.ownTeacher;
    if (own && own.id === v.teacherId && info.operation.operation === 'query') return own;
    return ctx.loaders.teacher.load(v.teacherId);
  }

  @FieldResolver(() => BusinessAccount, { nullable: true, description: "The business account's own record" })
  businessAccount(@Root() v: ViewerState, @Ctx() ctx: Context) {
    return v.kind === 'BUSINESS' ? ctx.loaders.businessAccount.load(v.accountId) : null;
  }
}

@Resolver()
export class AccountsQueries {
  @Allow('Query.businessAccounts')
  @PagedList()
  @Query(() => BusinessAccountConnection, { description: 'Business accounts you manage (platform, district, CHIEF)' })
  async businessAccounts(@Args() args: BusinessAccountsArgs, @Ctx() ctx: Context) {
    let unitId: number | null = null;
    if (args.unitId) {
      const g = fromGlobalId(args.unitId, 'unitId');
      if (g.type !== 'School' && g.type !== 'Unit')
        throw badInput('unitId', 'WRONG_ID_TYPE', 'Expected the ID of a School or Unit', { expected: ['School', 'Unit'] });
      unitId = g.id;
    }
    if (args.search && args.search.length > 50) throw badInput('search', 'TOO_LONG', 'At most 50 characters', { maxLength: 50 });
    const page = await ctx.services.accounts.businessAccounts(
      ctx.viewer,
      { unitId, roles: args.roles, statuses: args.statuses, unitKinds: args.unitKinds, search: args.search },
      args,
    );
    return toConnection(page, page.totalCount);
  }
}

@Resolver(() => BusinessAccount)
export class BusinessAccountResolver {
  @FieldResolver(() => ID)
  id(@Root() a: BusinessAccountEntity) {
    return toGlobalId('BusinessAccount', a.id);
  }

  @FieldResolver(() => Unit)
  unit(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(a.unitId);
  }

  @Allow('BusinessAccount.permissions')
  @FieldResolver(() => [Permission], { nullable: true })
  permissions(@Root() a: BusinessAccountEntity) {
    return bitsToPermissions(a.permissions);
  }

  @Allow('BusinessAccount.version')
  @FieldResolver(() => Int, { nullable: true, description: 'Optimistic-locking version: send it back with a change' })
  version(@Root() a: BusinessAccountEntity) {
    return a.version;
  }

  @Allow('BusinessAccount.status')
  @FieldResolver(() => AccountStatus, { nullable: true, description: 'EXPIRED: a PENDING application not activated within 30 days' })
  status(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    return ctx.services.businessAccounts.isExpired(a) ? 'EXPIRED' : a.status;
  }

  @Allow('BusinessAccount.username')
  @FieldResolver(() => String, { nullable: true })
  username(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    return ctx.loaders.usernameByBusinessAccount.load(a.id);
  }

  @Allow('BusinessAccount.nationalId')
  @FieldResolver(() => String, { nullable: true, description: "Holder's national ID: to the holder and the platform only" })
  nationalId(@Root() a: BusinessAccountEntity) {
    return a.nationalId;
  }

  @Allow('BusinessAccount.nationalIdMasked')
  @FieldResolver(() => String, { nullable: true })
  nationalIdMasked(@Root() a: BusinessAccountEntity) {
    return maskNationalId(a.nationalId);
  }

  @Allow('BusinessAccount.email')
  @FieldResolver(() => String, { nullable: true })
  email(@Root() a: BusinessAccountEntity) {
    return a.email;
  }

  @Allow('BusinessAccount.phone')
  @FieldResolver(() => String, { nullable: true })
  phone(@Root() a: BusinessAccountEntity) {
    return a.phone;
  }
}

@Resolver(() => School)
export class SchoolAccountsResolver {
  @Allow('School.businessAccounts')
  @ListSize(SIZES.accountsPerUnit)
  @FieldResolver(() => [BusinessAccount], { nullable: true, description: "The school's business accounts (its managers only)" })
  businessAccounts(@Root() s: UnitEntity, @Ctx() ctx: Context) {
    return ctx.loaders.businessAccountsByUnit.load(s.id);
  }
}

@Resolver(() => BusinessAccount)
export class BusinessAccountViewerCanField {
  @FieldResolver(() => BusinessAccountViewerCan, { description: 'What you may do to this account (the UI shows its actions from this)' })
  viewerCan(@Root() a: BusinessAccountEntity) {
    return a;
  }

  @ListSize(3)
  @FieldResolver(() => [BusinessRole], {
    description: 'The roles you may give this account (changeBusinessAccountRole); empty if you do not manage it',
  })
  async assignableRoles(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    const unit = await ctx.loaders.unit.load(a.unitId);
    return unit ? assignableRolesOf(ctx.viewer, unit, a) : [];
  }

  @ListSize(5)
  @FieldResolver(() => [Permission], {
    description:
      "The permissions you may give this account (setBusinessAccountPermissions: its role's defaults); empty if you do not manage it",
  })
  async grantablePermissions(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    const unit = await ctx.loaders.unit.load(a.unitId);
    return unit ? grantablePermissionsOf(ctx.viewer, unit, a) : [];
  }
}

@Resolver(() => BusinessAccountViewerCan)
export class BusinessAccountViewerCanResolver {
  @FieldResolver(() => Boolean)
  async manage(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    const unit = await ctx.loaders.unit.load(a.unitId);
    return !!unit && managesAccount(ctx.viewer, unit, a);
  }

  @FieldResolver(() => Boolean)
  async changeRole(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    const unit = await ctx.loaders.unit.load(a.unitId);
    return !!unit && assignableRolesOf(ctx.viewer, unit, a).some((r) => r !== a.role);
  }

  @FieldResolver(() => Boolean)
  async appointChief(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    const unit = await ctx.loaders.unit.load(a.unitId);
    return !!unit && a.status !== 'DELETED' && unit.kind === 'SCHOOL' && managesAccountsOf(ctx.viewer, unit, 'CHIEF');
  }

  @FieldResolver(() => Boolean)
  async resetPassword(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    const unit = await ctx.loaders.unit.load(a.unitId);
    return !!unit && resetsLoginOf(ctx.viewer, unit, a);
  }
}

@Resolver(() => TeacherViewerCan)
export class TeacherLoginViewerCanResolver {
  @FieldResolver(() => Boolean, { description: "May reset or unlock this teacher's login (resetPassword, unlockLogin)" })
  async resetPassword(@Root() t: TeacherEntity, @Ctx() ctx: Context) {
    const unit = await ctx.loaders.unit.load(t.schoolId);
    return !!unit && resetsTeacherLoginAt(ctx.viewer, unit);
  }
}

@Resolver(() => Unit)
export class UnitAcceptedRolesResolver {
  @ListSize(3)
  @FieldResolver(() => [BusinessRole], {
    description: 'The roles this unit accepts business-account applications for (public, for applyForBusinessAccount)',
  })
  acceptedRoles(@Root() u: UnitEntity) {
    return rolesFor(u.kind);
  }
}

export const ACCOUNTS_RESOLVERS = [
  ViewerResolver,
  AccountsQueries,
  BusinessAccountResolver,
  SchoolAccountsResolver,
  BusinessAccountViewerCanField,
  BusinessAccountViewerCanResolver,
  TeacherLoginViewerCanResolver,
  UnitAcceptedRolesResolver,
] as const;
