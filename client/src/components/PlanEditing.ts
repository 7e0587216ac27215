import { errorCode, errorExtension, fieldErrorsByPath } from '../apollo/errors';
import { draftProblems, formKeyOf, MAX_HOURS, MAX_THEMES, NEED_DIMENSIONS, type DraftProblem, type PlanDraft } from '../domain/planning';
import type { StudyDomain } from '../gql/graphql';
import type { I18n } from '../i18n';

export type PlanMessage = { kind: 'ok' | 'error'; text: string; conflict?: boolean; closed?: boolean } | null;

const NEED_FIELDS = new Set<string>(NEED_DIMENSIONS.map((d) => d.field));

/** The words of a problem found before sending (the same rules as the server's). */
export function problemText(t: I18n['t'], p: DraftProblem): string {
  if (p.kind === 'required') return t('plan.error.required');
  if (p.kind === 'domains') return t('plan.error.domains');
  if (p.kind === 'hours') return t('plan.error.hours', { max: MAX_HOURS });
  return t('plan.error.themes', { max: MAX_THEMES });
}

export function localProblems(t: I18n['t'], draft: PlanDraft, complete: boolean): Record<string, string> {
  return Object.fromEntries(draftProblems(draft, complete).map((p) => [p.key, problemText(t, p)]));
}

/**
 * The server's refusal of a save or submit, for the form: input errors beside the fields they name
 * (`domains.0.hours` becomes the row of the first domain sent), a stale version as a conflict to
 * reload, a closed window with its dates, anything else in the server's words.
 */
export function planFailure(
  i18n: I18n,
  err: unknown,
  sent: readonly StudyDomain[],
): { fields: Record<string, string>; message: PlanMessage } {
  const { t, explain, errorText, date } = i18n;
  const e = err as Error;
  const byPath = fieldErrorsByPath(e);
  const fields: Record<string, string> = {};
  for (const [path, problem] of Object.entries(byPath)) {
    const key = formKeyOf(path, sent);
    if (/\.hours$/.test(key)) fields[key] = t('plan.error.hours', { max: MAX_HOURS });
    else if (/\.themes$/.test(key)) fields[key] = t('plan.error.themes', { max: MAX_THEMES });
    else if (NEED_FIELDS.has(key) && problem.reason === 'ANSWER_REQUIRED') fields[key] = t('plan.error.required');
    else if (key === 'domains' && problem.reason === 'DOMAIN_REQUIRED') fields[key] = t('plan.error.domains');
    else fields[key] = explain(problem);
  }
  if (Object.keys(fields).length > 0) return { fields, message: { kind: 'error', text: t('form.error.fix') } };
  const code = errorCode(e);
  if (code === 'CONFLICT') return { fields, message: { kind: 'error', text: t('plan.conflict'), conflict: true } };
  if (code === 'WINDOW_CLOSED') {
    const opensAt = errorExtension(e, 'opensAt');
    const closesAt = errorExtension(e, 'closesAt');
    const text =
      typeof opensAt === 'string' && typeof closesAt === 'string'
        ? t('plan.windowClosedAt', { from: date(opensAt), to: date(closesAt) })
        : t('plan.windowClosed', { message: errorText(e) });
    return { fields, message: { kind: 'error', text, closed: true } };
  }
  if (code === 'NETWORK') return { fields, message: { kind: 'error', text: t('common.networkError') } };
  return { fields, message: { kind: 'error', text: t('plan.refused', { message: errorText(e) }) } };
}
