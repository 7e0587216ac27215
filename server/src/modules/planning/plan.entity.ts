import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UnitEntity } from '../directory';
import { TeacherEntity } from '../directory';
import { SchoolYearEntity } from '../directory';
import type { Dimension, PlanStatus, StudyDomain, TeacherTitle } from '../../shared/enums';

/** 學校本位教師進修研習規劃: one per school per school year. */
@Entity('school_plan')
@Index('UQ_school_plan_year_school', ['schoolYear', 'schoolId'], { unique: true })
@Index('IDX_school_plan_school', ['schoolId'])
export class SchoolPlanEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @Column({ name: 'school_id', type: 'int' })
  schoolId: number;

  @Column({ type: 'varchar', length: 12 })
  status: PlanStatus;

  /** (一) school data as filed: stages (comma-separated) and total students. */
  @Column({ type: 'varchar', length: 120 })
  stages: string;

  @Column({ name: 'total_students', type: 'int', nullable: true })
  totalStudents: number | null;

  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  /** Optimistic locking: raised by one on every write (PlanService), compared with the version the writer read. */
  @Column({ type: 'int' })
  version: number;

  /** The record key of the disclosure control (analytics/disclosure.ts): random, drawn once at creation, never changed. */
  @Column({ name: 'record_key', type: 'int', default: 0 })
  recordKey: number;

  @ManyToOne(() => SchoolYearEntity)
  @JoinColumn({ name: 'school_year', referencedColumnName: 'year', foreignKeyConstraintName: 'FK_school_plan_year' })
  year?: Relation<SchoolYearEntity>;

  @ManyToOne(() => UnitEntity)
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'FK_school_plan_school' })
  school?: Relation<UnitEntity>;
}

/** (二) the school plan's teacher list as of filing: each teacher's title and subjects then. */
@Entity('school_plan_teacher')
export class SchoolPlanTeacherEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'int' })
  planId: number;

  @PrimaryColumn({ name: 'teacher_id', type: 'int' })
  teacherId: number;

  @Column({ type: 'varchar', length: 24 })
  title: TeacherTitle;

  /** Comma-separated subjects. */
  @Column({ type: 'varchar', length: 255 })
  subjects: string;

  @ManyToOne(() => SchoolPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_school_plan_teacher_plan' })
  plan?: Relation<SchoolPlanEntity>;
}

/** 教師自我進修研習規劃: one per teacher per school year. */
@Entity('teacher_plan')
@Index('UQ_teacher_plan_year_teacher', ['schoolYear', 'teacherId'], { unique: true })
@Index('IDX_teacher_plan_school', ['schoolId', 'schoolYear'])
@Index('IDX_teacher_plan_teacher', ['teacherId'])
export class TeacherPlanEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ name: 'school_year', type: 'int' })
  schoolYear: number;

  @Column({ name: 'teacher_id', type: 'int' })
  teacherId: number;

  /** The teacher's school when the plan was filed. */
  @Column({ name: 'school_id', type: 'int' })
  schoolId: number;

  @Column({ type: 'varchar', length: 12 })
  status: PlanStatus;

  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt: Date;

  /** Optimistic locking: raised by one on every write (PlanService), compared with the version the writer read. */
  @Column({ type: 'int' })
  version: number;

  /** The record key of the disclosure control (analytics/disclosure.ts): random, drawn once at creation, never changed. */
  @Column({ name: 'record_key', type: 'int', default: 0 })
  recordKey: number;

  @ManyToOne(() => SchoolYearEntity)
  @JoinColumn({ name: 'school_year', referencedColumnName: 'year', foreignKeyConstraintName: 'FK_teacher_plan_year' })
  year?: Relation<SchoolYearEntity>;

  @ManyToOne(() => TeacherEntity)
  @JoinColumn({ name: 'teacher_id', foreignKeyConstraintName: 'FK_teacher_plan_teacher' })
  teacher?: Relation<TeacherEntity>;

  @ManyToOne(() => UnitEntity)
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'FK_teacher_plan_school' })
  school?: Relation<UnitEntity>;
}

/** One chosen option of one need dimension (MODE, TIME, PLACE, LEVEL, METHOD) of a school plan. */
@Entity('school_plan_choice')
@Index('IDX_school_plan_choice_option', ['dimension', 'option', 'planId'])
export class SchoolPlanChoiceEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'int' })
  planId: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  dimension: Dimension;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  option: string;

  @ManyToOne(() => SchoolPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_school_plan_choice_plan' })
  plan?: Relation<SchoolPlanEntity>;
}

/** One chosen option of a teacher plan. */
@Entity('teacher_plan_choice')
@Index('IDX_teacher_plan_choice_option', ['dimension', 'option', 'planId'])
export class TeacherPlanChoiceEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'int' })
  planId: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  dimension: Dimension;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  option: string;

  @ManyToOne(() => TeacherPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_teacher_plan_choice_plan' })
  plan?: Relation<TeacherPlanEntity>;
}

/** A main study domain of a school plan with its planned themes and hours for the year. */
@Entity('school_plan_domain')
export class SchoolPlanDomainEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'int' })
  planId: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  domain: StudyDomain;

  @Column({ type: 'varchar', length: 500 })
  themes: string;

  @Column({ type: 'int' })
  hours: number;

  @ManyToOne(() => SchoolPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_school_plan_domain_plan' })
  plan?: Relation<SchoolPlanEntity>;
}

/** A main study domain of a teacher plan with its planned themes and hours. */
@Entity('teacher_plan_domain')
export class TeacherPlanDomainEntity {
  @PrimaryColumn({ name: 'plan_id', type: 'int' })
  planId: number;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  domain: StudyDomain;

  @Column({ type: 'varchar', length: 500 })
  themes: string;

  @Column({ type: 'int' })
  hours: number;

  @ManyToOne(() => TeacherPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_teacher_plan_domain_plan' })
  plan?: Relation<TeacherPlanEntity>;
}
