import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type TransferStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN' | 'SUPERSEDED';

/**
 * 調校申請: a school asks for a teacher of another school (by national ID). Nothing moves until the
 * teacher, its current (sending) school's CHIEF/CONTACT, the sending county's district or the
 * platform accepts; the receiving side sees the teacher's name and masked ID only until then.
 */
@Entity('teacher_transfer')
@Index('IDX_teacher_transfer_teacher', ['teacherId', 'status'])
@Index('IDX_teacher_transfer_from', ['fromSchoolId', 'id'])
@Index('IDX_teacher_transfer_to', ['toSchoolId', 'id'])
export class TeacherTransferEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'teacher_id', type: 'int' })
  teacherId: number;

  /** The teacher's school when the request was made (the sending school). */
  @Column({ name: 'from_school_id', type: 'int' })
  fromSchoolId: number;

  /** The receiving school. */
  @Column({ name: 'to_school_id', type: 'int' })
  toSchoolId: number;

  @Column({ type: 'varchar', length: 12 })
  status: TransferStatus;

  @Column({ name: 'requested_by', type: 'varchar', length: 64 })
  requestedBy: string;

  @Column({ name: 'requested_at', type: 'datetime' })
  requestedAt: Date;

  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'datetime', nullable: true })
  decidedAt: Date | null;
}
