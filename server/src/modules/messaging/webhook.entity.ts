import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ApiKeyEntity } from '../partners';

/** A partner's webhook endpoint: where the outbox's events of its choice are POSTed, signed with its secret. */
@Entity('webhook_endpoint')
@Index('IDX_webhook_endpoint_key', ['apiKeyId'])
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'api_key_id', type: 'int' })
  apiKeyId: number;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  /** Comma-separated event types (WebhookEvent). */
  @Column({ type: 'varchar', length: 500 })
  events: string;

  /** Only events of this county (a county-bound key's endpoints always carry its county). */
  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  /** The HMAC-SHA256 key, shown once at creation; it must be kept to sign, so it is stored as given. */
  @Column({ type: 'varchar', length: 80 })
  secret: string;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'disabled_at', type: 'datetime', nullable: true })
  disabledAt: Date | null;

  @ManyToOne(() => ApiKeyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'api_key_id', foreignKeyConstraintName: 'FK_webhook_endpoint_key' })
  apiKey?: Relation<ApiKeyEntity>;
}

/** One delivery of an outbox event to one endpoint (a redelivery is a new row pointing at the first). */
@Entity('webhook_delivery')
@Index('IDX_webhook_delivery_due', ['status', 'nextAttemptAt'])
@Index('IDX_webhook_delivery_endpoint', ['endpointId', 'id'])
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'endpoint_id', type: 'int' })
  endpointId: number;

  @Column({ name: 'event_id', type: 'int' })
  eventId: number;

  @Column({ name: 'event_type', type: 'varchar', length: 32 })
  eventType: string;

  /** PENDING (queued or waiting for a retry), SENT (a 2xx answer), FAILED (gave up, or the endpoint or key is gone). */
  @Column({ type: 'varchar', length: 12 })
  status: string;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'datetime' })
  nextAttemptAt: Date;

  @Column({ name: 'claimed_by', type: 'varchar', length: 64, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'claimed_until', type: 'datetime', nullable: true })
  claimedUntil: Date | null;

  /** The receiver's last HTTP status, if it answered. */
  @Column({ name: 'response_status', type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'redelivery_of', type: 'int', nullable: true })
  redeliveryOf: number | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'datetime', nullable: true })
  deliveredAt: Date | null;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id', foreignKeyConstraintName: 'FK_webhook_delivery_endpoint' })
  endpoint?: Relation<WebhookEndpointEntity>;
}
