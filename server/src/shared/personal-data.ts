import { maskNationalId } from './national-id';

/** Fields that hold personal data, and how each is masked wherever it must be shown (audit trail). */
export const PERSONAL_FIELDS: Record<string, (v: string) => string> = {
  nationalId: maskNationalId,
  email: (v) => v.replace(/^(.).*(@.*)$/, '$1***$2'),
  phone: (v) => (v.length > 3 ? `${'*'.repeat(Math.max(0, v.length - 3))}${v.slice(-3)}` : '***'),
  password: () => '(changed)',
};

export function maskValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const s = Array.isArray(value) ? value.join(',') : String(value);
  return PERSONAL_FIELDS[field] ? PERSONAL_FIELDS[field](s) : s;
}

/** Contact details: districts read the audit trail of their county without them (not even masked). */
export const CONTACT_FIELDS: ReadonlySet<string> = new Set(['email', 'phone']);
export const HIDDEN = '(hidden)';

/** A change as a viewer who may not read contact details sees it: that the field changed, not its values. */
export function withoutContactDetails<T extends { field: string; before: string | null; after: string | null }>(changes: T[]): T[] {
  return changes.map((c) => (CONTACT_FIELDS.has(c.field)
    ? { ...c, before: c.before === null ? null : HIDDEN, after: c.after === null ? null : HIDDEN }
    : c));
}
