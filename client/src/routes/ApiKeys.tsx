import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorCode, fieldErrors, hasErrorAt } from '../apollo/errors';
import { Dialog } from '../components/Dialog';
import { CheckboxGroup, FormField, FormMessage, inputProps } from '../components/Form';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { graphql } from '../gql';
import type { ApiKeyFieldsFragment, ApiScope } from '../gql/graphql';
import { useI18n } from '../i18n';
import { COUNTIES_QUERY } from './Schools';

const SCOPES: ApiScope[] = ['DIRECTORY_READ', 'STATISTICS_READ', 'TEACHER_SYNC'];

graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    county {
      id
      name
      nameEn
    }
    pointsPerSecond
    createdBy
    createdAt
    rotatedAt
    revokedAt
    lastUsedAt
    requests
    refused
    pointsUsed
  }
`);

/** The partner keys (platform only). */
const API_KEYS_QUERY = graphql(`
  query ApiKeys {
    apiKeys {
      ...ApiKeyFields
    }
  }
`);

const CREATE_API_KEY = graphql(`
  mutation CreateApiKey($input: NewApiKeyInput!) {
    createApiKey(input: $input) {
      key {
        ...ApiKeyFields
      }
      secret
    }
  }
`);

const ROTATE_API_KEY = graphql(`
  mutation RotateApiKey($id: ID!) {
    rotateApiKey(id: $id) {
      key {
        ...ApiKeyFields
      }
      secret
    }
  }
