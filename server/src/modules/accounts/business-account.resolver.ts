import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { fromGlobalId, idOfType, toGlobalId } from '../../shared/global-id';
import { badInput } from '../../shared/errors';
import { Connection, toConnection } from '../../shared/pagination';
import { AccountStatus, BusinessRole, Permission } from '../../shared/enums';
import { County, Unit } from '../directory';
import { PageArgsInput } from '../../shared/pagination';
import { BusinessAccount } from './accounts.types';
import type { BusinessAccountEntity } from './business-account.entity';
import { PagedList } from '../../shared/cost-directives';
import { loadAll } from '../../shared/loaders';

@InputType({ description: 'An application for a business account (業務帳號申請)' })
class ApplyForBusinessAccountInput {
  @Field(() => ID, { description: 'The unit (a School or Unit ID) the account acts for' })
  unitId: string;

  @Field(() => BusinessRole, { description: 'Universities, legal entities and social-education institutions: OPERATOR only' })
  role: BusinessRole;

  @Field()
  name: string;

  @Field({ description: "The applicant's national ID (one live business account per ID)" })
  nationalId: string;

  @Field({ description: '4-32 letters, digits, dot, dash or underscore' })
  username: string;

  @Field({ description: 'At least 8 characters with letters and digits' })
  password: string;

  @Field()
  phone: string;

  @Field()
  email: string;
}

@ObjectType({ description: 'An application received: the account waits for its manager to activate it' })
class BusinessAccountApplication {
  @Field(() => ID)
  id: string;

  @Field(() => Unit)
  unit: unknown;

  @Field(() => BusinessRole)
  role: BusinessRole;

  @Field(() => AccountStatus)
  status: AccountStatus;
}

@ObjectType({ description: 'A one-time password: give it to the person; it must be changed at the next login' })
class PasswordReset {
  @Field()
  username: string;

  @Field()
  temporaryPassword: string;
}

@ObjectType({ description: '業務帳號查詢: a public contact entry of an active CHIEF or CONTACT' })
export class DirectoryEntry {
  @Field()
  unitName: string;

  @Field()
  unitCode: string;

  @Field(() => County, { nullable: true })
  county: unknown;

  @Field()
  name: string;

  @Field(() => BusinessRole)
  role: BusinessRole;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

const DirectoryEntryConnection = Connection(DirectoryEntry, 'DirectoryEntry');

@ArgsType()
class DirectoryArgs extends PageArgsInput {
  @Field(() => ID, { nullable: true })
  countyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the unit name (台/臺, 國小/國民小學 alike) or of the unit code' })
  search?: string | null;
}

const accountId = (id: string, field = 'id') => idOfType(id, 'BusinessAccount', field);
const optionalAccountId = (id: string | null | undefined, field: string) => (id ? accountId(id, field) : null);

@Resolver()
export class BusinessAccountMutations {
  @Mutation(() => BusinessAccountApplication, { description: 'Apply for a business account (no login needed); it starts PENDING' })
  async applyForBusinessAccount(@Arg('input') input: ApplyForBusinessAccountInput, @Ctx() ctx: Context) {
    const g = fromGlobalId(input.unitId, 'unitId');
    if (g.type !== 'School' && g.type !== 'Unit')
      throw badInput('unitId', 'WRONG_ID_TYPE', 'Expected the ID of a School or Unit', { expected: ['School', 'Unit'] });
    const a = await ctx.services.businessAccounts.apply(ctx.viewer, { ...input, unitId: g.id });
    return { id: toGlobalId('BusinessAccount', a.id), unit: await ctx.loaders.unit.load(a.unitId), role: a.role, status: a.status };
  }

  @Allow('Mutation.activateBusinessAccount')
  @Mutation(() => BusinessAccount, { description: 'Activate a PENDING or SUSPENDED account (its manager)' })
  activateBusinessAccount(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.businessAccounts.activate(ctx.viewer, accountId(id), version);
  }

  @Allow('Mutation.suspendBusinessAccount')
  @Mutation(() => BusinessAccount, { description: "Suspend an active account; a school's last active CHIEF needs a replacement" })
  suspendBusinessAccount(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('replacementId', () => ID, { nullable: true, description: 'Another account of the school to activate as CHIEF' })
    replacementId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.businessAccounts.suspend(ctx.viewer, accountId(id), version, optionalAccountId(replacementId, 'replacementId'));
  }

