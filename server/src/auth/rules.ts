import { Authorized } from 'type-graphql';
import type { Context } from '../context';
import type { Rule } from '../shared/module';
import { AppError, forbidden, unauthenticated } from '../shared/errors';
import { hasScope, isAnalyst, isDistrict, isPlatform, schoolAccountWith, syncCounty, type Viewer } from './viewer';

/**
 * The authorization machinery (docs/ARCHITECTURE.md "Authorization"). Who may do what to a resource
 * is written once, in the resource's policy in its module (`modules/<m>/<resource>.policy.ts`): its
 * read rules, its SQL row scope and its write rules side by side. A module's descriptor exports the
 * rules of its policies (`rules`, keyed `Type.field`); the registry (modules/index.ts) puts them in
 * the one table the authChecker reads. `@Allow('Teacher.email')` puts a rule on a field; the name is
 * checked by the compiler against `RuleNames`, which every module augments with its rules' names.
 *
 * Here stay only the viewer predicates every policy shares and the machinery.
 */
export type { Rule };
export type Root = Record<string, unknown>;

// ---- shared viewer predicates ----
export { hasScope, isAnalyst, isDistrict, isPlatform, schoolAccountWith, syncCounty };
export const loggedIn = (v: Viewer): boolean => v.kind !== 'ANONYMOUS';
/** A person logged in (not a partner key): changes its password, logs out. */
export const personLoggedIn = (v: Viewer): boolean => v.kind !== 'ANONYMOUS' && v.kind !== 'PARTNER';
/** The district whose county this is. */
export const districtOf = (v: Viewer, countyId: number | null | undefined): boolean =>
  isDistrict(v) && v.countyId !== null && countyId != null && v.countyId === countyId;

/** A rule of the viewer alone (root fields, and fields whose answer does not depend on the row). */
export const viewerRule =
  (f: (v: Viewer) => boolean): Rule =>
  (ctx) =>
    f(ctx.viewer);
/** A rule typed on the object its field belongs to. */
export const rowRule =
  <T>(f: (ctx: Context, row: T) => boolean | Promise<boolean>): Rule =>
  (ctx, root) =>
    f(ctx, root as T);

/** Rules that belong to no module: `node(id:)` (each type's finder applies its row scope). */
const SHARED_RULES = { 'Query.node': viewerRule(loggedIn) } satisfies Record<string, Rule>;

/**
 * The names of every rule, for `@Allow`: each module augments this interface with the names of the
 * rules its descriptor exports (`interface RuleNames extends Record<keyof typeof directoryRules, true> {}`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RuleNames extends Record<keyof typeof SHARED_RULES, true> {}
export type RuleName = keyof RuleNames & string;

const TABLE = new Map<string, Rule>(Object.entries(SHARED_RULES));

/** Registers a module's rules (modules/index.ts); a name defined twice is refused. */
export function registerRules(rules: Readonly<Record<string, Rule>>): void {
  for (const [name, rule] of Object.entries(rules)) {
    if (TABLE.has(name)) throw new Error(`Authorization rule ${name} is defined twice`);
    TABLE.set(name, rule);
  }
}

/** The rule of that name, or undefined. */
export function ruleNamed(name: string): Rule | undefined {
  return TABLE.get(name);
}

/** Every registered rule's name (the guard test checks each is used by a field). */
export function ruleNames(): string[] {
  return [...TABLE.keys()];
}

/** What a viewer whose password was reset may still do: change it, log out (auth/password-change-gate.ts: and read me). */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set<string>(['Mutation.changeMyPassword', 'Mutation.logout', 'Mutation.logoutEverywhere']);

/** Checks the named rules; an anonymous caller is sent away with UNAUTHENTICATED rather than FORBIDDEN. */
export async function check(ctx: Context, root: Root, names: readonly string[]): Promise<void> {
  const v = ctx.viewer;
  if (v.kind !== 'ANONYMOUS' && v.mustChangePassword && !names.every((n) => ALLOWED_BEFORE_PASSWORD_CHANGE.has(n))) {
    throw new AppError('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED', 'Change your password first (請先變更密碼)');
  }
  for (const name of names) {
    const rule = ruleNamed(name);
    if (!rule) throw new Error(`No authorization rule named ${name}`);
    if (await rule(ctx, root ?? {})) continue;
    throw ctx.viewer.kind === 'ANONYMOUS' ? unauthenticated() : forbidden();
  }
}

/** `@Allow('Teacher.email')`: `@Authorized` with a rule name the compiler checks against the modules' policies. */
export const Allow = (...names: RuleName[]) => Authorized(...names);
