import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A bulk export (docs/API.md "Exports"): what was asked (kind, filter, format), by whom (a login's
 * credential or a partner key), and where the job is. Jobs are claimed in the database like the
 * outbox (`claimed_by`/`claimed_until`), so several server processes never run one twice and a job
 * whose process died is taken up again once its claim runs out, from the position its runner recorded
 * (`last_row_id`, `part_bytes`) with its progress.
 */
@Entity('export_job')
@Index('IDX_export_job_owner', ['ownerKind', 'ownerId', 'id'])
@Index('IDX_export_job_due', ['status', 'claimedUntil'])
export class ExportJobEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** CREDENTIAL (a person's or account's login) or API_KEY (a partner key). */
  @Column({ name: 'owner_kind', type: 'varchar', length: 12 })
  ownerKind: 'CREDENTIAL' | 'API_KEY';

  @Column({ name: 'owner_id', type: 'int' })
  ownerId: number;

  /** ExportKind. */
  @Column({ type: 'varchar', length: 20 })
  kind: string;

  /** JSONL or CSV. */
  @Column({ type: 'varchar', length: 8 })
  format: string;

  /** The county asked for (or implied by the caller's scope); null: every county (the platform). */
  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  @Column({ name: 'school_year', type: 'int', nullable: true })
  schoolYear: number | null;

  /** QUEUED, RUNNING, DONE, FAILED, EXPIRED. */
  @Column({ type: 'varchar', length: 12 })
  status: string;

  @Column({ name: 'rows_total', type: 'int', nullable: true })
  rowsTotal: number | null;

  @Column({ name: 'rows_written', type: 'int', default: 0 })
  rowsWritten: number;

  @Column({ name: 'file_bytes', type: 'int', nullable: true })
  fileBytes: number | null;

  /** The file's name under DATA_DIR/exports (while it runs: the run's file, `<name>.part`). */
  @Column({ name: 'file_name', type: 'varchar', length: 100, nullable: true })
  fileName: string | null;

  /**
   * The position of a running job, recorded with its progress after each page: the last row ID in the
   * `.part` file and the file's length in bytes then. A runner that takes the job over copies that
   * file, cuts it to this length and continues after this ID (null: nothing written yet).
   */
  @Column({ name: 'last_row_id', type: 'int', nullable: true })
  lastRowId: number | null;

  @Column({ name: 'part_bytes', type: 'int', nullable: true })
  partBytes: number | null;

  /** The secret of the download link (random, shown to the owner only; the link works until expires_at). */
  @Column({ name: 'download_token', type: 'varchar', length: 64, nullable: true })
  downloadToken: string | null;

  /** Runs (a restart after a lost claim counts again). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', nullable: true })
  claimedUntil: Date | null;

  /** Why it failed (a reason code, never personal data). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  error: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'datetime', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'datetime', nullable: true })
  finishedAt: Date | null;

  /** When the download link stops working and the file is removed (finished_at + 24 h). */
  @Column({ name: 'expires_at', type: 'datetime', nullable: true })
  expiresAt: Date | null;
}