`);

const REVOKE_API_KEY = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);

type Key = ApiKeyFieldsFragment;

type DialogState = { kind: 'revoke'; key: Key } | { kind: 'rotate'; key: Key } | null;

/** 介接金鑰: create, rotate and revoke partner keys; the secret is shown once. */
export function ApiKeysPage() {
  const { t, label, num, pick, dateTime, list, errorText } = useI18n();
  const { data, loading, error, refetch } = useQuery(API_KEYS_QUERY, { fetchPolicy: 'network-only' });
  const [revoke] = useMutation(REVOKE_API_KEY);
  const [rotate] = useMutation(ROTATE_API_KEY);
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setNotice(null);
    try {
      await action();
    } catch (err) {
      setNotice({
        kind: 'error',
        text: errorCode(err as Error) === 'NETWORK' ? t('common.networkError') : t('apiKeys.refused', { message: errorText(err as Error) }),
      });
    } finally {
      setBusy(false);
      setDialog(null);
      await refetch();
    }
  }

  if (hasErrorAt(error, 'FORBIDDEN', ['apiKeys']) && !data)
    return (
      <>
        <h1>{t('apiKeys.title')}</h1>
        <NoAccess />
      </>
    );
  const keys = data?.apiKeys ?? [];
  const none = t('common.none');
  const when = (iso: string | null | undefined) => (iso ? dateTime(iso) : none);

  return (
    <>
      <h1>{t('apiKeys.title')}</h1>
      <p className="muted">{t('apiKeys.intro')}</p>
      {secret && <SecretBox name={secret.name} secret={secret.secret} onDone={() => setSecret(null)} />}
      {notice && (
        <FormMessage kind={notice.kind} testId={notice.kind === 'ok' ? 'action-ok' : 'action-error'}>
          {notice.text}
        </FormMessage>
      )}
      <CreateKeyForm
        onCreated={async (name, s) => {
          setNotice(null);
          setSecret({ name, secret: s });
          await refetch();
        }}
      />
      <h2>{t('apiKeys.listTitle')}</h2>
      {loading && !data && <Loading />}
      <LoadError error={error} />
      {data &&
        (keys.length === 0 ? (
          <p className="empty" data-testid="no-api-keys">
            {t('apiKeys.empty')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="api-keys-table">
              <caption className="sr-only">{t('apiKeys.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('apiKeys.name')}</th>
                  <th scope="col">{t('apiKeys.prefix')}</th>
                  <th scope="col">{t('apiKeys.scopes')}</th>
                  <th scope="col">{t('apiKeys.county')}</th>
                  <th scope="col" className="num">
                    {t('apiKeys.pointsPerSecond')}
                  </th>
                  <th scope="col">{t('apiKeys.created')}</th>
                  <th scope="col">{t('apiKeys.lastUsed')}</th>
                  <th scope="col" className="num">
                    {t('apiKeys.requests')}
                  </th>
                  <th scope="col" className="num">
                    {t('apiKeys.refusedCount')}
                  </th>
                  <th scope="col" className="num">
                    {t('apiKeys.pointsUsed')}
                  </th>
                  <th scope="col">{t('apiKeys.status')}</th>
                  <th scope="col">{t('apiKeys.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((k) => (
                  <tr key={k.id} data-key-name={k.name} data-testid="api-key-row">
                    <th scope="row" data-col="name">
                      {k.name}
                    </th>
                    <td data-col="prefix" className="mono">
                      ik_{k.prefix}_…
                    </td>
                    <td data-col="scopes">{list(k.scopes.map((s) => label('ApiScope', s)))}</td>
                    <td data-col="county">{k.county ? pick(k.county.name, k.county.nameEn) : none}</td>
                    <td data-col="pointsPerSecond" className="num">
                      {num(k.pointsPerSecond)}
                    </td>
                    <td data-col="created">
                      {when(k.createdAt)}
                      <br />
                      <span className="muted small">{k.createdBy}</span>
                      {k.rotatedAt && (
                        <>
                          <br />
                          <span className="muted small">{t('apiKeys.rotatedAt', { at: dateTime(k.rotatedAt) })}</span>
                        </>
                      )}
                    </td>
                    <td data-col="lastUsed">{when(k.lastUsedAt)}</td>
                    <td data-col="requests" className="num">
                      {num(k.requests)}
                    </td>
                    <td data-col="refused" className="num">
                      {num(k.refused)}
                    </td>
                    <td data-col="pointsUsed" className="num">
                      {num(k.pointsUsed)}
                    </td>
                    <td data-col="status">{k.revokedAt ? t('apiKeys.revokedAt', { at: dateTime(k.revokedAt) }) : t('apiKeys.active')}</td>
                    <td data-col="actions">
                      {!k.revokedAt && (
                        <div className="row-actions">
                          <button
                            type="button"
                            disabled={busy}
                            data-testid="rotate-key"
                            onClick={() => setDialog({ kind: 'rotate', key: k })}
                          >
                            {t('apiKeys.rotate')}
                          </button>
                          <button
                            type="button"
                            className="danger"
                            disabled={busy}
                            data-testid="revoke-key"
                            onClick={() => setDialog({ kind: 'revoke', key: k })}
                          >
                            {t('apiKeys.revoke')}
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {dialog?.kind === 'revoke' && (
        <Dialog
          open
          title={t('apiKeys.revokeTitle')}
          onClose={() => setDialog(null)}
          testId="revoke-dialog"
          closeText={t('apiKeys.cancel')}
          actions={
            <button
              type="button"
              className="danger"
              disabled={busy}
              data-testid="revoke-confirm"
              onClick={() =>
                run(async () => {
                  await revoke({ variables: { id: dialog.key.id } });
                  setSecret(null);
                  setNotice({ kind: 'ok', text: t('apiKeys.revoked', { name: dialog.key.name }) });
                })
              }
            >
              {t('apiKeys.revokeYes')}
            </button>
          }
        >
          <p>{t('apiKeys.revokeConfirm', { name: dialog.key.name, prefix: dialog.key.prefix })}</p>
          <p className="notice notice-info">{t('apiKeys.revokeNote')}</p>
        </Dialog>
      )}
      {dialog?.kind === 'rotate' && (
        <Dialog
          open
          title={t('apiKeys.rotateTitle')}
          onClose={() => setDialog(null)}
          testId="rotate-dialog"
          closeText={t('apiKeys.cancel')}
          actions={
            <button
              type="button"
              disabled={busy}
              data-testid="rotate-confirm"
              onClick={() =>
                run(async () => {
                  const { data: d } = await rotate({ variables: { id: dialog.key.id } });
                  if (!d) throw new Error('no data');
                  setSecret({ name: d.rotateApiKey.key.name, secret: d.rotateApiKey.secret });
                })
              }
            >
              {t('apiKeys.rotateYes')}
            </button>
          }
        >
          <p>{t('apiKeys.rotateConfirm', { name: dialog.key.name })}</p>
        </Dialog>
      )}
    </>
  );
}

/** The new secret, shown once, with a copy button. */
function SecretBox({ name, secret, onDone }: { name: string; secret: string; onDone(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <section className="card secret-box" data-testid="api-key-secret-box" aria-labelledby="secret-box-title">
      <h2 id="secret-box-title">{t('apiKeys.secretTitle', { name })}</h2>
      <p className="notice notice-error" role="alert">
        {t('apiKeys.secretOnce')}
      </p>
      <p>
        <code className="mono big secret" data-testid="api-key-secret">
          {secret}
        </code>
      </p>
      <p className="muted small">{t('apiKeys.secretHow')}</p>
      <div className="row-actions">
        <button
          type="button"
          data-testid="copy-secret"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(secret);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
        </button>
        <button type="button" data-testid="secret-done" onClick={onDone}>
          {t('apiKeys.secretDone')}
        </button>
      </div>
      {copied === false && <p className="field-error">{t('apiKeys.copyFailed')}</p>}
    </section>
  );
}

function CreateKeyForm({ onCreated }: { onCreated(name: string, secret: string): Promise<void> }) {
  const { t, label, pick, explain, errorText } = useI18n();
  const counties = useQuery(COUNTIES_QUERY);
  const [create, { loading }] = useMutation(CREATE_API_KEY);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>(['DIRECTORY_READ']);
  const [countyId, setCountyId] = useState('');
  const [rate, setRate] = useState('100');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setFailure(null);
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('form.error.required');
    if (scopes.length === 0) local.scopes = t('apiKeys.error.scopes');
    if (scopes.includes('TEACHER_SYNC') && !countyId) local.countyId = t('apiKeys.error.county');
    const points = rate.trim() === '' ? null : Number(rate);
    if (points !== null && (!Number.isInteger(points) || points < 1)) local.pointsPerSecond = t('apiKeys.error.points');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      const { data } = await create({
        variables: { input: { name: name.trim(), scopes, countyId: countyId || null, pointsPerSecond: points } },
      });
      if (!data) throw new Error('no data');
      setName('');
      setScopes(['DIRECTORY_READ']);
      setCountyId('');
      setRate('100');
      await onCreated(data.createApiKey.key.name, data.createApiKey.secret);
    } catch (err) {
      const fields = fieldErrors(err as Error);
      const shown: Record<string, string> = {};
      for (const [f, m] of Object.entries(fields)) shown[f] = explain(m);
      setErrors(shown);
      if (Object.keys(shown).length === 0) {
        setFailure(
          errorCode(err as Error) === 'NETWORK' ? t('common.networkError') : t('apiKeys.refused', { message: errorText(err as Error) }),
        );
      }
    }
  }

  return (
    <form className="card form" onSubmit={submit} noValidate data-testid="api-key-form">
      <h2>{t('apiKeys.createTitle')}</h2>
      <FormField id="k-name" label={t('apiKeys.name')} error={errors.name} required>
        <input {...inputProps('k-name', errors.name)} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <CheckboxGroup
        idPrefix="k-scopes"
        legend={t('apiKeys.scopes')}
        choices={SCOPES.map((s) => ({ code: s, label: label('ApiScope', s) }))}
        value={scopes}
        onChange={(next) => setScopes(next as ApiScope[])}
        error={errors.scopes}
      />
      <FormField id="k-county" label={t('apiKeys.county')} error={errors.countyId} hint={t('apiKeys.countyHint')}>
        <select {...inputProps('k-county', errors.countyId, true)} value={countyId} onChange={(e) => setCountyId(e.target.value)}>
          <option value="">{t('apiKeys.noCounty')}</option>
          {[...(counties.data?.counties ?? [])]
            .sort((a, b) => a.order - b.order)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {pick(c.name, c.nameEn)}
              </option>
            ))}
        </select>
      </FormField>
      <FormField id="k-points" label={t('apiKeys.pointsPerSecond')} error={errors.pointsPerSecond} hint={t('apiKeys.pointsHint')}>
        <input
          {...inputProps('k-points', errors.pointsPerSecond, true)}
          type="number"
          min={1}
          max={100000}
          value={rate}
          onChange={(e) => setRate(e.target.value)}
        />
      </FormField>
      {failure && (
        <FormMessage kind="error" testId="create-error">
          {failure}
        </FormMessage>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading} data-testid="create-key">
          {loading ? t('form.submitting') : t('apiKeys.create')}
        </button>
      </div>
    </form>
  );
}
