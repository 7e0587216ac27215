import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormMessage } from '../components/Form';
import { graphql } from '../gql';
import type { MessageType } from '../gql/graphql';
import { useI18n } from '../i18n';
import { LABELS } from '../../../server/src/shared/labels';

const UNSUBSCRIBE = graphql(`
  mutation Unsubscribe($key: String!, $type: MessageType!) {
    unsubscribe(key: $key, type: $type)
  }
`);

/** The link of a mail: /unsubscribe#key=..&type=.. (in the fragment, so the key stays out of server logs); asks once, then mutes the kind. */
export function UnsubscribePage() {
  const { t, label, errorText } = useI18n();
  const [run, state] = useMutation(UNSUBSCRIBE);
  const [done, setDone] = useState(false);
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onHash = () => {
      setHash(window.location.hash);
      setDone(false);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key') ?? '';
  const type = params.get('type') ?? '';
  const valid = key.length > 0 && type in LABELS.MessageType;
  const [failure, setFailure] = useState<string | null>(null);
  const kind = valid ? label('MessageType', type) : '';

  async function confirm() {
    setFailure(null);
    try {
      await run({ variables: { key, type: type as MessageType } });
      setDone(true);
    } catch (err) {
      setFailure(errorText(err as Error));
    }
  }

  return (
    <section className="card" data-testid="unsubscribe">
      <h1>{t('unsubscribe.title')}</h1>
      {!valid ? (
        <FormMessage kind="error">{t('unsubscribe.invalid')}</FormMessage>
      ) : done ? (
        <FormMessage kind="ok" testId="unsubscribe-done">
          {t('unsubscribe.done', { kind })}
        </FormMessage>
      ) : (
        <>
          <p>{t('unsubscribe.confirm', { kind })}</p>
          {failure && <FormMessage kind="error">{failure}</FormMessage>}
          <button type="button" className="primary" onClick={confirm} disabled={state.loading} data-testid="unsubscribe-confirm">
            {t('unsubscribe.submit')}
          </button>
        </>
      )}
    </section>
  );
}
