import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UnitEntity } from '../directory';
import type { StaffRole } from '../../shared/enums';

/** A platform administrator, a ministry analyst, or a district centre's administrator. */
@Entity('staff_account')
export class StaffAccountEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 20 })
  role: StaffRole;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** The platform unit, the district centre, or null for the ministry's analysts. */
  @Column({ name: 'unit_id', type: 'int', nullable: true })
  unitId: number | null;

  @ManyToOne(() => UnitEntity)
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_staff_account_unit' })
  unit?: Relation<UnitEntity>;
}
