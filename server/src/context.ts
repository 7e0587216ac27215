import type { DataSource } from 'typeorm';
import type { Viewer } from './auth/viewer';
import { ANONYMOUS } from './auth/viewer';
import { DirectoryService } from './modules/directory/directory.service';
import { AccountsService } from './modules/accounts/accounts.service';
import { TokenService } from './auth/token';
import { directoryLoaders } from './modules/directory/directory.loaders';
import { accountsLoaders } from './modules/accounts/accounts.loaders';
import { planningLoaders } from './modules/planning/planning.loaders';
import { AuditService } from './modules/audit/audit.service';
import { BusinessAccountService } from './modules/accounts/business-account.service';
import { PasswordService } from './modules/accounts/password.service';
import { TeacherTransferService } from './modules/directory/teacher-transfer.service';
import { TeacherProfileService } from './modules/directory/teacher-profile.service';
import { RateLimiter } from './shared/rate-limit';
import { LoginGuard, LoginLimits, loginLimitsFromEnv } from './auth/login-guard';
import { AppError, databaseUnavailable, invalidApiKey, isDatabaseUnavailable } from './shared/errors';
import { PlanService } from './modules/planning/plan.service';
import { AnalyticsService } from './modules/analytics/analytics.service';
import { ApiKeyService } from './modules/partners/api-key.service';
import { CalendarService } from './modules/planning/calendar.service';
import { SurveyService } from './modules/planning/survey.service';
import { ProgressService } from './modules/planning/progress.service';
import { RewardService } from './modules/planning/reward.service';
import { Clock, systemClock } from './modules/planning/windows';

/** Services hold no per-request state: one set for the process. */
export interface Services {
  directory: DirectoryService;
  accounts: AccountsService;
  businessAccounts: BusinessAccountService;
  passwords: PasswordService;
  teacherProfiles: TeacherProfileService;
  teacherTransfers: TeacherTransferService;
  audit: AuditService;
  plans: PlanService;
  calendar: CalendarService;
  surveys: SurveyService;
  progress: ProgressService;
  rewards: RewardService;
  analytics: AnalyticsService;
  apiKeys: ApiKeyService;
  clock: Clock;
  /** The public business-account lookup: requests per client address per minute. */
  directoryLimiter: RateLimiter;
}

export function createServices(ds: DataSource, tokens: TokenService, clock: Clock = systemClock, login: Partial<LoginLimits> = {}): Services {
  const audit = new AuditService(ds);
  const analytics = new AnalyticsService(ds);
  return {
    // every plan write drops the statistics this process keeps
    plans: new PlanService(ds, audit, clock, () => analytics.cache.invalidate()),
    calendar: new CalendarService(ds, audit),
    surveys: new SurveyService(ds, clock),
    progress: new ProgressService(ds, audit, clock),
    rewards: new RewardService(ds),
    analytics,
    apiKeys: new ApiKeyService(ds, audit),
    clock,
    directory: new DirectoryService(ds),
    accounts: new AccountsService(ds, tokens, new LoginGuard({ ...loginLimitsFromEnv(), ...login }), undefined, clock),
    businessAccounts: new BusinessAccountService(ds, audit, clock),
    passwords: new PasswordService(ds, audit),
    teacherProfiles: new TeacherProfileService(ds, audit),
    teacherTransfers: new TeacherTransferService(ds, audit),
    audit,
    directoryLimiter: new RateLimiter(Number(process.env.DIRECTORY_RATE_LIMIT) || 30, 60_000),
  };
}

export function createLoaders(ds: DataSource, viewer: Viewer) {
  return { ...directoryLoaders(ds, viewer), ...accountsLoaders(ds, viewer), ...planningLoaders(ds, viewer) };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver gets: who is asking, fresh loaders for this request, the services. */
export interface Context {
  viewer: Viewer;
  loaders: Loaders;
  services: Services;
  /** The client's address (for rate limits); never logged with personal data. */
  clientAddress: string;
}

/** The context of one request, from its Authorization header. */
export async function contextFor(ds: DataSource, services: Services, authorization: string | undefined, clientAddress = 'local'): Promise<Context> {
  let viewer: Viewer = ANONYMOUS;
  try {
    viewer = await viewerOf(services, authorization);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw isDatabaseUnavailable(e) ? databaseUnavailable() : e;
  }
  return { viewer, loaders: createLoaders(ds, viewer), services, clientAddress };
}

async function viewerOf(services: Services, authorization: string | undefined): Promise<Viewer> {
  let viewer: Viewer = ANONYMOUS;
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  const key = /^ApiKey\s+(\S+)$/i.exec(authorization ?? '');
  if (m) {
    const v = await services.accounts.viewerFromToken(m[1]);
    if (v) viewer = v;
  } else if (key) {
    const v = await services.apiKeys.viewerFor(key[1]);
    if (!v) throw invalidApiKey();
    viewer = v;
  }
  return viewer;
}
