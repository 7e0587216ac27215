import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { useDraftText, useUrlFilters } from '../components/DataList';
import { FormField, FormMessage, inputProps } from '../components/Form';
import { useI18n } from '../i18n';
import { rocDateLabel } from '../../../server/src/shared/taiwan-time';

/**
 * TODO(hours): verifyCertificate is not in schema.graphql yet. When it is (npm run schema:print, then
 * npm run codegen), replace the hand-written text, types and fetch below with a generated document,
 *   const VERIFY_CERTIFICATE = graphql(<the same query text>);
 *   const { data, loading, error } = useQuery(VERIFY_CERTIFICATE, { variables: { code }, skip: !code, fetchPolicy: 'network-only' });
 * so that it is a trusted (published) document: this plain POST works only while PERSISTED_DOCUMENTS
 * is not `required` (docs/API.md, Trusted documents).
 */
const VERIFY_CERTIFICATE_TEXT = `query VerifyCertificate($code: String!) {
  verifyCertificate(code: $code) {
    valid
    certificateNumber
    teacherName
    courseTitle
    hours
    startsOn
    endsOn
    issuerName
  }
}`;

/** `type CertificateVerification` of the contract (nothing beyond what the certificate shows). */
export interface CertificateVerification {
  valid: boolean;
  certificateNumber: string | null;
  teacherName: string | null;
  courseTitle: string | null;
  hours: number | null;
  /** YYYY-MM-DD */
  startsOn: string | null;
  endsOn: string | null;
  issuerName: string | null;
}

async function fetchVerification(code: string, signal: AbortSignal): Promise<CertificateVerification> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ operationName: 'VerifyCertificate', query: VERIFY_CERTIFICATE_TEXT, variables: { code } }),
    signal,
  });
  const body = (await res.json()) as { data?: { verifyCertificate?: CertificateVerification | null }; errors?: GraphQLFormattedError[] };
  // GraphQL errors (e.g. RATE_LIMITED) as Apollo reports them, so that errorText says them the same way
  if (body.errors?.length) throw new CombinedGraphQLErrors(body);
  if (!body.data?.verifyCertificate) throw new Error(`verifyCertificate: no answer (HTTP ${res.status})`);
  return body.data.verifyCertificate;
}

type State =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; result: CertificateVerification } | { kind: 'error'; error: ErrorLike };

function Row({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <div className="dl-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * 研習證明查驗 (public): /verify?code=... (the QR code on a certificate leads here) confirms a
 * verification code and shows what the certificate shows, nothing more.
 */
export function VerifyPage() {
  const { t, lang, num, errorText } = useI18n();
  const filters = useUrlFilters();
  const code = filters.get('code')?.trim() ?? '';
  const [text, setText] = useDraftText(code || null);
  const [missing, setMissing] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });

  // the code in the address is the one asked about (typed and submitted, or from the QR code)
  useEffect(() => {
    if (!code) {
      setState({ kind: 'idle' });
      return;
    }
    const abort = new AbortController();
    setState({ kind: 'loading' });
    fetchVerification(code, abort.signal).then(
      (result) => setState({ kind: 'done', result }),
      (error: unknown) => {
        if (!abort.signal.aborted) setState({ kind: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => abort.abort();
  }, [code]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = text.trim();
    setMissing(!next);
    if (next) filters.set('code', next);
  }

  const day = (d: string | null) => (!d ? '' : lang === 'en' ? d : rocDateLabel(d));
  const result = state.kind === 'done' ? state.result : null;

  return (
    <>
      <h1>{t('verify.title')}</h1>
      <p className="muted">{t('verify.intro')}</p>
      <section className="card">
        <form onSubmit={submit} noValidate data-testid="verify-form">
          <FormField
            id="verify-code"
            label={t('verify.code')}
            hint={t('verify.codeHint')}
            error={missing ? t('verify.required') : undefined}
            required
          >
            <input
              {...inputProps('verify-code', missing ? t('verify.required') : undefined, true)}
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              className="mono"
            />
          </FormField>
          <div className="field-actions">
            <button type="submit" className="primary" disabled={state.kind === 'loading'} data-testid="verify-submit">
              {t('verify.submit')}
            </button>
          </div>
        </form>
      </section>
      <div aria-live="polite">
        {state.kind === 'loading' && <p className="muted">{t('verify.loading')}</p>}
        {state.kind === 'error' && (
          <FormMessage kind="error" testId="verify-error">
            {errorText(state.error)}
          </FormMessage>
        )}
        {result && !result.valid && (
          <FormMessage kind="error" testId="verify-invalid">
            {t('verify.invalid')}
          </FormMessage>
        )}
        {result?.valid && (
          <section className="card" data-testid="verify-valid">
            <FormMessage kind="ok">{t('verify.valid')}</FormMessage>
            <dl className="dl">
              <Row label={t('verify.certificateNumber')} testId="verify-number">
                <span className="mono">{result.certificateNumber}</span>
              </Row>
              <Row label={t('verify.teacherName')} testId="verify-name">
                {result.teacherName}
              </Row>
              <Row label={t('verify.courseTitle')} testId="verify-course">
                {result.courseTitle}
              </Row>
              <Row label={t('verify.hours')} testId="verify-hours">
                {result.hours == null ? '' : t('verify.hoursValue', { hours: num(result.hours) })}
              </Row>
              <Row label={t('verify.dates')} testId="verify-dates">
                {result.startsOn === result.endsOn
                  ? day(result.startsOn)
                  : t('verify.dateRange', { from: day(result.startsOn), to: day(result.endsOn) })}
              </Row>
              <Row label={t('verify.issuer')} testId="verify-issuer">
                {result.issuerName}
              </Row>
            </dl>
          </section>
        )}
      </div>
    </>
  );
}
