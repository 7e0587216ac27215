import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { fieldErrors } from '../apollo/errors';
import { CheckboxGroup, FormField, FormMessage, inputProps } from './Form';
import { LoadError, Loading } from './Status';
import { graphql } from '../gql';
import type { MessageLanguage, MessageType, MessagingMode } from '../gql/graphql';
import { useI18n } from '../i18n';

graphql(`
  fragment MessagingPreferencesFields on MessagingPreferences {
    language
    mode
    mutedTypes
    mutableTypes
    essentialTypes
  }
`);

const MY_PREFERENCES = graphql(`
  query MyMessagingPreferences {
    myMessagingPreferences {
      ...MessagingPreferencesFields
    }
  }
`);

const SET_PREFERENCES = graphql(`
  mutation SetMessagingPreferences($input: MessagingPreferencesInput!) {
    setMessagingPreferences(input: $input) {
      ...MessagingPreferencesFields
    }
  }
`);

interface Form {
  language: MessageLanguage;
  mode: MessagingMode;
  mutedTypes: MessageType[];
}

/** 通知偏好: the viewer's own language, mode (at once or a daily digest) and muted kinds; the kinds come from the server. */
export function MessagingPreferencesSection() {
  const { t, label, list, explain, errorText } = useI18n();
  const { data, loading, error } = useQuery(MY_PREFERENCES, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SET_PREFERENCES);
  const prefs = data?.myMessagingPreferences ?? null;
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    if (prefs && !form) setForm({ language: prefs.language, mode: prefs.mode, mutedTypes: prefs.mutedTypes });
  }, [prefs, form]);

  if (!data && loading) return <Loading />;
  if (!prefs || !form) return <LoadError error={error} />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    setMessage(null);
    setErrors({});
    try {
      const { data: d } = await save({ variables: { input: form } });
      if (d) {
        const x = d.setMessagingPreferences;
        setForm({ language: x.language, mode: x.mode, mutedTypes: x.mutedTypes });
      }
      setMessage({ kind: 'ok', text: t('prefs.saved') });
    } catch (err) {
      const byField = fieldErrors(err as Error);
      setErrors(Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, explain(v)])));
      setMessage({ kind: 'error', text: errorText(err as Error) });
    }
  }

  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-labelledby="prefs-heading" data-testid="messaging-preferences">
      <h2 id="prefs-heading">{t('prefs.title')}</h2>
      <p className="muted wide">{t('prefs.help')}</p>
      {message && (
        <FormMessage kind={message.kind} testId="prefs-message">
          {message.text}
        </FormMessage>
      )}
      <FormField id="prefs-language" label={t('prefs.language')} error={errors.language}>
        <select
          {...inputProps('prefs-language', errors.language)}
          value={form.language}
          onChange={(e) => setForm({ ...form, language: e.target.value as MessageLanguage })}
        >
          {(['ZH_TW', 'EN'] as const).map((l) => (
            <option key={l} value={l}>
              {label('MessageLanguage', l)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="prefs-mode" label={t('prefs.mode')} error={errors.mode}>
        <select
          {...inputProps('prefs-mode', errors.mode)}
          value={form.mode}
          onChange={(e) => setForm({ ...form, mode: e.target.value as MessagingMode })}
        >
          {(['IMMEDIATE', 'DAILY_DIGEST'] as const).map((m) => (
            <option key={m} value={m}>
              {label('MessagingMode', m)}
            </option>
          ))}
        </select>
      </FormField>
      <div className="wide">
        <CheckboxGroup
          idPrefix="prefs-muted"
          legend={t('prefs.muted')}
          choices={prefs.mutableTypes.map((k) => ({ code: k, label: label('MessageType', k) }))}
          value={form.mutedTypes}
          onChange={(v) => setForm({ ...form, mutedTypes: v as MessageType[] })}
          error={errors.mutedTypes}
        />
        <p className="hint">{t('prefs.essential', { list: list(prefs.essentialTypes.map((k) => label('MessageType', k))) })}</p>
      </div>
      <div className="form-actions wide">
        <button type="submit" className="primary" disabled={saving.loading} data-testid="save-prefs">
          {saving.loading ? t('form.submitting') : t('prefs.save')}
        </button>
      </div>
    </form>
  );
}
