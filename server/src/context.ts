import type { DataSource } from 'typeorm';
import type { Viewer } from './auth/viewer';
import { ANONYMOUS } from './auth/viewer';
import type { TokenService } from './auth/token';
import type { LoginLimits } from './auth/login-guard';
import { AppError, databaseUnavailable, invalidApiKey, isDatabaseUnavailable } from './shared/errors';
import { Clock, systemClock } from './shared/clock';
import type { Context, Loaders, Services } from './shared/module';
import { MODULES } from './modules';

export type { Context, Loaders, Services } from './shared/module';

/** The process's services: each module's, built in the order of MODULES (a module may use those before it). */
export function createServices(
  ds: DataSource,
  tokens: TokenService,
  clock: Clock = systemClock,
  login: Partial<LoginLimits> = {},
): Services {
  const services = { clock } as Services;
  for (const m of MODULES) Object.assign(services, m.services?.({ ds, tokens, clock, login }, services));
  return services;
}

/** Fresh loaders for one request: every module's. */
export function createLoaders(ds: DataSource, viewer: Viewer, clock: Clock = systemClock): Loaders {
  const loaders = {} as Loaders;
  for (const m of MODULES) Object.assign(loaders, m.loaders?.(ds, viewer, clock));
  return loaders;
}

/** The context of one request, from its Authorization header. */
export async function contextFor(
  ds: DataSource,
  services: Services,
  authorization: string | undefined,
  clientAddress = 'local',
): Promise<Context> {
  let found: Session;
  try {
    found = await viewerOf(services, authorization);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw isDatabaseUnavailable(e) ? databaseUnavailable() : e;
  }
  const { viewer, ownTeacher } = found;
  return { viewer, loaders: createLoaders(ds, viewer, services.clock), services, clientAddress, ownTeacher };
}

/** A caller's viewer and, for a teacher's token, its own teacher row (read with the session). */
type Session = NonNullable<Awaited<ReturnType<Services['accounts']['sessionFromToken']>>>;

async function viewerOf(services: Services, authorization: string | undefined): Promise<Session> {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  const key = /^ApiKey\s+(\S+)$/i.exec(authorization ?? '');
  if (m) return (await services.accounts.sessionFromToken(m[1])) ?? { viewer: ANONYMOUS, ownTeacher: null };
  if (key) {
    const v = await services.apiKeys.viewerFor(key[1]);
    if (!v) throw invalidApiKey();
    return { viewer: v, ownTeacher: null };
  }
  return { viewer: ANONYMOUS, ownTeacher: null };
}
