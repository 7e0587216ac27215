import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { FormMessage } from '../../components/Form';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';

const SIGN_IN = graphql(`
  mutation SignInToSession($code: String!) {
    signInToSession(code: $code) {
      registrationId
      status
      method
      recordedAt
    }
  }
`);

/** 研習簽到: a teacher signs in to the session running now with the code shown there (?code= from its QR code). */
export function SignInCodePage() {
  const { t, label, dateTime, errorText } = useI18n();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [signIn, state] = useMutation(SIGN_IN);
  const [note, setNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const c = code.trim();
    if (!c) return setNote({ kind: 'error', text: t('signIn.empty') });
    setNote(null);
    try {
      const r = (await signIn({ variables: { code: c } })).data?.signInToSession;
      if (r) setNote({ kind: 'ok', text: t('signIn.done', { time: dateTime(r.recordedAt), status: label('AttendanceStatus', r.status) }) });
    } catch (err) {
      setNote({ kind: 'error', text: t('signIn.failed', { message: errorText(err as Error) }) });
    }
  }

  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <p className="muted">{t('signIn.intro')}</p>
      <form className="inline-form" onSubmit={submit} noValidate data-testid="sign-in-form">
        <div className="field">
          <label htmlFor="sign-in-code">{t('signIn.code')}</label>
          <input
            id="sign-in-code"
            value={code}
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(e) => setCode(e.target.value)}
            className="mono"
            data-testid="sign-in-input"
          />
        </div>
        <div className="field field-actions">
          <button type="submit" className="primary" disabled={state.loading} data-testid="sign-in-submit">
            {t('signIn.submit')}
          </button>
        </div>
      </form>
      {note && (
        <FormMessage kind={note.kind} testId="sign-in-note">
          {note.text}
        </FormMessage>
      )}
    </>
  );
}
