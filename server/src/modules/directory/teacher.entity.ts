import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UnitEntity } from './unit.entity';
import type { Subject, TeacherTitle } from '../../shared/enums';

/** 教師: a teacher of a K-12 school. */
@Entity('teacher')
@Index('IDX_teacher_school', ['schoolId', 'id'])
@Index('UQ_teacher_national_id', ['nationalId'], { unique: true })
export class TeacherEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'national_id', type: 'varchar', length: 10 })
  nationalId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ name: 'school_id', type: 'int' })
  schoolId: number;

  @Column({ type: 'varchar', length: 24 })
  title: TeacherTitle;

  @Column({ type: 'varchar', length: 120, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  /** The semester ('109-1') the teacher last confirmed its profile for (附件一), and when. */
  @Column({ name: 'profile_confirmed_semester', type: 'varchar', length: 8, nullable: true })
  profileConfirmedSemester: string | null;

  @Column({ name: 'profile_confirmed_at', type: 'datetime', nullable: true })
  profileConfirmedAt: Date | null;

  @ManyToOne(() => UnitEntity)
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'FK_teacher_school' })
  school?: Relation<UnitEntity>;
}

/** A teaching subject of the current semester; a teacher may teach several. */
@Entity('teacher_subject')
@Index('IDX_teacher_subject_subject', ['subject'])
export class TeacherSubjectEntity {
  @PrimaryColumn({ name: 'teacher_id', type: 'int' })
  teacherId: number;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  subject: Subject;

  @ManyToOne(() => TeacherEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'FK_teacher_subject_teacher' })
  teacher?: Relation<TeacherEntity>;
}
