import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A partner system's API key: only a SHA-256 of its secret is kept; the secret is shown once. */
@Entity('api_key')
@Index('UQ_api_key_prefix', ['prefix'], { unique: true })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The public part of the key (ik_<prefix>_<secret>), to find it. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash: string;

  /** Comma-separated scopes. */
  @Column({ type: 'varchar', length: 200 })
  scopes: string;

  /** TEACHER_SYNC keys act on one county. */
  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  @Column({ name: 'points_per_second', type: 'int' })
  pointsPerSecond: number;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'rotated_at', type: 'datetime', nullable: true })
  rotatedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_used_at', type: 'datetime', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  requests: number;

  @Column({ name: 'points_used', type: 'int', default: 0 })
  pointsUsed: number;

  @Column({ type: 'int', default: 0 })
  refused: number;
}
