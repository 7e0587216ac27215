import type { EntityManager } from 'typeorm';
import { dateParam } from './sql';

/**
 * The transactional outbox (docs/ARCHITECTURE.md "Messaging"): a module writes an event with
 * `enqueue(em, event)` inside the transaction of the change, so the change and its event stand or
 * fall together. The messaging module's dispatcher later turns each event into inbox notifications
 * and mails (at least once, with retries). This function lives in shared/ because the modules that
 * raise events (directory, accounts, planning, courses) are the ones messaging reads its recipients from:
 * importing messaging from them would close a cycle.
 */
export type OutboxEventType =
  | 'REMINDER'
  | 'PLAN_SUBMITTED'
  | 'PLAN_REOPENED'
  | 'ACCOUNT_ACTIVATED'
  | 'ACCOUNT_SUSPENDED'
  | 'PASSWORD_RESET_ASKED'
  | 'TRANSFER_ASKED'
  | 'TRANSFER_ACCEPTED'
  | 'REGISTRATION_ADMITTED'
  | 'REGISTRATION_WAITLISTED'
  | 'REGISTRATION_PROMOTED'
  | 'REGISTRATION_WITHDRAWN'
  | 'REGISTRATION_CANCELLED'
  | 'SCHOOL_APPROVAL_ASKED'
  | 'SCHOOL_APPROVAL_DECIDED'
  | 'HOURS_ISSUED'
  | 'HOURS_CORRECTION_DECIDED'
  | 'PLANNING_WINDOW_OPENED'
  | 'PLANNING_WINDOW_CLOSING'
  | 'EXPORT_COMPLETED';

export const OUTBOX_EVENT_TYPES: readonly OutboxEventType[] = [
  'REMINDER',
  'PLAN_SUBMITTED',
  'PLAN_REOPENED',
  'ACCOUNT_ACTIVATED',
  'ACCOUNT_SUSPENDED',
  'PASSWORD_RESET_ASKED',
  'TRANSFER_ASKED',
  'TRANSFER_ACCEPTED',
  'REGISTRATION_ADMITTED',
  'REGISTRATION_WAITLISTED',
  'REGISTRATION_PROMOTED',
  'REGISTRATION_WITHDRAWN',
  'REGISTRATION_CANCELLED',
  'SCHOOL_APPROVAL_ASKED',
  'SCHOOL_APPROVAL_DECIDED',
  'HOURS_ISSUED',
  'HOURS_CORRECTION_DECIDED',
  'PLANNING_WINDOW_OPENED',
  'PLANNING_WINDOW_CLOSING',
  'EXPORT_COMPLETED',
];

/** Who receives: a teacher, a business account, a staff account (by its row ID), or UNIT: a unit's active CHIEFs and CONTACTs. */
export interface OutboxRecipient {
  kind: 'TEACHER' | 'BUSINESS' | 'STAFF' | 'UNIT';
  id: number;
}

export interface OutboxEvent {
  type: OutboxEventType;
  /** What the event is about (e.g. 'Reminder', 5): deliveries are looked up by it. */
  subjectType: string;
  subjectId: number;
  /** When it happened (the caller's Clock). */
  at: Date;
  /** The unit and county it concerns (scope for partners later). */
  unitId?: number | null;
  countyId?: number | null;
  /** Recipients named by the caller; else the messaging module finds them from the type and subject. */
  recipients?: OutboxRecipient[];
  /** Template data (names, dates, a link). No national IDs, e-mail addresses or phone numbers. */
  data?: Record<string, string | number | boolean | null>;
}

/** Writes the event in the caller's transaction. */
export async function enqueue(em: EntityManager, e: OutboxEvent): Promise<void> {
  await enqueueMany(em, [e]);
}

/** Writes the events in the caller's transaction, in their order (up to 200 rows a statement). */
export async function enqueueMany(em: EntityManager, events: OutboxEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += 200) {
    const chunk = events.slice(i, i + 200);
    await em.query(
      `INSERT INTO outbox_event (type, subject_type, subject_id, unit_id, county_id, recipients, payload, created_at, status, attempts, next_attempt_at)
       VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)").join(', ')}`,
      chunk.flatMap((e) => {
        const at = dateParam(em.connection, e.at);
        return [
          e.type,
          e.subjectType,
          e.subjectId,
          e.unitId ?? null,
          e.countyId ?? null,
          e.recipients ? e.recipients.map((r) => `${r.kind}:${r.id}`).join(',') : null,
          JSON.stringify(e.data ?? {}),
          at,
          at,
        ];
      }),
    );
  }
}
