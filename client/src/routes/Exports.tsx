import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { errorCode, fieldErrors } from '../apollo/errors';
import { useAuth } from '../auth/AuthProvider';
import { FormField, FormMessage, inputProps } from '../components/Form';
import { LoadError, Loading, NoAccess } from '../components/Status';
import { graphql } from '../gql';
import type { ExportFileFormat, ExportKind } from '../gql/graphql';
import { useI18n } from '../i18n';
import { COUNTIES_QUERY } from './Schools';

const EXPORT_JOBS_QUERY = graphql(`
  query ExportJobs {
    exportJobs(first: 20) {
      edges {
        node {
          id
          kind
          format
          status
          schoolYear
          county {
            id
            name
            nameEn
          }
          rowsTotal
          rowsWritten
          progress
          error
          createdAt
          expiresAt
          downloadUrl
        }
      }
    }
  }
`);

const START_EXPORT = graphql(`
  mutation StartExport($kind: ExportKind!, $filter: ExportFilterInput, $format: ExportFileFormat) {
    startExport(kind: $kind, filter: $filter, format: $format) {
      id
      status
    }
  }
`);

const FORMATS: ExportFileFormat[] = ['JSONL', 'CSV'];

/** 資料匯出: start a bulk export of the lists the server says this account may export (me.can.exportKinds), follow it, download it. */
export function ExportsPage() {
  const { t, label, num, pick, dateTime, errorText, explain } = useI18n();
  const { me } = useAuth();
  const kinds = (me?.can.exportKinds ?? []) as ExportKind[];
  const running = (s: string) => s === 'QUEUED' || s === 'RUNNING';
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(EXPORT_JOBS_QUERY, {
    fetchPolicy: 'network-only',
    skip: !me?.can.startExport,
  });
  const jobs = data?.exportJobs.edges.map((e) => e.node) ?? [];
  if (jobs.some((j) => running(j.status))) startPolling(2000);
  else stopPolling();
  const counties = useQuery(COUNTIES_QUERY, { skip: !me?.can.startExport || !!me?.county });
  const [start, { loading: starting }] = useMutation(START_EXPORT);
  const [kind, setKind] = useState<ExportKind | ''>('');
  const [format, setFormat] = useState<ExportFileFormat>('JSONL');
  const [countyId, setCountyId] = useState('');
  const [schoolYear, setSchoolYear] = useState('');
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (!me?.can.startExport)
    return (
      <>
        <h1>{t('exports.title')}</h1>
        <NoAccess />
      </>
    );
  const chosen = kind || kinds[0];
  // the server says which kinds take a school year (me.can.exportKindsBySchoolYear)
  const byYear = ((me?.can.exportKindsBySchoolYear ?? []) as ExportKind[]).includes(chosen);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    setErrors({});
    try {
      await start({
        variables: {
          kind: chosen,
          format,
          filter: {
            countyId: me?.county ? null : countyId || null,
            schoolYear: byYear && schoolYear ? Number(schoolYear) : null,
          },
        },
      });
      setNotice({ kind: 'ok', text: t('exports.started') });
      await refetch();
    } catch (err) {
      const fields = fieldErrors(err as Error);
      setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, explain(v)])));
      setNotice({
        kind: 'error',
        text: errorCode(err as Error) === 'NETWORK' ? t('common.networkError') : t('exports.refused', { message: errorText(err as Error) }),
      });
    }
  }

  return (
    <>
      <h1>{t('exports.title')}</h1>
      <p className="muted">{t('exports.intro')}</p>
      <h2>{t('exports.startTitle')}</h2>
      <form onSubmit={submit} className="form" data-testid="export-form">
        <FormField id="kind" label={t('exports.kind')}>
          <select {...inputProps('kind', undefined)} value={chosen} onChange={(e) => setKind(e.target.value as ExportKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {label('ExportKind', k)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="format" label={t('exports.format')}>
          <select {...inputProps('format', undefined)} value={format} onChange={(e) => setFormat(e.target.value as ExportFileFormat)}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {label('ExportFileFormat', f)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="countyId" label={t('exports.county')} error={errors.countyId}>
          {me.county ? (
            <input {...inputProps('countyId', errors.countyId)} value={pick(me.county.name, me.county.nameEn)} readOnly />
          ) : (
            <select {...inputProps('countyId', errors.countyId)} value={countyId} onChange={(e) => setCountyId(e.target.value)}>
              <option value="">{t('exports.allCounties')}</option>
              {(counties.data?.counties ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.name, c.nameEn)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {byYear && (
          <FormField id="schoolYear" label={t('exports.schoolYear')} hint={t('exports.schoolYearHint')} error={errors.schoolYear}>
            <input
              {...inputProps('schoolYear', errors.schoolYear, true)}
              inputMode="numeric"
              value={schoolYear}
              onChange={(e) => setSchoolYear(e.target.value.replace(/\D/g, ''))}
            />
          </FormField>
        )}
        <button type="submit" disabled={starting} data-testid="start-export">
          {t('exports.start')}
        </button>
      </form>
      {notice && (
        <FormMessage kind={notice.kind} testId={notice.kind === 'ok' ? 'action-ok' : 'action-error'}>
          {notice.text}
        </FormMessage>
      )}
      <h2>{t('exports.listTitle')}</h2>
      {loading && !data && <Loading />}
      <LoadError error={error} />
      {data &&
        (jobs.length === 0 ? (
          <p className="empty">{t('exports.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data" data-testid="export-jobs">
              <caption className="sr-only">{t('exports.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('exports.created')}</th>
                  <th scope="col">{t('exports.kind')}</th>
                  <th scope="col">{t('exports.county')}</th>
                  <th scope="col">{t('exports.status')}</th>
                  <th scope="col" className="num">
                    {t('exports.progress')}
                  </th>
                  <th scope="col">{t('exports.download')}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((j) => (
                  <tr key={j.id} data-testid="export-job" data-status={j.status}>
                    <td>{dateTime(j.createdAt)}</td>
                    <td>
                      {label('ExportKind', j.kind)}
                      {j.schoolYear ? ` · ${j.schoolYear}` : ''} · {j.format}
                    </td>
                    <td>{j.county ? pick(j.county.name, j.county.nameEn) : t('exports.allCounties')}</td>
                    <td>
                      {label('ExportStatus', j.status)}
                      {j.error && <div className="muted small">{t('exports.failed', { reason: j.error })}</div>}
                    </td>
                    <td className="num">
                      <progress max={1} value={j.progress} aria-label={t('exports.progress')} /> {Math.round(j.progress * 100)}%
                      <div className="muted small">
                        {t('exports.rows', { written: num(j.rowsWritten), total: j.rowsTotal == null ? '—' : num(j.rowsTotal) })}
                      </div>
                    </td>
                    <td>
                      {j.downloadUrl ? (
                        <>
                          <a href={j.downloadUrl} download data-testid="export-download">
                            {t('exports.download')}
                          </a>
                          {j.expiresAt && <div className="muted small">{t('exports.expires', { at: dateTime(j.expiresAt) })}</div>}
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
