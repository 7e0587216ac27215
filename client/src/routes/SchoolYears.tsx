import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { fieldErrorsByPath } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { FormField, FormMessage, inputProps } from '../components/Form';
import { groupLabel } from '../components/PlanWindow';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { graphql } from '../gql';
import type { PlanKind } from '../gql/graphql';
import { SCHOOL_YEARS_QUERY, type SchoolYearInfo } from '../hooks/useSchoolYear';
import { useI18n } from '../i18n';

/** Every county with its group and wave per school year. */
const COUNTY_SCHEDULES_QUERY = graphql(`
  query CountySchedules {
    counties {
      id
      name
      nameEn
      order
      schedules {
        schoolYear
        planGroup
        teacherWave
      }
    }
  }
`);

const CONFIGURE_SCHOOL_YEAR = graphql(`
  mutation ConfigureSchoolYear($input: SchoolYearInput!) {
    configureSchoolYear(input: $input) {
      id
      year
      serviceOpensAt
      serviceClosesAt
      rewardThresholdPercent
      windows {
        planKind
        groupKey
        opensOn
        closesOn
        opensAt
        closesAt
      }
    }
  }
`);

interface WindowRow {
  planKind: PlanKind;
  groupKey: string;
  opensOn: string;
  closesOn: string;
}

interface YearForm {
  year: string;
  serviceOpensOn: string;
  serviceClosesOn: string;
  rewardThresholdPercent: string;
  windows: WindowRow[];
  /** countyId -> group and wave */
  counties: Record<string, { planGroup: string; teacherWave: string }>;
}

/** A Taiwan date moved by whole years (29 Feb becomes 28 Feb). */
export function shiftYears(day: string, years: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m || years === 0) return day;
  const y = Number(m[1]) + years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const d = m[2] === '02' && m[3] === '29' && !leap ? '28' : m[3];
  return `${y}-${m[2]}-${d}`;
}

/** The Taiwan day of an instant (the service period comes back as instants). */
const dayOf = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

function formFrom(
  base: SchoolYearInfo | null,
  year: number,
  schedules: Record<string, { planGroup: string; teacherWave: string }>,
): YearForm {
  const shift = base ? year - base.year : 0;
  const windows = base
    ? [...base.windows]
        .sort((a, b) => a.planKind.localeCompare(b.planKind) || a.groupKey.localeCompare(b.groupKey))
        .map((w) => ({
          planKind: w.planKind,
          groupKey: w.groupKey,
          opensOn: shiftYears(w.opensOn, shift),
          closesOn: shiftYears(w.closesOn, shift),
        }))
    : [
        { planKind: 'SCHOOL_PLAN' as PlanKind, groupKey: 'A', opensOn: '', closesOn: '' },
        { planKind: 'SCHOOL_PLAN' as PlanKind, groupKey: 'B', opensOn: '', closesOn: '' },
        ...[1, 2, 3, 4, 5].map((n) => ({ planKind: 'TEACHER_PLAN' as PlanKind, groupKey: String(n), opensOn: '', closesOn: '' })),
      ];
  return {
    year: String(year),
    serviceOpensOn: base ? shiftYears(dayOf(base.serviceOpensAt), shift) : '',
    serviceClosesOn: base ? shiftYears(dayOf(base.serviceClosesAt), shift) : '',
    rewardThresholdPercent: String(base?.rewardThresholdPercent ?? 60),
    windows,
    counties: schedules,
  };
}

