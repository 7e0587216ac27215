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
