import { useState } from 'react';
import { getToken } from '../auth/token';
import { toApiError } from '../apollo/errors';
import { useI18n } from '../i18n';

type Format = 'csv' | 'xlsx';

/** The file name the server gave (Content-Disposition), or a fallback. */
function fileNameOf(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : fallback;
}

/** Saves a blob as a file through a temporary object URL and download link. */
function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Fetches a file of the API with the bearer token (a plain link cannot carry it), then saves it.
 * `busy` names the download under way; `error` the last failure in the viewer's language.
 */
export function useFileDownload() {
  const { t, explain } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(path: string, fallbackName: string, id = path) {
    setBusy(id);
    setError(null);
    try {
      const token = getToken();
      const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (!res.ok) {
        let message = `HTTP ${res.status}`;
        try {
          const body = (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
          if (body.errors?.[0]) message = explain(toApiError(body.errors[0]));
        } catch {
          /* not JSON: keep the status */
        }
        setError(t('downloads.failed', { message }));
        return;
      }
      saveBlob(await res.blob(), fileNameOf(res, fallbackName));
    } catch {
      setError(t('common.networkError'));
    } finally {
      setBusy(null);
    }
  }

  return { busy, error, download };
}

/**
 * A file of the API as CSV or XLSX. A download needs the bearer token, which a plain link cannot
 * carry: fetch it, then save the file. `path(format)` is the address, e.g. `/exports/rewards.csv?...`.
 */
export function FileDownloads({
  path,
  fallbackName,
  label,
  testIdPrefix = 'download',
}: {
  path(format: Format): string;
  fallbackName: string;
  label?: string;
  testIdPrefix?: string;
}) {
  const { t } = useI18n();
  const { busy, error, download } = useFileDownload();

  const text = label ?? t('downloads.label');
  return (
    <div className="downloads" role="group" aria-label={text}>
      <span className="muted small">{text}</span>
      <button
        type="button"
        onClick={() => download(path('csv'), `${fallbackName}.csv`, 'csv')}
        disabled={busy !== null}
        data-testid={`${testIdPrefix}-csv`}
      >
        {busy === 'csv' ? t('downloads.busy') : t('downloads.csv')}
      </button>
      <button
        type="button"
        onClick={() => download(path('xlsx'), `${fallbackName}.xlsx`, 'xlsx')}
        disabled={busy !== null}
        data-testid={`${testIdPrefix}-xlsx`}
      >
        {busy === 'xlsx' ? t('downloads.busy') : t('downloads.xlsx')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The school's teacher list as CSV or XLSX (附件一 『資料下載』). */
export function TeacherDownloads({ schoolId }: { schoolId: string }) {
  return (
    <FileDownloads path={(format) => `/exports/teachers.${format}?schoolId=${encodeURIComponent(schoolId)}`} fallbackName="teachers" />
  );
}
