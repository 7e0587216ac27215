import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { schoolScope } from './school.policy';
import { readsTeachers, teacherScope } from './teacher.policy';
import { forbidden } from '../../shared/errors';
import type { Page, PageArgs } from '../../shared/pagination';
import { containsPattern, LIKE_ESCAPE, searchText } from '../../shared/like';
import { allOf, oneOf, pageOf, Scope } from '../../shared/scoped-query';
import type { Stage } from '../../shared/enums';
import { CountyEntity } from './county.entity';
import { SchoolYearEntity } from './school-year.entity';
import { UnitEntity } from './unit.entity';
import { TeacherEntity } from './teacher.entity';
import { commaWrapped } from '../../shared/sql';

export type { Scope };

export interface SchoolFilter {
  countyId?: number | null;
  stage?: Stage | null;
  search?: string | null;
}

const SCHOOLS = { target: UnitEntity, from: 'unit u', alias: 'u' };
const TEACHERS = { target: TeacherEntity, from: 'teacher t', alias: 't' };

export class DirectoryService {
  constructor(private readonly ds: DataSource) {}

  get dataSource(): DataSource {
    return this.ds;
  }

  counties(): Promise<CountyEntity[]> {
    return this.ds.getRepository(CountyEntity).find({ order: { id: 'ASC' } });
  }

  schoolYears(): Promise<SchoolYearEntity[]> {
    return this.ds.getRepository(SchoolYearEntity).find({ order: { year: 'ASC' } });
  }

  /** Schools in the viewer's scope, filtered, by ID. */
  schools(v: Viewer, filter: SchoolFilter, args: PageArgs): Promise<Page<UnitEntity> & { totalCount: number }> {
    const search = searchText('search', filter.search);
    return pageOf(this.ds, SCHOOLS, allOf(
      schoolScope(v),
      filter.countyId != null && { sql: 'u.county_id = ?', params: [filter.countyId] },
      !!filter.stage && { sql: `${this.concatStages()} LIKE ? ${LIKE_ESCAPE}`, params: [containsPattern(`,${filter.stage},`)] },
      !!search && { sql: `u.name LIKE ? ${LIKE_ESCAPE} OR u.code = ?`, params: [containsPattern(search), search] },
    ), args);
  }

  /** Teachers in the viewer's scope, optionally of one school, by ID. */
  teachers(v: Viewer, schoolId: number | null, args: PageArgs): Promise<Page<TeacherEntity> & { totalCount: number }> {
    if (!readsTeachers(v)) throw forbidden();
    return pageOf(this.ds, TEACHERS, allOf(teacherScope(v), schoolId != null && { sql: 't.school_id = ?', params: [schoolId] }), args);
  }

  /** Public: units (schools and course organisers) by part of the name or the exact code, for applications. */
  async unitsByName(search: string, countyId: number | null): Promise<UnitEntity[]> {
    const q = searchText('search', search);
    if (!q) return [];
    const where = allOf(
      { sql: "u.kind IN ('SCHOOL', 'UNIVERSITY', 'LEGAL_ENTITY', 'SOCIAL_EDUCATION')", params: [] },
      { sql: `u.name LIKE ? ${LIKE_ESCAPE} OR u.code = ?`, params: [containsPattern(q), q] },
      countyId != null && { sql: 'u.county_id = ?', params: [countyId] },
    );
    return (await pageOf(this.ds, SCHOOLS, where, { first: 20 })).nodes;
  }

  /** One school if the viewer may see it. */
  schoolFor(v: Viewer, id: number): Promise<UnitEntity | null> {
    return oneOf(this.ds, SCHOOLS, schoolScope(v), id);
  }

  /** One teacher if the viewer may see it. */
  async teacherFor(v: Viewer, id: number): Promise<TeacherEntity | null> {
    return readsTeachers(v) ? oneOf(this.ds, TEACHERS, teacherScope(v), id) : null;
  }

  private concatStages(): string {
    return commaWrapped(this.ds, 'u.stages');
  }
}
