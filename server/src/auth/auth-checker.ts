import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context';
import { check } from './rules';

/**
 * The one authChecker: `@Authorized('Type.field')` names a rule of rules.ts. A denied field throws
 * FORBIDDEN (UNAUTHENTICATED when nobody is logged in), so a nullable field comes back null with
 * the error beside it and a root field returns nothing.
 */
export const authChecker: AuthChecker<Context> = async ({ root, context }, names) => {
  await check(context, root as Record<string, unknown>, names);
  return true;
};
