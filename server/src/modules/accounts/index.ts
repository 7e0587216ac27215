import { LoginGuard, loginLimitsFromEnv } from '../../auth/login-guard';
import type { ModuleDescriptor } from '../../shared/module';
import { RateLimiter } from '../../shared/rate-limit';
import { accountsLoaders } from './accounts.loaders';
import { ACCOUNTS_RESOLVERS } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { BusinessAccountEntity } from './business-account.entity';
import { BUSINESS_ACCOUNT_RESOLVERS } from './business-account.resolver';
import { BusinessAccountService } from './business-account.service';
import { CredentialEntity } from './credential.entity';
import { LoginSessionEntity } from './login-session.entity';
import { PasswordService } from './password.service';
import { StaffAccountEntity } from './staff-account.entity';
import { businessAccountRules } from './business-account.policy';
import { loginRules } from './login.policy';

const accountsRules = { ...businessAccountRules, ...loginRules };

/** Logins, sessions, the viewer (`me`), business accounts (附件二) and staff accounts. */
export { BusinessAccountEntity } from './business-account.entity';
export { CredentialEntity } from './credential.entity';
export { LoginSessionEntity } from './login-session.entity';
export { StaffAccountEntity } from './staff-account.entity';
export { ViewerCapabilities } from './accounts.types';
export { accountScope, managesAccountsOf, readsBusinessAccounts } from './business-account.policy';
export { endSessions } from './accounts.service';
export { Viewer } from './accounts.types';

type AccountsLoaders = ReturnType<typeof accountsLoaders>;
declare module '../../shared/module' {
  interface Services {
    accounts: AccountsService;
    businessAccounts: BusinessAccountService;
    passwords: PasswordService;
    /** The public business-account lookup: requests per client address per minute. */
    directoryLimiter: RateLimiter;
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends AccountsLoaders {}
}
declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof accountsRules, true> {}
}
declare module '../../shared/global-id' {
  interface NodeTypes {
    BusinessAccount: true;
  }
}

export const accountsModule: ModuleDescriptor = {
  name: 'accounts',
  entities: [BusinessAccountEntity, StaffAccountEntity, CredentialEntity, LoginSessionEntity],
  resolvers: [...ACCOUNTS_RESOLVERS, ...BUSINESS_ACCOUNT_RESOLVERS],
  services: ({ ds, tokens, clock, login }, { audit }) => ({
    accounts: new AccountsService(ds, tokens, new LoginGuard({ ...loginLimitsFromEnv(), ...login }), undefined, clock),
    businessAccounts: new BusinessAccountService(ds, audit, clock),
    passwords: new PasswordService(ds, audit, clock),
    directoryLimiter: new RateLimiter(Number(process.env.DIRECTORY_RATE_LIMIT) || 30, 60_000),
  }),
  rules: accountsRules,
  loaders: accountsLoaders,
  nodes: {
    BusinessAccount: (ctx, id) => ctx.services.accounts.businessAccountFor(ctx.viewer, id),
  },
};
