import { DOMAINS, MAX_HOURS, NEED_DIMENSIONS, optionsOf, type NeedField, type PlanContent, type PlanDraft } from '../domain/planning';
import type { StudyDomain } from '../gql/graphql';
import { useI18n } from '../i18n';
import { inputProps } from './Form';

/**
 * (三) 教師研習需求: the five dimensions as groups of checkboxes, every option labelled as the seed
 * words it. `reference` (the school's submitted plan, on the teacher form) marks the options the
 * school chose.
 */
export function NeedChecks({
  draft,
  onChange,
  errors,
  disabled,
  reference,
}: {
  draft: PlanDraft;
  onChange(field: NeedField, values: string[]): void;
  errors: Record<string, string>;
  disabled: boolean;
  reference?: PlanContent | null;
}) {
  const { t, label } = useI18n();
  return (
    <div className="needs" data-testid="needs">
      {NEED_DIMENSIONS.map(({ field, dimension, options }, i) => {
        const selected = new Set<string>(draft[field]);
        const marked = new Set<string>(reference?.[field] ?? []);
        const error = errors[field];
        return (
          <fieldset
            key={field}
            className="checks need-group"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${field}-error` : undefined}
            data-field={field}
          >
            <legend>
              {i + 1}. {label('Dimension', dimension)} <span className="muted small">{t('plan.multiple')}</span>
            </legend>
            <div className="checks-grid need-options">
              {optionsOf(options).map((code) => (
                <label key={code} className="check">
                  <input
                    type="checkbox"
                    value={code}
                    checked={selected.has(code)}
                    disabled={disabled}
                    onChange={(e) => onChange(field, e.target.checked ? [...draft[field], code] : draft[field].filter((v) => v !== code))}
                  />
                  <span>
                    {label(options, code)}
                    {marked.has(code) && (
                      <span className="school-mark" title={t('plan.schoolChose')}>
                        {t('plan.schoolMark')}
                      </span>
                    )}
                  </span>
                </label>
              ))}
            </div>
            {error && (
              <span className="field-error" id={`${field}-error`} data-testid={`error-${field}`}>
                {error}
              </span>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}

/** (四) 主要研習範疇: tick a domain to plan it, with its themes and the hours for the year. */
export function DomainFields({
  draft,
  onChange,
  errors,
  disabled,
  reference,
}: {
  draft: PlanDraft;
  onChange(domain: StudyDomain, value: PlanDraft['domains'][StudyDomain]): void;
  errors: Record<string, string>;
  disabled: boolean;
  reference?: PlanContent | null;
}) {
  const { t, label, num } = useI18n();
  const error = errors.domains;
  const total = DOMAINS.reduce(
    (s, d) => s + (draft.domains[d].on && /^\d+$/.test(draft.domains[d].hours.trim()) ? Number(draft.domains[d].hours) : 0),
    0,
  );
  const marked = new Set(reference?.domains.map((d) => d.domain) ?? []);
  return (
    <fieldset
      className="checks domains"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? 'domains-error' : undefined}
      data-field="domains"
    >
      <legend className="sr-only">{label('Dimension', 'DOMAIN')}</legend>
      <p className="muted small domain-help">{t('plan.domainsHelp', { max: MAX_HOURS })}</p>
      <div className="domain-rows">
        <div className="domain-row domain-head" aria-hidden="true">
          <span>{t('plan.domain')}</span>
          <span>{t('plan.themes')}</span>
          <span>{t('plan.hours')}</span>
        </div>
        {DOMAINS.map((d) => {
          const v = draft.domains[d];
          const themesId = `domain-${d}-themes`;
          const hoursId = `domain-${d}-hours`;
          const hoursError = errors[`domains.${d}.hours`];
          const themesError = errors[`domains.${d}.themes`] ?? errors[`domains.${d}.domain`];
          return (
            <div key={d} className={v.on ? 'domain-row domain-on' : 'domain-row'} data-domain={d}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={v.on}
                  disabled={disabled}
                  onChange={(e) => onChange(d, { ...v, on: e.target.checked })}
                  data-testid={`domain-${d}`}
                />
                <span>
                  {label('StudyDomain', d)}
                  {marked.has(d) && (
                    <span className="school-mark" title={t('plan.schoolChose')}>
                      {t('plan.schoolMark')}
                    </span>
                  )}
                </span>
              </label>
              <span className="domain-input">
                <label htmlFor={themesId} className="sr-only">
                  {t('plan.themesOf', { domain: label('StudyDomain', d) })}
                </label>
                <input
                  {...inputProps(themesId, themesError)}
                  type="text"
                  value={v.themes}
                  disabled={disabled || !v.on}
                  placeholder={v.on ? t('plan.themesPlaceholder') : ''}
                  onChange={(e) => onChange(d, { ...v, themes: e.target.value })}
                />
                {themesError && (
                  <span className="field-error" id={`${themesId}-error`} data-testid={`error-${themesId}`}>
                    {themesError}
                  </span>
                )}
              </span>
              <span className="domain-input">
                <label htmlFor={hoursId} className="sr-only">
                  {t('plan.hoursOf', { domain: label('StudyDomain', d) })}
                </label>
                <input
                  {...inputProps(hoursId, hoursError)}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={MAX_HOURS}
                  step={1}
                  className="hours-input"
                  value={v.hours}
                  disabled={disabled || !v.on}
                  onChange={(e) => onChange(d, { ...v, hours: e.target.value })}
                />
                {hoursError && (
                  <span className="field-error" id={`${hoursId}-error`} data-testid={`error-${hoursId}`}>
                    {hoursError}
                  </span>
                )}
              </span>
            </div>
          );
        })}
        <div className="domain-row domain-total">
          <span>{t('plan.totalHours')}</span>
          <span />
          <span data-testid="total-hours">{t('plan.hoursValue', { hours: num(total) })}</span>
        </div>
      </div>
      {error && (
        <span className="field-error" id="domains-error" data-testid="error-domains">
          {error}
        </span>
      )}
    </fieldset>
  );
}

/** A plan read-only: the dimensions in words and the domains with themes and hours. */
export function PlanView({ plan, testId }: { plan: PlanContent; testId?: string }) {
  const { t, label, list, num } = useI18n();
  const total = plan.domains.reduce((s, d) => s + d.hours, 0);
  return (
    <div className="plan-view" data-testid={testId}>
      <dl className="dl">
        {NEED_DIMENSIONS.map(({ field, dimension, options }) => (
          <div className="dl-row" key={field} data-field={field}>
            <dt>{label('Dimension', dimension)}</dt>
            <dd>
              {plan[field].length > 0 ? list(plan[field].map((c) => label(options, c))) : <span className="dash">{t('common.none')}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="plan-view-sub">{label('Dimension', 'DOMAIN')}</h3>
      {plan.domains.length === 0 ? (
        <p className="empty">{t('common.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('plan.domain')}</th>
                <th scope="col">{t('plan.themes')}</th>
                <th scope="col" className="num">
                  {t('plan.hours')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.domains.map((d) => (
                <tr key={d.domain}>
                  <th scope="row">{label('StudyDomain', d.domain)}</th>
                  <td>{d.themes || <span className="dash">{t('common.none')}</span>}</td>
                  <td className="num">{num(d.hours)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('plan.totalHours')}</th>
                <td />
                <td className="num">{num(total)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
