import type { ErrorLike } from '@apollo/client';
import { errorCode, unexpectedErrors } from '../apollo/errors';
import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="status" role="status">
      {t('common.loading')}
    </p>
  );
}

export function NoAccess({ message }: { message?: string }) {
  const { t } = useI18n();
  return (
    <p className="notice notice-forbidden" role="alert" data-testid="no-access">
      {message ?? t('common.forbiddenPage')}
    </p>
  );
}

/** Errors worth telling (FORBIDDEN on withheld fields is shown by the fields themselves). */
export function LoadError({ error }: { error: ErrorLike | undefined }) {
  const { t, explain } = useI18n();
  if (!error) return null;
  if (errorCode(error) === 'NETWORK') {
    return (
      <p className="notice notice-error" role="alert">
        {t('common.networkError')}
      </p>
    );
  }
  const messages = unexpectedErrors(error).map(explain);
  if (messages.length === 0) return null;
  return (
    <p className="notice notice-error" role="alert">
      {t('common.error', { message: [...new Set(messages)].join('; ') })}
    </p>
  );
}

/** "You may not see: e-mail, phone" for fields the API withheld. */
export function ForbiddenFieldsNote({ fields }: { fields: string[] }) {
  const { t, list } = useI18n();
  if (fields.length === 0) return null;
  return (
    <p className="notice notice-info" data-testid="forbidden-fields">
      {t('common.forbiddenFields', { fields: list(fields) })}
    </p>
  );
}
