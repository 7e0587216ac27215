import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CredentialEntity } from './credential.entity';

/**
 * One issued token (its `sid`): a token is honoured while its session is not ended and not expired.
 * logout ends one, logoutEverywhere all of a person's, a password change all others, a reset or a
 * suspension all of the credential's.
 */
@Entity('login_session')
@Index('IDX_login_session_credential', ['credentialId'])
export class LoginSessionEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'credential_id', type: 'int' })
  credentialId: number;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt: Date;

  @Column({ name: 'ended_at', type: 'datetime', nullable: true })
  endedAt: Date | null;

  @ManyToOne(() => CredentialEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'credential_id', foreignKeyConstraintName: 'FK_login_session_credential' })
  credential?: Relation<CredentialEntity>;
}
