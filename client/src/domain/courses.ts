/**
 * Course pages: times as the organiser types them (Taiwan time, `datetime-local` / `date` inputs)
 * and as the API takes them (ISO instants), and the status words of a registration.
 */

const TAIPEI_OFFSET = 8 * 3600_000;

/** An API instant as a `datetime-local` value in Taiwan time (2026-05-01T09:00). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + TAIPEI_OFFSET).toISOString().slice(0, 16);
}

/** A `datetime-local` value (Taiwan time) as an API instant; '' stays ''. */
export function fromLocalInput(value: string): string {
  if (!value) return '';
  return `${value.length === 16 ? `${value}:00` : value}+08:00`;
}

/** The start (or, with `end`, the last moment) of a Taiwan calendar day `yyyy-mm-dd` as an API instant. */
export function dayInstant(day: string, end = false): string {
  return end ? `${day}T23:59:59+08:00` : `${day}T00:00:00+08:00`;
}

/** The Taiwan time of day of an instant, 09:00. */
export function timeOfDay(iso: string): string {
  return new Date(new Date(iso).getTime() + TAIPEI_OFFSET).toISOString().slice(11, 16);
}

/** Registrations that hold or wait for a seat. */
export const ACTIVE_REGISTRATION = new Set(['ADMITTED', 'WAITLISTED']);

/** A file as base64 (without the data: prefix), for uploads in a GraphQL argument. */
export function fileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
