import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { isValidNationalId } from '../../../server/src/shared/national-id';
import { errorCode, fieldErrors } from '../apollo/errors';
import { FormField, FormMessage, inputProps } from '../components/Form';
import { graphql } from '../gql';
import type { BusinessRole, UnitsByNameQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { COUNTIES_QUERY } from './Schools';

/** Public: schools and course organisers by name or exact code (at most 20), to pick the unit applied for. */
const UNITS_BY_NAME_QUERY = graphql(`
  query UnitsByName($search: String!, $countyId: ID) {
    unitsByName(search: $search, countyId: $countyId) {
      id
      name
      code
      kind
      acceptedRoles
      county {
        id
        name
        nameEn
      }
    }
  }
`);

const APPLY = graphql(`
  mutation ApplyForBusinessAccount($input: ApplyForBusinessAccountInput!) {
    applyForBusinessAccount(input: $input) {
      id
      role
      status
      unit {
        id
        name
      }
    }
  }
`);

type Unit = UnitsByNameQuery['unitsByName'][number];

interface Fields {
  name: string;
  nationalId: string;
  username: string;
  password: string;
  password2: string;
  phone: string;
  email: string;
}

const EMPTY: Fields = { name: '', nationalId: '', username: '', password: '', password2: '', phone: '', email: '' };

/** 申請業務帳號 (public): the account starts PENDING until its manager activates it. */
export function ApplyPage() {
  const { t, label, pick, explain, errorText } = useI18n();
  const counties = useQuery(COUNTIES_QUERY);
  const [countyId, setCountyId] = useState('');
  const [unitSearch, setUnitSearch] = useState('');
  const [findUnits, units] = useLazyQuery(UNITS_BY_NAME_QUERY);
  const [unit, setUnit] = useState<Unit | null>(null);
  const [role, setRole] = useState<BusinessRole | ''>('');
  const [f, setF] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ unit: string; role: BusinessRole } | null>(null);
  const [apply, { loading }] = useMutation(APPLY);

  const set = (k: keyof Fields) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  // the roles this unit accepts: the server's answer (Unit.acceptedRoles)
  const roles = unit ? unit.acceptedRoles : [];

  function searchUnits(e?: FormEvent) {
    e?.preventDefault();
    const q = unitSearch.trim();
    if (!q) return;
    void findUnits({ variables: { search: q, countyId: countyId || null } });
  }

  function pickUnit(u: Unit) {
    setUnit(u);
    const allowed = u.acceptedRoles;
    if (role && !allowed.includes(role)) setRole('');
    if (allowed.length === 1) setRole(allowed[0]);
    setErrors((x) => ({ ...x, unitId: '' }));
  }

  function validate(): Record<string, string> {
    const e: Record<string, string> = {};
    if (!unit) e.unitId = t('apply.error.unit');
    if (!role) e.role = t('apply.error.role');
    if (!f.name.trim()) e.name = t('form.error.required');
    if (!isValidNationalId(f.nationalId.trim().toUpperCase())) e.nationalId = t('form.error.nationalId');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{3,31}$/.test(f.username.trim())) e.username = t('form.error.username');
    if (f.password.length < 8 || !/[A-Za-z]/.test(f.password) || !/[0-9]/.test(f.password)) e.password = t('form.error.password');
    else if (f.password !== f.password2) e.password2 = t('form.error.passwordMismatch');
    if (!f.phone.trim()) e.phone = t('form.error.required');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) e.email = t('form.error.email');
    return e;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const local = validate();
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setFormError(t('form.error.fix'));
      return;
    }
    try {
      const { data } = await apply({
        variables: {
          input: {
            unitId: unit!.id,
            role: role as BusinessRole,
            name: f.name.trim(),
            nationalId: f.nationalId.trim().toUpperCase(),
            username: f.username.trim(),
            password: f.password,
            phone: f.phone.trim(),
            email: f.email.trim(),
          },
        },
      });
      if (!data) throw new Error('no data');
      setDone({ unit: data.applyForBusinessAccount.unit.name, role: data.applyForBusinessAccount.role });
    } catch (err) {
      const byField = fieldErrors(err as Error);
      const fieldsShown = Object.keys(byField).length > 0;
      setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, explain(v)])));
      const code = errorCode(err as Error);
      if (code === 'NETWORK') setFormError(t('common.networkError'));
      else if (fieldsShown) setFormError(t('form.error.fix'));
      else setFormError(errorText(err as Error));
    }
  }

  if (done) {
    return (
      <>
        <h1>{t('apply.title')}</h1>
        <section className="card" data-testid="apply-done">
          <h2>{t('apply.doneTitle')}</h2>
          <p role="status">{t('apply.done', { unit: done.unit, role: label('BusinessRole', done.role) })}</p>
          <p>{t(done.role === 'CHIEF' ? 'apply.doneChief' : unit && unit.kind !== 'SCHOOL' ? 'apply.donePlatform' : 'apply.doneSchool')}</p>
          <p>
            <Link to="/login">{t('apply.toLogin')}</Link> · <Link to="/directory">{t('nav.directory')}</Link>
          </p>
        </section>
      </>
    );
  }

  const found = units.data?.unitsByName;
  return (
    <>
      <h1>{t('apply.title')}</h1>
      <p className="muted">{t('apply.intro')}</p>

      <section className="card" aria-labelledby="unit-heading">
        <h2 id="unit-heading">{t('apply.step.unit')}</h2>
        <form className="inline-form" role="search" onSubmit={searchUnits}>
          <div className="field">
            <label htmlFor="u-county">{t('schools.county')}</label>
            <select id="u-county" value={countyId} onChange={(e) => setCountyId(e.target.value)}>
              <option value="">{t('common.all')}</option>
              {counties.data?.counties.map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.name, c.nameEn)}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-grow">
            <label htmlFor="u-search">{t('apply.unitSearch')}</label>
            <input id="u-search" type="search" value={unitSearch} onChange={(e) => setUnitSearch(e.target.value)} />
          </div>
          <div className="field field-actions">
            <button type="submit" disabled={!unitSearch.trim()}>
              {t('apply.findUnits')}
            </button>
          </div>
        </form>
        {units.loading && <p className="status">{t('common.loading')}</p>}
        {units.error && <FormMessage kind="error">{errorText(units.error)}</FormMessage>}
        {found && found.length === 0 && <p className="empty">{t('apply.noUnits')}</p>}
        {found && found.length > 0 && (
          <fieldset className="unit-choices" data-testid="unit-choices">
            <legend className="sr-only">{t('apply.pickUnit')}</legend>
            {found.map((u) => (
              <label key={u.id} className={unit?.id === u.id ? 'unit-choice selected' : 'unit-choice'}>
                <input type="radio" name="unit" value={u.id} checked={unit?.id === u.id} onChange={() => pickUnit(u)} />
                <span className="unit-name">{u.name}</span>
                <span className="muted small">
                  <span className="mono">{u.code}</span> · {label('UnitKind', u.kind)}
                  {u.county && <> · {pick(u.county.name, u.county.nameEn)}</>}
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {found && found.length >= 20 && <p className="muted small">{t('apply.moreUnits')}</p>}
      </section>

      <form className="card form-grid" onSubmit={submit} noValidate aria-labelledby="apply-heading" data-testid="apply-form">
        <h2 id="apply-heading">{t('apply.step.person')}</h2>
        {formError && (
          <FormMessage kind="error" testId="apply-error">
            {formError}
          </FormMessage>
        )}
        <div className="field form-field wide" data-field="unitId">
          <span className="label">{t('field.unit')}</span>
          <span data-testid="picked-unit" aria-describedby={errors.unitId ? 'unitId-error' : undefined}>
            {unit ? (
              <>
                <strong>{unit.name}</strong> <span className="muted">{t('common.paren', { x: label('UnitKind', unit.kind) })}</span>
              </>
            ) : (
              <span className="muted">{t('apply.noUnitYet')}</span>
            )}
          </span>
          {errors.unitId && (
            <span className="field-error" id="unitId-error" data-testid="error-unitId">
              {errors.unitId}
            </span>
          )}
        </div>
        <FormField
          id="role"
          label={t('field.role')}
          error={errors.role}
          hint={unit && unit.kind !== 'SCHOOL' ? t('apply.operatorOnly') : undefined}
          required
        >
          <select
            {...inputProps('role', errors.role, Boolean(unit && unit.kind !== 'SCHOOL'))}
            value={role}
            onChange={(e) => setRole(e.target.value as BusinessRole)}
            disabled={!unit}
          >
            <option value="">{t('form.choose')}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {label('BusinessRole', r)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="name" label={t('field.name')} error={errors.name} required>
          <input {...inputProps('name', errors.name)} autoComplete="name" value={f.name} onChange={set('name')} />
        </FormField>
        <FormField id="nationalId" label={t('field.nationalId')} error={errors.nationalId} required>
          <input
            {...inputProps('nationalId', errors.nationalId)}
            autoComplete="off"
            className="mono"
            maxLength={10}
            value={f.nationalId}
            onChange={set('nationalId')}
          />
        </FormField>
        <FormField id="username" label={t('field.username')} error={errors.username} hint={t('form.hint.username')} required>
          <input {...inputProps('username', errors.username, true)} autoComplete="username" value={f.username} onChange={set('username')} />
        </FormField>
        <FormField id="password" label={t('login.password')} error={errors.password} hint={t('form.hint.password')} required>
          <input
            {...inputProps('password', errors.password, true)}
            type="password"
            autoComplete="new-password"
            value={f.password}
            onChange={set('password')}
          />
        </FormField>
        <FormField id="password2" label={t('form.passwordAgain')} error={errors.password2} required>
          <input
            {...inputProps('password2', errors.password2)}
            type="password"
            autoComplete="new-password"
            value={f.password2}
            onChange={set('password2')}
          />
        </FormField>
        <FormField id="phone" label={t('field.phone')} error={errors.phone} required>
          <input {...inputProps('phone', errors.phone)} type="tel" autoComplete="tel" value={f.phone} onChange={set('phone')} />
        </FormField>
        <FormField id="email" label={t('field.email')} error={errors.email} required>
          <input {...inputProps('email', errors.email)} type="email" autoComplete="email" value={f.email} onChange={set('email')} />
        </FormField>
        <p className="muted small wide">{t('apply.note')}</p>
        <div className="form-actions wide">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('form.submitting') : t('apply.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
