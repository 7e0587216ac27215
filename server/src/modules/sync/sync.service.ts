import type { DataSource } from 'typeorm';
import type { Context } from '../../shared/module';
import { badInput, forbidden } from '../../shared/errors';
import type { AuditOperation } from '../../shared/enums';
import { nodeFinder, tagNode } from '../../shared/node';
import { decodeCursor, encodeCursor } from '../../shared/pagination';
import { dateParam } from '../../shared/sql';
import { AuditEventEntity } from '../audit';
import { changeFeedOf, CHANGE_TYPES, type ChangeType } from './sync.policy';

/** The table a kind's rows live in (to tell a deleted record from one that left the reader's scope). */
const TABLES: Record<ChangeType, string> = {
  SCHOOL: 'unit',
  TEACHER: 'teacher',
  BUSINESS_ACCOUNT: 'business_account',
  SCHOOL_PLAN: 'school_plan',
  TEACHER_PLAN: 'teacher_plan',
  COURSE: 'course',
  COURSE_REGISTRATION: 'course_registration',
};
/** Records deleted by a status rather than removed (a deleted business account keeps its row for the audit trail). */
const LIVE: Partial<Record<ChangeType, { sql: string; test: (r: object) => boolean }>> = {
  BUSINESS_ACCOUNT: { sql: "status <> 'DELETED'", test: (r) => (r as { status?: string }).status !== 'DELETED' },
};
const TYPE_OF_TARGET = new Map(Object.entries(CHANGE_TYPES).map(([k, v]) => [v as string, k as ChangeType]));

export const CHANGES_DEFAULT = 100;
export const CHANGES_MAX = 500;

export interface ChangeEntry {
  cursor: string;
  changedAt: Date;
  type: ChangeType;
  nodeType: string;
  targetId: number;
  operation: AuditOperation;
  /** The record as the reader may read it now; null for a tombstone. */
  record: object | null;
  tombstone: 'DELETED' | 'OUT_OF_SCOPE' | null;
}

/**
 * 增量同步: what changed after a point, in the order it changed, from the audit trail (every write
 * of these kinds is audited in its own transaction, so the feed misses none and invents none). Each
 * entry carries the record as it is now, read with the reader's row rules; a record since deleted,
 * or one the reader may no longer read (e.g. a teacher transferred to another county), comes as a
 * tombstone, so a partner deletes it on its side.
 */
export class SyncService {
  constructor(private readonly ds: DataSource) {}

  async changes(
    ctx: Context,
    args: { since?: Date | null; after?: string | null; types?: ChangeType[] | null; first?: number | null },
  ): Promise<{ changes: ChangeEntry[]; endCursor: string | null; hasMore: boolean }> {
    const feed = changeFeedOf(ctx.viewer);
    if (!feed) throw forbidden();
    const first = args.first ?? CHANGES_DEFAULT;
    if (!Number.isInteger(first) || first < 1 || first > CHANGES_MAX) {
      throw badInput('first', 'NUMBER_OUT_OF_RANGE', `first must be between 1 and ${CHANGES_MAX}`, { min: 1, max: CHANGES_MAX });
    }
    if (args.after == null && args.since == null)
      throw badInput('since', 'INVALID_VALUE', 'Give since (a time, for the first call) or after (the endCursor of the last call)');
    const types = args.types?.length ? [...new Set(args.types)] : feed.types;
    const outside = types.filter((t) => !feed.types.includes(t));
    if (outside.length) throw badInput('types', 'INVALID_VALUE', `You may not follow ${outside.join(', ')}`, { allowed: feed.types });
    const afterId = decodeCursor(args.after, 'after');
    const q = this.ds
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .select(['e.id', 'e.occurredAt', 'e.operation', 'e.targetType', 'e.targetId'])
      .where('e.target_type IN (:...targets)', { targets: types.map((t) => CHANGE_TYPES[t]) })
      .andWhere('e.target_id IS NOT NULL')
      .andWhere('e.id > :afterId', { afterId });
    if (args.since && args.after == null) q.andWhere('e.occurred_at >= :since', { since: dateParam(this.ds, args.since) });
    if (feed.countyId != null) q.andWhere('e.county_id = :county', { county: feed.countyId });
    const rows = (
      await q
        .orderBy('e.id')
        .limit(first + 1)
        .getMany()
    ).map((e) => ({
      id: e.id,
      occurred_at: e.occurredAt,
      operation: e.operation,
      target_type: e.targetType as string,
      target_id: e.targetId!,
    }));
    const hasMore = rows.length > first;
    const page = rows.slice(0, first);
    // each record once per page, read with the reader's rules (the finders batch through the request's loaders)
    const records = new Map<string, Promise<object | null>>();
    const read = (type: string, id: number) => {
      const k = `${type}:${id}`;
      if (!records.has(k))
        records.set(
          k,
          Promise.resolve(nodeFinder(type)?.(ctx, id) ?? null).then((r) => (r ? tagNode(r, type as never) : null)),
        );
      return records.get(k)!;
    };
    const found = (await Promise.all(page.map((r) => read(r.target_type, Number(r.target_id))))).map((rec, i) => {
      const live = LIVE[TYPE_OF_TARGET.get(page[i].target_type)!];
      return rec && live && !live.test(rec) ? null : rec;
    });
    // tombstones: deleted, or there but out of the reader's scope
    const missing = new Map<ChangeType, Set<number>>();
    page.forEach((r, i) => {
      if (found[i]) return;
      const t = TYPE_OF_TARGET.get(r.target_type)!;
      (missing.get(t) ?? missing.set(t, new Set()).get(t)!).add(Number(r.target_id));
    });
    const existing = new Set<string>();
    for (const [t, ids] of missing) {
      const list = [...ids];
      const live = LIVE[t] ? ` AND ${LIVE[t]!.sql}` : '';
      const there: { id: number }[] = await this.ds.query(
        `SELECT id FROM ${TABLES[t]} WHERE id IN (${list.map(() => '?').join(',')})${live}`,
        list,
      );
      for (const x of there) existing.add(`${t}:${Number(x.id)}`);
    }
    const entries = page.map((r, i): ChangeEntry => {
      const type = TYPE_OF_TARGET.get(r.target_type)!;
      const record = found[i];
      return {
        cursor: encodeCursor(Number(r.id)),
        changedAt: r.occurred_at,
        type,
        nodeType: r.target_type,
        targetId: Number(r.target_id),
        operation: r.operation as AuditOperation,
        record,
        tombstone: record ? null : existing.has(`${type}:${Number(r.target_id)}`) ? 'OUT_OF_SCOPE' : 'DELETED',
      };
    });
    // the cursor moves past what was read even when nothing of it was the reader's
    const endCursor = page.length ? encodeCursor(Number(page[page.length - 1].id)) : (args.after ?? encodeCursor(afterId));
    return { changes: entries, endCursor, hasMore };
  }
}
