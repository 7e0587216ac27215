import { useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useDraftText, useUrlFilters } from '../components/DataList';
import { FormField, FormMessage, inputProps } from '../components/Form';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { rocDateLabel } from '../domain/dates';

/** 研習證明查驗 (public, rate-limited per address): what the certificate shows, the name masked. */
const VERIFY_CERTIFICATE = graphql(`
  query VerifyCertificate($code: String!) {
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
  }
`);

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
  const { data, loading, error } = useQuery(VERIFY_CERTIFICATE, { variables: { code }, skip: !code, fetchPolicy: 'network-only' });

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = text.trim();
    setMissing(!next);
    if (next) filters.set('code', next);
  }

  const day = (d: string | null) => (!d ? '' : lang === 'en' ? d : rocDateLabel(d));
  const result = code && !loading ? (data?.verifyCertificate ?? null) : null;

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
            <button type="submit" className="primary" disabled={loading} data-testid="verify-submit">
              {t('verify.submit')}
            </button>
          </div>
        </form>
      </section>
      <div aria-live="polite">
        {loading && <p className="muted">{t('verify.loading')}</p>}
        {error && (
          <FormMessage kind="error" testId="verify-error">
            {errorText(error)}
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
