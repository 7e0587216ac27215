import type { MessageKey } from '../i18n';

/** The UI name of a withheld field, for the "you may not see" note. */
export const FIELD_LABEL: Record<string, MessageKey> = {
  name: 'field.name',
  nationalId: 'field.nationalId',
  nationalIdMasked: 'field.nationalIdMasked',
  email: 'field.email',
  phone: 'field.phone',
  username: 'field.username',
  status: 'field.status',
  permissions: 'field.permissions',
  teachers: 'nav.teachers',
  businessAccounts: 'nav.businessAccounts',
  plans: 'field.plans',
};

export function fieldLabels(fields: Iterable<string>, t: (k: MessageKey) => string): string[] {
  return [...fields].map((f) => (FIELD_LABEL[f] ? t(FIELD_LABEL[f]) : f));
}
