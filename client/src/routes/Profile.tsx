import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { fieldErrors, hasErrorAt } from '../apollo/errors';
import { CheckboxGroup, FormField, FormMessage, inputProps } from '../components/Form';
import { MessagingPreferencesSection } from '../components/MessagingPreferences';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { graphql } from '../gql';
import type { Subject, TeacherTitle } from '../gql/graphql';
import { useChoices } from '../hooks/useReference';
import { useI18n } from '../i18n';

/** [修改個人基本資料] the teacher's own profile and whether it is confirmed for this semester; every person's messaging preferences (通知偏好). */
const MY_PROFILE_QUERY = graphql(`
  query MyProfile {
    currentSemester
    me {
      username
      teacher {
        ...MyProfileFields
      }
    }
  }
`);

graphql(`
  fragment MyProfileFields on Teacher {
    id
    name
    title
    subjects
    email
    phone
    school {
      id
      name
    }
    profileConfirmation {
      semester
      confirmedAt
      current
    }
  }
`);

const UPDATE_MY_PROFILE = graphql(`
  mutation UpdateMyProfile($input: MyProfileInput!) {
    updateMyProfile(input: $input) {
      ...MyProfileFields
    }
  }
`);

const CONFIRM_MY_PROFILE = graphql(`
  mutation ConfirmMyProfile {
    confirmMyProfile {
      ...MyProfileFields
    }
  }
`);

interface Form {
  title: TeacherTitle | '';
  subjects: Subject[];
  email: string;
  phone: string;
}

export function ProfilePage() {
  const { t, dateTime, explain, errorText } = useI18n();
  const { data, loading, error } = useQuery(MY_PROFILE_QUERY, { fetchPolicy: 'network-only' });
  const teacher = data?.me?.teacher ?? null;
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [update, updating] = useMutation(UPDATE_MY_PROFILE);
  const [confirm, confirming] = useMutation(CONFIRM_MY_PROFILE);
  const titles = useChoices('TITLE', teacher ? [teacher.title] : []);
  const subjects = useChoices('SUBJECT', teacher?.subjects ?? []);

  const saved: Form | null = useMemo(
    () => (teacher ? { title: teacher.title, subjects: teacher.subjects, email: teacher.email ?? '', phone: teacher.phone ?? '' } : null),
    [teacher],
  );
  useEffect(() => {
    if (saved && !form) setForm(saved);
  }, [saved, form]);

  if (!data && loading) return <Loading />;
  if (!teacher || !form || !saved) {
    return (
      <>
        <h1>{t('profile.title')}</h1>
        {hasErrorAt(error, 'FORBIDDEN') || (data && !teacher) ? (
          <NoAccess message={t('profile.notTeacher')} />
        ) : (
          <LoadError error={error} />
        )}
        {data?.me && <MessagingPreferencesSection />}
      </>
    );
  }

  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  const conf = teacher.profileConfirmation;

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    setMessage(null);
    const local: Record<string, string> = {};
    if (!form.title) local.title = t('form.error.required');
    if (form.subjects.length < 1 || form.subjects.length > 6) local.subjects = t('profile.error.subjects');
    if (form.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) local.email = t('form.error.email');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const { data: d } = await update({
        variables: {
          input: { title: form.title as TeacherTitle, subjects: form.subjects, email: form.email.trim(), phone: form.phone.trim() },
        },
      });
      if (d) {
        const x = d.updateMyProfile;
        setForm({ title: x.title, subjects: x.subjects, email: x.email ?? '', phone: x.phone ?? '' });
      }
      setMessage({ kind: 'ok', text: t('profile.saved') });
    } catch (err) {
      const byField = fieldErrors(err as Error);
      setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, explain(v)])));
      setMessage({ kind: 'error', text: Object.keys(byField).length ? t('form.error.fix') : errorText(err as Error) });
    }
  }

  async function confirmProfile() {
    setMessage(null);
    try {
      await confirm();
      setMessage({ kind: 'ok', text: t('profile.confirmedNow', { semester: data?.currentSemester ?? '' }) });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err as Error) });
    }
  }

  return (
    <>
      <h1>{t('profile.title')}</h1>
      <section className="card" aria-labelledby="confirm-heading" data-testid="profile-confirmation">
        <h2 id="confirm-heading">{t('profile.confirmTitle', { semester: data?.currentSemester ?? '' })}</h2>
        {conf?.current ? (
          <p className="badge-line">
            <span className="badge badge-ok" data-testid="confirmation-status">
              {t('profile.confirmed')}
            </span>{' '}
            {conf.confirmedAt && <span className="muted">{t('profile.confirmedAt', { at: dateTime(conf.confirmedAt) })}</span>}
          </p>
        ) : (
          <p className="badge-line">
            <span className="badge badge-warn" data-testid="confirmation-status">
              {t('profile.notConfirmed')}
            </span>{' '}
            {conf?.semester && <span className="muted">{t('profile.lastConfirmed', { semester: conf.semester })}</span>}
          </p>
        )}
        <p className="muted">{t('profile.confirmHelp')}</p>
        <button
          type="button"
          className="primary"
          onClick={confirmProfile}
          disabled={dirty || confirming.loading}
          data-testid="confirm-profile"
          aria-describedby={dirty ? 'confirm-dirty' : undefined}
        >
          {conf?.current ? t('profile.confirmAgain') : t('profile.confirm')}
        </button>
        {dirty && (
          <span className="hint" id="confirm-dirty">
            {' '}
            {t('profile.saveFirst')}
          </span>
        )}
      </section>

      <form className="card form-grid" onSubmit={save} noValidate aria-labelledby="profile-heading" data-testid="profile-form">
        <h2 id="profile-heading">{t('profile.formTitle')}</h2>
        {message && (
          <FormMessage kind={message.kind} testId="profile-message">
            {message.text}
          </FormMessage>
        )}
        <div className="field form-field">
          <span className="label">{t('field.name')}</span>
          <span>{teacher.name}</span>
        </div>
        <div className="field form-field">
          <span className="label">{t('field.school')}</span>
          <span>{teacher.school.name}</span>
        </div>
        <FormField id="title" label={t('field.title')} error={errors.title} required>
          <select
            {...inputProps('title', errors.title)}
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value as TeacherTitle })}
          >
            {titles.choices.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
          </select>
        </FormField>
        <div className="wide">
          <CheckboxGroup
            idPrefix="subjects"
            legend={t('profile.subjectsLegend')}
            choices={subjects.choices}
            value={form.subjects}
            onChange={(v) => setForm({ ...form, subjects: v as Subject[] })}
            error={errors.subjects}
          />
        </div>
        <FormField id="email" label={t('field.email')} error={errors.email}>
          <input
            {...inputProps('email', errors.email)}
            type="email"
            autoComplete="email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
        </FormField>
        <FormField id="phone" label={t('field.phone')} error={errors.phone}>
          <input
            {...inputProps('phone', errors.phone)}
            type="tel"
            autoComplete="tel"
            value={form.phone}
            onChange={(e) => setForm({ ...form, phone: e.target.value })}
          />
        </FormField>
        <div className="form-actions wide">
          <button type="submit" className="primary" disabled={!dirty || updating.loading} data-testid="save-profile">
            {updating.loading ? t('form.submitting') : t('profile.save')}
          </button>
          <button
            type="button"
            disabled={!dirty}
            onClick={() => {
              setForm(saved);
              setErrors({});
            }}
          >
            {t('form.reset')}
          </button>
        </div>
      </form>
      <MessagingPreferencesSection />
    </>
  );
}
