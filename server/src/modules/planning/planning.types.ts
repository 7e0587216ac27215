import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../shared/node';
import { idOfType } from '../../shared/global-id';
import { PlanStatus, StudyDomain } from '../../shared/enums';

@ObjectType({ description: 'A main study domain with the themes and hours planned for the year' })
export class PlannedDomain {
  @Field(() => StudyDomain)
  domain: StudyDomain;

  @Field({ description: 'Planned themes (free text)' })
  themes: string;

  @Field(() => Int, { description: 'Planned hours in the school year' })
  hours: number;
}

@ObjectType({ implements: Node, description: '學校本位教師進修研習規劃: a school plan' })
export class SchoolPlan extends Node {
  @Field(() => Int)
  schoolYear: number;

  @Field(() => PlanStatus)
  status: PlanStatus;

  @Field(() => Int, { description: 'Optimistic-locking version: send it back with a change' })
  version: number;

  @Field(() => Int, { nullable: true, description: '學生總數 as filed' })
  totalStudents: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt: Date | null;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: '教師自我進修研習規劃: a teacher plan' })
export class TeacherPlan extends Node {
  @Field(() => Int)
  schoolYear: number;

  @Field(() => PlanStatus)
  status: PlanStatus;

  @Field(() => Int, { description: 'Optimistic-locking version: send it back with a change' })
  version: number;

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt: Date | null;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

/** An optional County ID argument (null: every county the viewer may see). */
export const countyArg = (id: string | null | undefined) => (id ? idOfType(id, 'County', 'countyId') : null);
