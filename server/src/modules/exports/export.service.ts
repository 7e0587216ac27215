import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { execute, parse, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { Clock } from '../../shared/clock';
import { AppError, badInput, forbidden, notFound } from '../../shared/errors';
import type { ExportFileFormat, ExportKind } from '../../shared/enums';
import { fromGlobalId, idOfType, toGlobalId } from '../../shared/global-id';
import { LABELS } from '../../shared/labels';
import { log } from '../../shared/log';
import type { Context, Services } from '../../shared/module';
import { enqueue } from '../../shared/outbox';
import type { Page, PageArgs } from '../../shared/pagination';
import { projectRoot } from '../../shared/project-root';
import { scrubPersonalData } from '../../shared/personal-data';
import { allOf, pageOf, type Scope } from '../../shared/scoped-query';
import { csvLine, UTF8_BOM } from '../../shared/sheet';
import { dateParam, isMysql } from '../../shared/sql';
import { taipeiDate } from '../../shared/taiwan-time';
import { inTransaction, isLockConflict } from '../../shared/tx';
import type { AuditService } from '../audit';
import { ExportJobEntity } from './export-job.entity';
import { EXPORTERS, ownCountyOf } from './export.policy';
import { EXPORT_KINDS, type ExportKindDef } from './kinds';

/** Jobs queued or running at once per owner; more are RATE_LIMITED. */
export const MAX_ACTIVE_EXPORTS = Number(process.env.EXPORT_MAX_ACTIVE) || 3;
/** How long a finished export's link works (and its file is kept). */
export const EXPORT_TTL_HOURS = 24;

export interface ExportRunnerOptions {
  id?: string;
  /** Rows read and written per page (one SQL statement for the IDs, one GraphQL execution for the values). */
  pageSize?: number;
  /** How long a claim holds without a page done: a process that died leaves its job to others after this. */
  claimSeconds?: number;
  /** Idle wait between rounds (real time). */
  pollMs?: number;
  /** Runs of one job (restarts after lost claims) before it is FAILED. */
  maxAttempts?: number;
  /** Where files go (default DATA_DIR/exports). */
  dir?: string;
  /**
   * Called after a page's rows are in the file and before its position is recorded (a seam for tests
   * that stop a runner mid-job: a promise that does not settle is a process that died there).
   */
  onPageWritten?: (jobId: number, page: number) => unknown;
}

export interface StartExportInput {
  kind: ExportKind;
  format?: ExportFileFormat | null;
  filter?: { countyId?: string | null; schoolYear?: number | null } | null;
}

/** Whose job: a login's credential, or a partner key. */
const ownerOf = (v: Viewer): { kind: 'CREDENTIAL' | 'API_KEY'; id: number } | null =>
  v.kind === 'ANONYMOUS' ? null : v.kind === 'PARTNER' ? { kind: 'API_KEY', id: v.keyId } : { kind: 'CREDENTIAL', id: v.credentialId };

const ownerScope = (v: Viewer): Scope => {
  const o = ownerOf(v);
  return o ? { sql: 'j.owner_kind = ? AND j.owner_id = ?', params: [o.kind, o.id] } : { sql: '1 = 0', params: [] };
};

/** The file of a finished job's link: `/exports/jobs/<job ID>?token=<secret>`. */
export const downloadPath = (job: Pick<ExportJobEntity, 'id' | 'downloadToken'>) =>
  `/exports/jobs/${toGlobalId('ExportJob', job.id)}?token=${job.downloadToken}`;

/**
 * Bulk exports (issue 14 item 7; docs/API.md "Exports"): starting a job, the caller's own jobs, the
 * download, and the runner that does the work in the background of the server process.
 *
 * The runner claims one job at a time in the database (as the outbox dispatcher claims its rows:
 * `claimed_by`/`claimed_until`, SKIP LOCKED on MariaDB), so several processes never run one job twice;
 * each page done extends the claim and records the position (last row ID, file length), so a process
 * that dies leaves the job to another once the claim runs out, which continues from that position (and
 * a stopping process hands its job over at the next page). Rows are read in pages in ID order
 * (the row scope of the resource, kinds.ts) and their values through `node(id:)` with a fresh context
 * of the owner per page, so memory stays bounded whatever the size. A finished job raises
 * EXPORT_COMPLETED through the outbox (the owner's inbox, or its key's webhooks).
 */
export class ExportService {
  readonly id: string;
  private readonly o: Required<Omit<ExportRunnerOptions, 'id' | 'onPageWritten'>> & Pick<ExportRunnerOptions, 'onPageWritten'>;
  private schema: GraphQLSchema | null = null;
  private contextOf: ((viewer: Viewer) => Context) | null = null;
  private services: Services | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = true;
  /** stopRunner() was called: a running job is handed over at its next page. */
  private handOver = false;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    opts: ExportRunnerOptions = {},
  ) {
    this.id = (opts.id ?? randomUUID()).slice(0, 24);
    this.o = {
      pageSize: opts.pageSize ?? 500,
      claimSeconds: opts.claimSeconds ?? 120,
      pollMs: opts.pollMs ?? 2000,
      maxAttempts: opts.maxAttempts ?? 3,
      dir: opts.dir ?? path.join(process.env.DATA_DIR ?? path.join(projectRoot(), 'data'), 'exports'),
      onPageWritten: opts.onPageWritten,
    };
  }

  /** The schema and a context factory (app.ts): the runner reads values as the owner through them. */
  attach(schema: GraphQLSchema, contextOf: (viewer: Viewer) => Context, services: Services): void {
    this.schema = schema;
    this.contextOf = contextOf;
    this.services = services;
  }

  get directory(): string {
    return this.o.dir;
  }

  // ---- the API ----

  async start(v: Viewer, input: StartExportInput): Promise<ExportJobEntity> {
    const owner = ownerOf(v);
    const kind = input.kind;
    if (!owner || !(kind in EXPORT_KINDS) || !EXPORTERS[kind](v)) throw forbidden();
    const def = EXPORT_KINDS[kind];
    const format = input.format ?? 'JSONL';
    const own = ownCountyOf(v);
    if (own === undefined) throw forbidden();
    let countyId: number | null = own;
    const given = input.filter?.countyId;
    if (given != null) {
      const id = idOfType(given, 'County', 'filter.countyId');
      if (!(await this.ds.query('SELECT id FROM county WHERE id = ?', [id])).length)
        throw badInput('filter.countyId', 'INVALID_VALUE', 'No such county (查無此縣市)');
      if (own !== null && id !== own) throw forbidden('NOT_YOUR_COUNTY', 'You may export your own county only (僅能匯出本縣市資料)');
      countyId = id;
    }
    const schoolYear = input.filter?.schoolYear ?? null;
    if (schoolYear != null) {
      if (!def.bySchoolYear)
        throw badInput('filter.schoolYear', 'INVALID_VALUE', `A ${kind} export has no school year (此類匯出不依學年度篩選)`);
      if (!Number.isInteger(schoolYear) || !(await this.ds.query('SELECT year FROM school_year WHERE year = ?', [schoolYear])).length)
        throw badInput('filter.schoolYear', 'INVALID_VALUE', 'No such school year (查無此學年度)');
    }
    const job = await inTransaction(this.ds, async (em) => {
      const [{ n }] = await em.query(
        `SELECT COUNT(*) AS n FROM export_job WHERE owner_kind = ? AND owner_id = ? AND status IN ('QUEUED', 'RUNNING')`,
        [owner.kind, owner.id],
      );
      if (Number(n) >= MAX_ACTIVE_EXPORTS) {
        throw new AppError(
          'RATE_LIMITED',
          'TOO_MANY_EXPORTS',
          `At most ${MAX_ACTIVE_EXPORTS} exports queued or running at once: wait for one to finish (匯出工作已達上限，請待完成後再試)`,
          { max: MAX_ACTIVE_EXPORTS, retryAfterSeconds: 60 },
        );
      }
      const now = this.clock.now();
      const j = em.getRepository(ExportJobEntity).create({
        ownerKind: owner.kind,
        ownerId: owner.id,
        kind,
        format,
        countyId,
        schoolYear,
        status: 'QUEUED',
        rowsTotal: null,
        rowsWritten: 0,
        fileBytes: null,
        fileName: null,
        lastRowId: null,
        partBytes: null,
        downloadToken: null,
        attempts: 0,
        claimedBy: null,
        claimedUntil: null,
        error: null,
        createdAt: now,
        startedAt: null,
        finishedAt: null,
        expiresAt: null,
      });
      await em.save(j);
      await this.audit.record(em, v, {
        operation: 'startExport',
        targetType: 'ExportJob',
        targetId: j.id,
        targetUnitId: null,
        countyId,
        after: { kind, format, schoolYear: schoolYear ?? '' },
      });
      return j;
    });
    this.wake();
    return job;
  }

  /** The viewer's own job, or null (another's is as absent as a missing one). */
  async get(v: Viewer, id: number): Promise<ExportJobEntity | null> {
    const o = ownerOf(v);
    if (!o) return null;
    return this.ds.getRepository(ExportJobEntity).findOneBy({ id, ownerKind: o.kind, ownerId: o.id });
  }

  /** The viewer's own jobs, newest first. */
  list(v: Viewer, args: PageArgs & { status?: string | null }): Promise<Page<ExportJobEntity> & { totalCount: number }> {
    return pageOf(
      this.ds,
      { target: ExportJobEntity, from: 'export_job j', alias: 'j' },
      allOf(ownerScope(v), !!args.status && { sql: 'j.status = ?', params: [args.status] }),
      args,
      { newestFirst: true },
    );
  }

  /**
   * The file of a link: the job's secret must match, the job be DONE and less than a day old, and its
   * owner still active with the right to export this kind. Errors: NOT_FOUND EXPORT_LINK_INVALID (404),
   * NOT_FOUND EXPORT_EXPIRED (410), CONFLICT EXPORT_NOT_READY (409), FORBIDDEN (403).
   */
  async download(jobGlobalId: string, token: string | null): Promise<{ file: string; filename: string; format: string }> {
    const invalid = () => notFound('EXPORT_LINK_INVALID', 'Unknown download link (下載連結無效)');
    let id: number;
    try {
      const g = fromGlobalId(jobGlobalId, 'id');
      if (g.type !== 'ExportJob') throw invalid();
      id = g.id;
    } catch {
      throw invalid();
    }
    const job = await this.ds.getRepository(ExportJobEntity).findOneBy({ id });
    const given = Buffer.from(token ?? '');
    const secret = Buffer.from(job?.downloadToken ?? '');
    if (!job || !job.downloadToken || given.length !== secret.length || !timingSafeEqual(given, secret)) throw invalid();
    const now = this.clock.now();
    if (job.status === 'EXPIRED' || (job.expiresAt && job.expiresAt.getTime() <= now.getTime())) {
      throw new AppError('NOT_FOUND', 'EXPORT_EXPIRED', 'The export is older than a day: start a new one (匯出檔已逾期刪除)', {
        http: { status: 410 },
      });
    }
    if (job.status !== 'DONE' || !job.fileName) throw new AppError('CONFLICT', 'EXPORT_NOT_READY', 'The export is not finished');
    const owner = await this.ownerViewer(job);
    if (!owner || !EXPORTERS[job.kind as ExportKind](owner)) throw forbidden();
    const ext = job.format === 'CSV' ? 'csv' : 'jsonl';
    return {
      file: path.join(this.o.dir, job.fileName),
      filename: `${job.kind.toLowerCase()}-${job.countyId ?? 'all'}-${job.id}.${ext}`,
      format: job.format,
    };
  }

  // ---- the runner ----

  /** Runs rounds until stop(): at once again after a job, else after pollMs. */
  startRunner(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.handOver = false;
    const loop = async () => {
      this.timer = null;
      if (this.stopped) return;
      let busy = false;
      try {
        const p = this.runOnce();
        this.running = p;
        busy = await p;
      } catch (e) {
        log.error({ err: e, exportRunner: this.id }, 'Export round failed');
      } finally {
        this.running = null;
      }
      if (!this.stopped) this.timer = setTimeout(loop, busy ? 0 : this.o.pollMs);
    };
    this.timer = setTimeout(loop, 0);
  }

  /** A new job: run a round soon rather than after the idle wait. */
  private wake(): void {
    if (this.stopped || this.running || !this.timer) return;
    // the loop is idle, waiting: run its next round now
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = null;
    this.startRunner();
  }

  /** Stops the rounds; a job running now is handed over at its next page (its position recorded, its claim released). */
  async stopRunner(): Promise<void> {
    this.stopped = true;
    this.handOver = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One round: remove expired files, then claim and run one job. True when a job ran. */
  async runOnce(): Promise<boolean> {
    await this.removeExpired();
    const claimed = await this.claim();
    if (!claimed) return false;
    await this.run(claimed.job, claimed.token);
    return true;
  }

  /** Claims the oldest job nobody holds (queued, or running under a claim that ran out). */
  async claim(): Promise<{ job: ExportJobEntity; token: string } | null> {
    const token = `${this.id}:${randomUUID().slice(0, 8)}`;
    const now = this.clock.now();
    const p = (d: Date) => dateParam(this.ds, d);
    const until = p(new Date(now.getTime() + this.o.claimSeconds * 1000));
    const due = `status IN ('QUEUED', 'RUNNING') AND (claimed_until IS NULL OR claimed_until < ?)`;
    const set = `claimed_by = ?, claimed_until = ?, status = 'RUNNING', attempts = attempts + 1, started_at = ?`;
    if (isMysql(this.ds)) {
      try {
        await inTransaction(this.ds, async (em) => {
          const rows: { id: number }[] = await em.query(
            `SELECT id FROM export_job WHERE ${due} ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [p(now)],
          );
          if (rows.length) await em.query(`UPDATE export_job SET ${set} WHERE id = ?`, [token, until, p(now), Number(rows[0].id)]);
        });
      } catch (e) {
        if (!isLockConflict(e)) throw e;
        return null;
      }
    } else {
      await this.ds.query(`UPDATE export_job SET ${set} WHERE id = (SELECT id FROM export_job WHERE ${due} ORDER BY id LIMIT 1)`, [
        token,
        until,
        p(now),
        p(now),
      ]);
    }
    const job = await this.ds.getRepository(ExportJobEntity).findOneBy({ claimedBy: token });
    return job ? { job, token } : null;
  }

  private async ownerViewer(job: ExportJobEntity): Promise<Viewer | null> {
    const s = this.services;
    if (!s) throw new Error('ExportService.attach was not called');
    return job.ownerKind === 'API_KEY' ? s.apiKeys.viewerOfKey(job.ownerId) : s.accounts.viewerOfCredential(job.ownerId);
  }

  /**
   * Runs a claimed job to its end (DONE or FAILED); returns quietly if the claim is lost meanwhile, and
   * hands the job over (position recorded, claim released) when the runner is stopping.
   *
   * Each run writes a file of its own (`export-<job>-<random>.<ext>.part`), so a runner whose claim ran
   * out while it still lives can only ever write into its own file. After each page it records, with
   * the progress and under its claim, the last row ID written and the file's length: a runner that
   * takes the job over copies that file, cuts the copy to that length (dropping a page written after
   * the last record) and continues after that ID, so every row is in the finished file exactly once.
   */
  private async run(job: ExportJobEntity, token: string): Promise<void> {
    const fileName = `export-${job.id}-${randomBytes(8).toString('hex')}.${job.format === 'CSV' ? 'csv' : 'jsonl'}`;
    const part = path.join(this.o.dir, `${fileName}.part`);
    let fh: fs.promises.FileHandle | null = null;
    const close = async () => {
      await fh?.close().catch(() => undefined);
      fh = null;
    };
    try {
      if (job.attempts > this.o.maxAttempts) throw new ExportFailure('INTERRUPTED_TOO_OFTEN');
      const viewer = await this.ownerViewer(job);
      const kind = job.kind as ExportKind;
      if (!viewer) throw new ExportFailure('OWNER_INACTIVE');
      if (!EXPORTERS[kind]?.(viewer)) throw new ExportFailure('NOT_PERMITTED');
      const own = ownCountyOf(viewer);
      if (own === undefined || (own !== null && own !== job.countyId)) throw new ExportFailure('NOT_PERMITTED');
      const def = EXPORT_KINDS[kind];
      const a = def.alias;
      const where = allOf(def.scope(viewer, a), def.filter({ countyId: job.countyId, schoolYear: job.schoolYear }, a));
      const [{ n }] = await this.ds.query(`SELECT COUNT(*) AS n FROM ${def.from} WHERE (${where.sql})`, where.params);
      fs.mkdirSync(this.o.dir, { recursive: true });
      const columns = def.columns(viewer);
      // where the run before stopped, if its file is here; else from the start
      const resumed = await this.takeOver(job, part);
      let afterId = resumed?.afterId ?? 0;
      let written = resumed?.written ?? 0;
      let bytes = resumed?.bytes ?? 0;
      fh = await fs.promises.open(part, resumed ? 'r+' : 'w');
      const append = async (text: string | Buffer) => {
        const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
        await fh!.write(buf, 0, buf.length, bytes);
        bytes += buf.length;
      };
      if (!resumed && job.format === 'CSV') {
        await append(UTF8_BOM);
        await append(csvLine(columns.map((c) => c.name)) + '\r\n');
      }
      const position = { fileName, lastRowId: afterId, partBytes: bytes, rowsWritten: written };
      if (!(await this.heartbeat(job.id, token, { rowsTotal: Number(n), ...position }))) {
        await close();
        fs.rmSync(part, { force: true });
        return;
      }
      // the file taken over is now this run's copy
      if (job.fileName && job.fileName !== fileName)
        fs.rmSync(path.join(this.o.dir, `${path.basename(job.fileName)}.part`), { force: true });
      if (resumed) log.info({ exportRunner: this.id, exportJobId: job.id, afterId, rows: written }, 'Export resumed');
      for (let page = 1; ; page++) {
        const ids: { id: number }[] = await this.ds.query(
          `SELECT ${a}.id AS id FROM ${def.from} WHERE (${where.sql}) AND ${a}.id > ? ORDER BY ${a}.id LIMIT ${this.o.pageSize}`,
          [...where.params, afterId],
        );
        if (!ids.length) break;
        afterId = Number(ids[ids.length - 1].id);
        const nodes = await this.readNodes(
          viewer,
          def,
          ids.map((r) => Number(r.id)),
        );
        let chunk = '';
        for (const node of nodes) {
          if (!node) continue; // gone since the IDs were read
          const values = columns.map((c) => c.value(node) ?? null);
          chunk +=
            job.format === 'CSV'
              ? csvLine(values.map((x) => (Array.isArray(x) ? x.join('|') : x == null ? '' : (x as string | number)))) + '\r\n'
              : JSON.stringify(Object.fromEntries(columns.map((c, i) => [c.name, values[i]]))) + '\n';
          written++;
        }
        await append(chunk);
        await this.o.onPageWritten?.(job.id, page);
        if (!(await this.heartbeat(job.id, token, { rowsWritten: written, lastRowId: afterId, partBytes: bytes }))) {
          // the job is another runner's now; it copies this file up to the position recorded last
          await close();
          log.warn({ exportRunner: this.id, exportJobId: job.id }, 'Export claim lost; another process runs it');
          return;
        }
        if (this.handOver) {
          await close();
          await this.ds
            .createQueryBuilder()
            .update(ExportJobEntity)
            // a handover is no interruption: this run does not count against maxAttempts
            .set({ claimedBy: null, claimedUntil: null, attempts: () => 'attempts - 1' })
            .where('id = :id AND claimed_by = :token', { id: job.id, token })
            .execute();
          log.info({ exportRunner: this.id, exportJobId: job.id, rows: written }, 'Export handed over (runner stopping)');
          return;
        }
      }
      await close();
      fs.renameSync(part, path.join(this.o.dir, fileName));
      const finished = await inTransaction(this.ds, async (em) => {
        const now = this.clock.now();
        const expiresAt = new Date(now.getTime() + EXPORT_TTL_HOURS * 3600_000);
        const r = await em
          .createQueryBuilder()
          .update(ExportJobEntity)
          .set({
            status: 'DONE',
            rowsWritten: written,
            fileBytes: bytes,
            fileName,
            lastRowId: null,
            partBytes: null,
            downloadToken: randomBytes(32).toString('base64url'),
            finishedAt: now,
            expiresAt,
            claimedBy: null,
            claimedUntil: null,
            error: null,
          })
          .where('id = :id AND claimed_by = :token', { id: job.id, token })
          .execute();
        if (!r.affected) return false;
        const kindLabel = LABELS.ExportKind[kind];
        await enqueue(em, {
          type: 'EXPORT_COMPLETED',
          subjectType: 'ExportJob',
          subjectId: job.id,
          at: now,
          unitId: null,
          countyId: job.countyId,
          recipients: job.ownerKind === 'CREDENTIAL' ? recipientsOf(viewer) : [],
          data: {
            kind,
            kindZh: kindLabel.zh,
            kindEn: kindLabel.en,
            rows: written,
            startedOn: taipeiDate(job.createdAt),
            expiresOn: `${taipeiDate(expiresAt)} ${expiresAt.toLocaleTimeString('zh-TW', { timeZone: 'Asia/Taipei', hour12: false, hour: '2-digit', minute: '2-digit' })}`,
            apiKeyId: job.ownerKind === 'API_KEY' ? job.ownerId : null,
          },
        });
        return true;
      });
      if (!finished) fs.rmSync(path.join(this.o.dir, fileName), { force: true });
      else {
        this.removeParts(job.id);
        log.info({ exportRunner: this.id, exportJobId: job.id, kind, rows: written, bytes }, 'Export done');
      }
    } catch (e) {
      await close();
      fs.rmSync(part, { force: true });
      const reason = e instanceof ExportFailure ? e.message : scrubPersonalData(e instanceof Error ? e.message : String(e)).slice(0, 200);
      log.warn({ exportRunner: this.id, exportJobId: job.id, reason }, 'Export failed');
      const r = await this.ds
        .createQueryBuilder()
        .update(ExportJobEntity)
        .set({
          status: 'FAILED',
          error: reason,
          finishedAt: this.clock.now(),
          claimedBy: null,
          claimedUntil: null,
          lastRowId: null,
          partBytes: null,
        })
        .where('id = :id AND claimed_by = :token', { id: job.id, token })
        .execute();
      if (r.affected) this.removeParts(job.id);
    }
  }

  /**
   * The position of the run before, taken over: its file copied to this run's `part` and cut to the
   * length recorded with the last row ID (null: nothing recorded, or the file is missing or shorter,
   * e.g. on another machine's disk; the job then starts again from the beginning).
   */
  private async takeOver(job: ExportJobEntity, part: string): Promise<{ afterId: number; written: number; bytes: number } | null> {
    if (job.lastRowId == null || job.partBytes == null || !job.fileName) return null;
    const before = path.join(this.o.dir, `${path.basename(job.fileName)}.part`);
    try {
      // a copy, not the file itself: a runner whose claim ran out may still be appending to its own
      await fs.promises.copyFile(before, part);
      if ((await fs.promises.stat(part)).size < job.partBytes) throw new Error('shorter than recorded');
      await fs.promises.truncate(part, job.partBytes);
      return { afterId: job.lastRowId, written: job.rowsWritten, bytes: job.partBytes };
    } catch (e) {
      fs.rmSync(part, { force: true });
      log.warn(
        { exportRunner: this.id, exportJobId: job.id, reason: e instanceof Error ? e.message : String(e) },
        'Export file of the run before not usable; starting again',
      );
      return null;
    }
  }

  /** The `.part` files left by earlier runs of a job that is finished (runs that died or lost their claim). */
  private removeParts(jobId: number): void {
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.o.dir);
    } catch {
      return;
    }
    for (const f of names)
      if (f.startsWith(`export-${jobId}-`) && f.endsWith('.part')) fs.rmSync(path.join(this.o.dir, f), { force: true });
  }

  /** Records progress (and the position) and extends the claim; false when the claim was lost (another process took the job). */
  private async heartbeat(
    id: number,
    token: string,
    set: Partial<Pick<ExportJobEntity, 'rowsTotal' | 'rowsWritten' | 'fileName' | 'lastRowId' | 'partBytes'>>,
  ): Promise<boolean> {
    const until = dateParam(this.ds, new Date(this.clock.now().getTime() + this.o.claimSeconds * 1000));
    const r = await this.ds
      .createQueryBuilder()
      .update(ExportJobEntity)
      .set({ claimedUntil: until as Date, ...set })
      .where('id = :id AND claimed_by = :token', { id, token })
      .execute();
    return !!r.affected;
  }

  /** The values of one page of rows, read through `node(id:)` as the owner (a fresh context: loaders per page). */
  private async readNodes(viewer: Viewer, def: ExportKindDef, ids: number[]): Promise<(Record<string, unknown> | null)[]> {
    if (!this.schema || !this.contextOf) throw new Error('ExportService.attach was not called');
    const doc = `query { ${ids.map((id, i) => `n${i}: node(id: ${JSON.stringify(toGlobalId(def.nodeType, id))}) { ... on ${def.nodeType} { ${def.selection(viewer)} } }`).join(' ')} }`;
    const r = await execute({ schema: this.schema, document: parse(doc), contextValue: this.contextOf(viewer) });
    const unexpected = (r.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN');
    if (unexpected.length) throw unexpected[0];
    const data = (r.data ?? {}) as Record<string, Record<string, unknown> | null>;
    return ids.map((_, i) => data[`n${i}`] ?? null);
  }

  /** Finished exports older than a day: the file is removed and the link stops working (EXPIRED). */
  async removeExpired(): Promise<number> {
    const now = dateParam(this.ds, this.clock.now());
    const rows: { id: number; file_name: string | null }[] = await this.ds.query(
      `SELECT id, file_name FROM export_job WHERE status = 'DONE' AND expires_at <= ? ORDER BY id LIMIT 100`,
      [now],
    );
    for (const r of rows) {
      if (r.file_name) fs.rmSync(path.join(this.o.dir, path.basename(r.file_name)), { force: true });
      await this.ds.query(
        `UPDATE export_job SET status = 'EXPIRED', file_name = NULL, download_token = NULL WHERE id = ? AND status = 'DONE'`,
        [Number(r.id)],
      );
    }
    return rows.length;
  }
}

class ExportFailure extends Error {}

/** The owner of a person's export as an outbox recipient (its inbox; a mail where it has an address). */
function recipientsOf(v: Viewer): { kind: 'TEACHER' | 'BUSINESS' | 'STAFF'; id: number }[] {
  if (v.kind === 'BUSINESS') return [{ kind: 'BUSINESS', id: v.accountId }];
  if (v.kind === 'STAFF') return [{ kind: 'STAFF', id: v.staffId }];
  if (v.kind === 'TEACHER') return [{ kind: 'TEACHER', id: v.teacherId }];
  return [];
}