/** 學年度設定 (platform): the service period, the windows of the groups and waves, each county's group and wave, the reward threshold. */
export function SchoolYearsPage() {
  const { t, pick, label, num, explain, errorText } = useI18n();
  const { me } = useAuth();
  const yearsQ = useQuery(SCHOOL_YEARS_QUERY, { fetchPolicy: 'network-only' });
  const countiesQ = useQuery(COUNTY_SCHEDULES_QUERY, { fetchPolicy: 'network-only' });
  const [configure, { loading: saving }] = useMutation(CONFIGURE_SCHOOL_YEAR);
  const [form, setForm] = useState<YearForm | null>(null);
  const [editing, setEditing] = useState<{ mode: 'edit' | 'new'; year: number; base: number | null } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const years = [...(yearsQ.data?.schoolYears ?? [])].sort((a, b) => b.year - a.year);
  const counties = [...(countiesQ.data?.counties ?? [])].sort((a, b) => a.order - b.order);

  function schedulesOf(year: number | null): Record<string, { planGroup: string; teacherWave: string }> {
    return Object.fromEntries(
      counties.map((c) => {
        const s = c.schedules.find((x) => x.schoolYear === year);
        return [c.id, { planGroup: s?.planGroup ?? '', teacherWave: s ? String(s.teacherWave) : '' }];
      }),
    );
  }

  function start(mode: 'edit' | 'new', year: number, baseYear: number | null) {
    const base = years.find((y) => y.year === baseYear) ?? null;
    setEditing({ mode, year, base: baseYear });
    setForm(formFrom(base, year, schedulesOf(baseYear)));
    setErrors({});
    setMessage(null);
  }

  // Start on the newest year once the lists are in.
  if (!editing && years.length > 0 && counties.length > 0) start('edit', years[0].year, years[0].year);

  if (!me || !me.can.configureSchoolYears) {
    return (
      <>
        <h1>{t('years.title')}</h1>
        <NoAccess />
      </>
    );
  }
  if ((yearsQ.loading && !yearsQ.data) || (countiesQ.loading && !countiesQ.data)) return <Loading />;

  const schoolKeys = form?.windows.filter((w) => w.planKind === 'SCHOOL_PLAN').map((w) => w.groupKey) ?? [];
  const waveKeys = form?.windows.filter((w) => w.planKind === 'TEACHER_PLAN').map((w) => w.groupKey) ?? [];

  function setWindow(i: number, patch: Partial<WindowRow>) {
    setForm({ ...form!, windows: form!.windows.map((w, j) => (j === i ? { ...w, ...patch } : w)) });
  }

  function addWindow(planKind: PlanKind) {
    const keys = form!.windows.filter((w) => w.planKind === planKind).map((w) => w.groupKey);
    let key: string;
    if (planKind === 'SCHOOL_PLAN') {
      key = 'ABCDEFGHIJ'.split('').find((k) => !keys.includes(k)) ?? 'Z';
    } else {
      let n = 1;
      while (keys.includes(String(n))) n++;
      key = String(n);
    }
    setForm({ ...form!, windows: [...form!.windows, { planKind, groupKey: key, opensOn: '', closesOn: '' }] });
  }

  function removeWindow(i: number) {
    setForm({ ...form!, windows: form!.windows.filter((_, j) => j !== i) });
  }

  function setCounty(id: string, patch: Partial<{ planGroup: string; teacherWave: string }>) {
    setForm({ ...form!, counties: { ...form!.counties, [id]: { ...form!.counties[id], ...patch } } });
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    setMessage(null);
    const local: Record<string, string> = {};
    const year = Number(form.year);
    if (!/^\d{2,3}$/.test(form.year.trim())) local.year = t('years.error.year');
    const date = /^\d{4}-\d{2}-\d{2}$/;
    if (!date.test(form.serviceOpensOn)) local.serviceOpensOn = t('form.error.required');
    if (!date.test(form.serviceClosesOn)) local.serviceClosesOn = t('form.error.required');
    form.windows.forEach((w, i) => {
      if (!date.test(w.opensOn)) local[`windows.${i}.opensOn`] = t('form.error.required');
      if (!date.test(w.closesOn)) local[`windows.${i}.closesOn`] = t('form.error.required');
      else if (date.test(w.opensOn) && w.closesOn < w.opensOn) local[`windows.${i}.closesOn`] = t('years.error.order');
    });
    const p = form.rewardThresholdPercent.trim();
    if (!/^\d+$/.test(p) || Number(p) > 100) local.rewardThresholdPercent = t('years.error.percent');
    counties.forEach((c, i) => {
      const s = form.counties[c.id];
      if (!s?.planGroup) local[`counties.${i}.planGroup`] = t('form.error.required');
      if (!s?.teacherWave) local[`counties.${i}.teacherWave`] = t('form.error.required');
    });
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setMessage({ kind: 'error', text: t('form.error.fix') });
      return;
    }
    try {
      await configure({
        variables: {
          input: {
            year,
            serviceOpensOn: form.serviceOpensOn,
            serviceClosesOn: form.serviceClosesOn,
            rewardThresholdPercent: Number(p),
            windows: form.windows.map((w) => ({ planKind: w.planKind, groupKey: w.groupKey, opensOn: w.opensOn, closesOn: w.closesOn })),
            counties: counties.map((c) => ({
              countyId: c.id,
              planGroup: form.counties[c.id].planGroup,
              teacherWave: Number(form.counties[c.id].teacherWave),
            })),
          },
        },
      });
      await Promise.all([yearsQ.refetch(), countiesQ.refetch()]);
      setEditing({ mode: 'edit', year, base: year });
      setMessage({ kind: 'ok', text: t('years.saved', { year }) });
    } catch (err) {
      const byPath = fieldErrorsByPath(err as Error);
      setErrors(Object.fromEntries(Object.entries(byPath).map(([k, v]) => [k, explain(v)])));
      setMessage({
        kind: 'error',
        text: Object.keys(byPath).length ? t('form.error.fix') : errorText(err as Error),
      });
    }
  }

  const nextYear = (years[0]?.year ?? 0) + 1;

  return (
    <>
      <h1>{t('years.title')}</h1>
      <LoadError error={yearsQ.error ?? countiesQ.error} />
      <div className="filters">
        <div className="field">
          <label htmlFor="edit-year">{t('years.edit')}</label>
          <select
            id="edit-year"
            value={editing?.mode === 'new' ? 'new' : String(editing?.year ?? '')}
            onChange={(e) =>
              e.target.value === 'new'
                ? start('new', nextYear, years[0]?.year ?? null)
                : start('edit', Number(e.target.value), Number(e.target.value))
            }
            data-testid="edit-year"
          >
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {t('planning.yearOption', { year: y.year })}
              </option>
            ))}
            <option value="new">{t('years.new')}</option>
          </select>
        </div>
        {editing?.mode === 'new' && (
          <div className="field">
            <label htmlFor="base-year">{t('years.prefill')}</label>
            <select
              id="base-year"
              value={editing.base ?? ''}
              onChange={(e) => start('new', Number(form?.year) || nextYear, e.target.value ? Number(e.target.value) : null)}
              data-testid="base-year"
            >
              <option value="">{t('years.blank')}</option>
              {years.map((y) => (
                <option key={y.year} value={y.year}>
                  {t('planning.yearOption', { year: y.year })}
                </option>
              ))}
            </select>
          </div>
        )}
        <p className="muted small filters-note">{t('years.intro')}</p>
      </div>

      {form && (
        <form className="card year-form" onSubmit={save} noValidate data-testid="year-form">
          {message && (
            <FormMessage kind={message.kind} testId="year-message">
              {message.text}
            </FormMessage>
          )}
          <section className="plan-section">
            <h2>{t('years.period')}</h2>
            <div className="form-grid">
              <FormField id="year" label={t('planning.schoolYear')} error={errors.year} required>
                <input
                  {...inputProps('year', errors.year)}
                  type="number"
                  min={90}
                  max={200}
                  value={form.year}
                  readOnly={editing?.mode === 'edit'}
                  onChange={(e) => setForm({ ...form, year: e.target.value })}
                />
              </FormField>
              <FormField id="serviceOpensOn" label={t('years.serviceOpens')} error={errors.serviceOpensOn} required>
                <input
                  {...inputProps('serviceOpensOn', errors.serviceOpensOn)}
                  type="date"
                  value={form.serviceOpensOn}
                  onChange={(e) => setForm({ ...form, serviceOpensOn: e.target.value })}
                />
              </FormField>
              <FormField id="serviceClosesOn" label={t('years.serviceCloses')} error={errors.serviceClosesOn} required>
                <input
                  {...inputProps('serviceClosesOn', errors.serviceClosesOn)}
                  type="date"
                  value={form.serviceClosesOn}
                  onChange={(e) => setForm({ ...form, serviceClosesOn: e.target.value })}
                />
              </FormField>
              <FormField
                id="rewardThresholdPercent"
                label={t('years.threshold')}
                error={errors.rewardThresholdPercent}
                hint={t('years.thresholdHint')}
                required
              >
                <input
                  {...inputProps('rewardThresholdPercent', errors.rewardThresholdPercent, true)}
                  type="number"
                  min={0}
                  max={100}
                  value={form.rewardThresholdPercent}
                  onChange={(e) => setForm({ ...form, rewardThresholdPercent: e.target.value })}
                />
              </FormField>
            </div>
            <p className="muted small">{t('years.datesNote')}</p>
          </section>

          <section className="plan-section">
            <h2>{t('years.windows')}</h2>
            {errors.windows && <p className="field-error">{errors.windows}</p>}
            <div className="table-wrap">
              <table className="data" data-testid="windows-table">
                <thead>
                  <tr>
                    <th scope="col">{t('years.kind')}</th>
                    <th scope="col">{t('years.groupKey')}</th>
                    <th scope="col">{t('years.opensOn')}</th>
                    <th scope="col">{t('years.closesOn')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('accounts.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {form.windows.map((w, i) => {
                    const name = `${label('PlanKind', w.planKind)} ${groupLabel(t, w.planKind, w.groupKey)}`;
                    const err = (f: string) => errors[`windows.${i}.${f}`];
                    return (
                      <tr key={`${w.planKind}-${i}`} data-window={`${w.planKind}:${w.groupKey}`}>
                        <td>{label('PlanKind', w.planKind)}</td>
                        <th scope="row">
                          {groupLabel(t, w.planKind, w.groupKey)}
                          {err('groupKey') && <span className="field-error block">{err('groupKey')}</span>}
                        </th>
                        {(['opensOn', 'closesOn'] as const).map((f) => (
                          <td key={f}>
                            <label htmlFor={`w-${i}-${f}`} className="sr-only">
                              {name} {t(f === 'opensOn' ? 'years.opensOn' : 'years.closesOn')}
                            </label>
                            <input
                              {...inputProps(`w-${i}-${f}`, err(f))}
                              type="date"
                              value={w[f]}
                              onChange={(e) => setWindow(i, { [f]: e.target.value })}
                            />
                            {err(f) && (
                              <span className="field-error block" id={`w-${i}-${f}-error`} data-testid={`error-windows.${i}.${f}`}>
                                {err(f)}
                              </span>
                            )}
                          </td>
                        ))}
                        <td>
                          <button
                            type="button"
                            className="small-button"
                            onClick={() => removeWindow(i)}
                            aria-label={t('years.removeOf', { name })}
                          >
                            {t('years.remove')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <div className="form-actions">
              <button type="button" className="small-button" onClick={() => addWindow('SCHOOL_PLAN')}>
                {t('years.addGroup')}
              </button>
              <button type="button" className="small-button" onClick={() => addWindow('TEACHER_PLAN')}>
                {t('years.addWave')}
              </button>
            </div>
          </section>

          <section className="plan-section">
            <h2>{t('years.counties')}</h2>
            {errors.counties && <p className="field-error">{errors.counties}</p>}
            <div className="table-wrap">
              <table className="data" data-testid="counties-table">
                <thead>
                  <tr>
                    <th scope="col">{t('schools.county')}</th>
                    <th scope="col">{t('progress.group')}</th>
                    <th scope="col">{t('progress.wave')}</th>
                  </tr>
                </thead>
                <tbody>
                  {counties.map((c, i) => {
                    const s = form.counties[c.id] ?? { planGroup: '', teacherWave: '' };
                    const gErr = errors[`counties.${i}.planGroup`];
                    const wErr = errors[`counties.${i}.teacherWave`];
                    return (
                      <tr key={c.id} data-county={c.name}>
                        <th scope="row">{pick(c.name, c.nameEn)}</th>
                        <td>
                          <label htmlFor={`c-${i}-group`} className="sr-only">
                            {pick(c.name, c.nameEn)} {t('progress.group')}
                          </label>
                          <select
                            {...inputProps(`c-${i}-group`, gErr)}
                            value={s.planGroup}
                            onChange={(e) => setCounty(c.id, { planGroup: e.target.value })}
                          >
                            <option value="">{t('form.choose')}</option>
                            {[...new Set([...schoolKeys, ...(s.planGroup ? [s.planGroup] : [])])].map((k) => (
                              <option key={k} value={k}>
                                {groupLabel(t, 'SCHOOL_PLAN', k)}
                              </option>
                            ))}
                          </select>
                          {gErr && <span className="field-error block">{gErr}</span>}
                        </td>
                        <td>
                          <label htmlFor={`c-${i}-wave`} className="sr-only">
                            {pick(c.name, c.nameEn)} {t('progress.wave')}
                          </label>
                          <select
                            {...inputProps(`c-${i}-wave`, wErr)}
                            value={s.teacherWave}
                            onChange={(e) => setCounty(c.id, { teacherWave: e.target.value })}
                          >
                            <option value="">{t('form.choose')}</option>
                            {[...new Set([...waveKeys, ...(s.teacherWave ? [s.teacherWave] : [])])].map((k) => (
                              <option key={k} value={k}>
                                {groupLabel(t, 'TEACHER_PLAN', k)}
                              </option>
                            ))}
                          </select>
                          {wErr && <span className="field-error block">{wErr}</span>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p className="muted small">{t('years.countiesNote', { n: num(counties.length) })}</p>
          </section>

          <div className="form-actions">
            <button type="submit" className="primary" disabled={saving} data-testid="save-year">
              {saving ? t('form.submitting') : t('years.save', { year: form.year })}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
