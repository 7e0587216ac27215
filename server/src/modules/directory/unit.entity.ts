import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CountyEntity } from './county.entity';
import type { Remoteness, Stage, UnitKind } from '../../shared/enums';

/**
 * 單位: a K-12 school, a university, a legal entity, a social-education institution, a district
 * centre or the platform. School-only columns (stages, students, remoteness) are null elsewhere.
 */
@Entity('unit')
@Index('IDX_unit_kind_county', ['kind', 'countyId'])
@Index('UQ_unit_code', ['code'], { unique: true })
export class UnitEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 24 })
  kind: UnitKind;

  /** The ministry's unit code (學校代碼 for schools). */
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'county_id', type: 'int', nullable: true })
  countyId: number | null;

  /** Comma-separated stages, e.g. 'JUNIOR_HIGH,SENIOR_HIGH' for a 完全中學. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  stages: string | null;

  @Column({ name: 'student_count', type: 'int', nullable: true })
  studentCount: number | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  remoteness: Remoteness | null;

  /** The semester a school's business account last marked the teacher review done for, and when. */
  @Column({ name: 'teacher_review_semester', type: 'varchar', length: 8, nullable: true })
  teacherReviewSemester: string | null;

  @Column({ name: 'teacher_review_at', type: 'datetime', nullable: true })
  teacherReviewAt: Date | null;

  @ManyToOne(() => CountyEntity)
  @JoinColumn({ name: 'county_id', foreignKeyConstraintName: 'FK_unit_county' })
  county?: Relation<CountyEntity>;
}

export function stagesOf(unit: { stages: string | null }): Stage[] {
  return unit.stages ? (unit.stages.split(',') as Stage[]) : [];
}