  @Allow('Mutation.deleteBusinessAccount')
  @Mutation(() => BusinessAccount, { description: 'Delete an account: the national ID may apply again and the username is free' })
  deleteBusinessAccount(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('replacementId', () => ID, { nullable: true, description: 'Another account of the school to activate as CHIEF' })
    replacementId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.businessAccounts.delete(ctx.viewer, accountId(id), version, optionalAccountId(replacementId, 'replacementId'));
  }

  @Allow('Mutation.setBusinessAccountPermissions')
  @Mutation(() => BusinessAccount, { description: "Narrow or restore an account's permissions, never beyond its role's defaults" })
  setBusinessAccountPermissions(
    @Arg('id', () => ID) id: string,
    @Arg('permissions', () => [Permission]) permissions: Permission[],
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.businessAccounts.setPermissions(ctx.viewer, accountId(id), permissions, version);
  }

  @Allow('Mutation.changeBusinessAccountRole')
  @Mutation(() => BusinessAccount, { description: "Change an account's role (permissions become the new role's defaults)" })
  changeBusinessAccountRole(
    @Arg('id', () => ID) id: string,
    @Arg('role', () => BusinessRole) role: BusinessRole,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('replacementId', () => ID, { nullable: true, description: 'Another account of the school to activate as CHIEF' })
    replacementId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.businessAccounts.changeRole(
      ctx.viewer,
      accountId(id),
      role,
      version,
      optionalAccountId(replacementId, 'replacementId'),
    );
  }

  @Allow('Mutation.changeMyPassword')
  @Mutation(() => Boolean, { description: 'Change your own password' })
  async changeMyPassword(@Arg('currentPassword') currentPassword: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: Context) {
    await ctx.services.passwords.changeOwn(ctx.viewer, currentPassword, newPassword);
    return true;
  }

  @Allow('Mutation.resetPassword')
  @Mutation(() => PasswordReset, {
    description: "Reset a subordinate's password (a BusinessAccount or Teacher ID); one-time, changed at next login",
  })
  resetPassword(@Arg('accountId', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.passwords.reset(ctx.viewer, fromGlobalId(id, 'accountId'));
  }

  @Allow('Mutation.unlockLogin')
  @Mutation(() => Boolean, {
    description: "Clear a login's failed-login delay (a BusinessAccount or Teacher ID): its managers, as for resetPassword; audited",
  })
  async unlockLogin(@Arg('accountId', () => ID) id: string, @Ctx() ctx: Context) {
    await ctx.services.passwords.unlock(ctx.viewer, fromGlobalId(id, 'accountId'));
    return true;
  }

  @PagedList()
  @Query(() => DirectoryEntryConnection, { description: '業務帳號查詢 (public): active CHIEFs and CONTACTs with their contact details' })
  async businessAccountDirectory(@Args() args: DirectoryArgs, @Ctx() ctx: Context) {
    ctx.services.directoryLimiter.hit(ctx.clientAddress);
    const countyId = args.countyId ? idOfType(args.countyId, 'County', 'countyId') : null;
    const page = await ctx.services.businessAccounts.directory({ countyId, search: args.search }, args);
    await loadAll(
      ctx.loaders.unit,
      page.nodes.map((a) => a.unitId),
    );
    return toConnection(page, page.totalCount);
  }
}

@Resolver(() => DirectoryEntry)
export class DirectoryEntryResolver {
  @FieldResolver(() => String)
  async unitName(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(a.unitId))!.name;
  }

  @FieldResolver(() => String)
  async unitCode(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(a.unitId))!.code;
  }

  @FieldResolver(() => County, { nullable: true })
  async county(@Root() a: BusinessAccountEntity, @Ctx() ctx: Context) {
    const unit = await ctx.loaders.unit.load(a.unitId);
    return unit?.countyId ? ctx.loaders.county.load(unit.countyId) : null;
  }
}

export const BUSINESS_ACCOUNT_RESOLVERS = [BusinessAccountMutations, DirectoryEntryResolver] as const;
