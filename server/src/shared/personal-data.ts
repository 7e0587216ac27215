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
  return changes.map((c) =>
    CONTACT_FIELDS.has(c.field) ? { ...c, before: c.before === null ? null : HIDDEN, after: c.after === null ? null : HIDDEN } : c,
  );
}

/**
 * Free text that looks like personal data or a secret, and what it becomes in a log line: the log
 * scrubs every message, error and string field with these (shared/log.ts), whatever wrote it.
 */
export const PERSONAL_DATA_PATTERNS: readonly (readonly [RegExp, string])[] = [
  // national ID and resident-permit numbers (a letter, 1/2/8/9, 8 digits), whatever the case
  [/(?<![A-Za-z0-9])[A-Za-z][1289][0-9]{8}(?![0-9])/g, '[national-id]'],
  [/[^\s@'"`<>(),;:[\]]+@[^\s@'"`<>(),;:[\]]+\.[A-Za-z]{2,}/g, '[email]'],
  // Taiwan mobile (09xx-xxx-xxx, +886 9xx...) and landline ((0x) xxxx-xxxx) numbers
  [/(?<![\w.-])(?:\+886[-\s]?|0)9[0-9]{2}[-\s]?[0-9]{3}[-\s]?[0-9]{3}(?![\w-])/g, '[phone]'],
  [/(?<![\w.-])\(?0[0-9]{1,2}\)?[-\s]?[0-9]{3,4}[-\s]?[0-9]{4}(?![\w-])/g, '[phone]'],
  // credentials: an Authorization header's value, a JSON web token
  [/\b(Bearer|ApiKey|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, '[token]'],
];

/** The text with anything that looks like personal data or a credential replaced (see PERSONAL_DATA_PATTERNS). */
export function scrubPersonalData(text: string): string {
  let s = text;
  for (const [pattern, replacement] of PERSONAL_DATA_PATTERNS) s = s.replace(pattern, replacement);
  return s;
}
