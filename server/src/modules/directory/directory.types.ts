import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../shared/node';
import { Connection } from '../../shared/pagination';
import { PlanKind, Remoteness, Stage, Subject, TeacherTitle, UnitKind } from '../../shared/enums';

@ObjectType({ description: '縣市: a county or city, or 國教署 acting as the 23rd' })
export class County {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Short code, e.g. TPE' })
  code: string;

  @Field({ description: 'Name in Chinese, e.g. 臺北市' })
  name: string;

  @Field()
  nameEn: string;

  @Field(() => Int, { description: "Position in the seed's order (1..23)" })
  order: number;
}

@ObjectType({ description: "A county's school-plan group and teacher wave in one school year" })
export class CountySchedule {
  @Field(() => Int)
  schoolYear: number;

  @Field(() => County)
  county: County;

  @Field({ description: "School-plan group, e.g. 'A'" })
  planGroup: string;

  @Field(() => Int, { description: 'Teacher-plan wave, 1..5' })
  teacherWave: number;
}

@ObjectType({ description: 'A filling window, in UTC; compare in Asia/Taipei for display' })
export class PlanWindow {
  @Field(() => PlanKind)
  planKind: PlanKind;

  @Field({ description: "The county group ('A', 'B') or the teacher wave ('1'..'5')" })
  groupKey: string;

  @Field(() => DateTimeISOResolver)
  opensAt: Date;

  @Field(() => DateTimeISOResolver)
  closesAt: Date;
}

@ObjectType({ implements: Node, description: '學年度: a school year (ROC: 109 = Aug 2020 - Jul 2021)' })
export class SchoolYear extends Node {
  @Field(() => Int)
  year: number;

  @Field(() => DateTimeISOResolver)
  serviceOpensAt: Date;

  @Field(() => DateTimeISOResolver)
  serviceClosesAt: Date;
}

@ObjectType({ description: '單位: any unit (school, university, legal entity, district centre ...)' })
export class Unit {
  @Field(() => ID)
  id: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field({ description: 'Unit code (學校代碼 for schools)' })
  code: string;

  @Field()
  name: string;
}

@ObjectType({ implements: Node, description: 'A K-12 school (kindergartens included)' })
export class School extends Node {
  @Field({ description: '學校代碼' })
  code: string;

  @Field()
  name: string;

  @Field(() => Int, { nullable: true, description: '學生總數' })
  studentCount: number | null;

  @Field(() => Remoteness, { nullable: true })
  remoteness: Remoteness | null;
}

@ObjectType({ implements: Node, description: '教師: a teacher of a K-12 school' })
export class Teacher extends Node {
  @Field()
  name: string;

  @Field(() => TeacherTitle, { description: '職稱' })
  title: TeacherTitle;
}

export const TeacherConnection = Connection(Teacher, 'Teacher');
export const SchoolConnection = Connection(School, 'School');

export { Stage, Subject };

@ObjectType({
  description: 'What you may do to this school, answered by the same policy functions its mutations check (other modules add theirs)',
})
export class SchoolViewerCan {
  @Field({ description: "May read this school's teachers (School.teachers)" })
  readTeachers: boolean;

  @Field({ description: "Keeps this school's teacher records: correctTeachers, markTeacherReviewDone, resetting their logins" })
  manageTeachers: boolean;

  @Field({ description: 'May add a teacher to this school or ask for one from another school (addTeacher, transferTeacher)' })
  addTeachers: boolean;
}

@ObjectType({
  description: 'What you may do to this teacher, answered by the same policy functions its mutations check (other modules add theirs)',
})
export class TeacherViewerCan {
  @Field({ description: "Keeps this teacher's record (correctTeachers)" })
  correct: boolean;

  @Field({ description: 'May read its e-mail and phone' })
  readContact: boolean;

  @Field({ description: 'May read its full national ID' })
  readNationalId: boolean;
}
