import type { DataSource } from 'typeorm';
import { hasScope, syncCounty, isAnalyst, isDistrict, isPlatform, schoolAccountWith, Viewer } from '../../auth/viewer';
import { readsTeachers } from '../../auth/rules';
import { forbidden } from '../../shared/errors';
import type { Page, PageArgs } from '../../shared/pagination';
import { containsPattern, LIKE_ESCAPE, nameOrCodeContains, searchText } from '../../shared/like';
import { ALL_ROWS, allOf, NO_ROWS, oneOf, pageOf, Scope } from '../../shared/scoped-query';
import type { Stage } from '../../shared/enums';
import { CountyEntity } from './county.entity';
import { SchoolYearEntity } from './school-year.entity';
import { UnitEntity } from './unit.entity';
import { TeacherEntity } from './teacher.entity';
import { commaWrapped } from '../../shared/sql';

export type { Scope };
const NONE = NO_ROWS;

/** Schools the viewer may list: all (platform, analyst), its county (district), its own school. */
export function schoolScope(v: Viewer, alias = 'u'): Scope {
  const kind = { sql: `${alias}.kind = ?`, params: ['SCHOOL'] };
  if (isPlatform(v) || isAnalyst(v) || hasScope(v, 'DIRECTORY_READ') || hasScope(v, 'STATISTICS_READ')) return kind;
  if (syncCounty(v) !== null) return { sql: `${kind.sql} AND ${alias}.county_id = ?`, params: ['SCHOOL', syncCounty(v)] };
  if (isDistrict(v) && v.countyId !== null) return { sql: `${kind.sql} AND ${alias}.county_id = ?`, params: ['SCHOOL', v.countyId] };
  if (v.kind === 'TEACHER') return { sql: `${kind.sql} AND ${alias}.id = ?`, params: ['SCHOOL', v.schoolId] };
  if (v.kind === 'BUSINESS') return { sql: `${kind.sql} AND ${alias}.id = ?`, params: ['SCHOOL', v.unitId] };
  return NONE;
}

/** Teachers the viewer may read: all (platform), its county (district), itself, its school's (CHIEF/CONTACT). */
export function teacherScope(v: Viewer, alias = 't'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  if (isDistrict(v) && v.countyId !== null) {
    return { sql: `${alias}.school_id IN (SELECT su.id FROM unit su WHERE su.county_id = ?)`, params: [v.countyId] };
  }
  if (v.kind === 'TEACHER') return { sql: `${alias}.id = ?`, params: [v.teacherId] };
  if (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT')) return { sql: `${alias}.school_id = ?`, params: [v.unitId] };
  if (syncCounty(v) !== null) {
    return { sql: `${alias}.school_id IN (SELECT su.id FROM unit su WHERE su.county_id = ?)`, params: [syncCounty(v)] };
  }
  return NONE;
}

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
      !!search && nameOrCodeContains('u.name', 'u.code', search),
    ), args);
  }

  /** Teachers in the viewer's scope, optionally of one school, by ID. */
  teachers(v: Viewer, schoolId: number | null, args: PageArgs): Promise<Page<TeacherEntity> & { totalCount: number }> {
    if (!readsTeachers(v)) throw forbidden();
    return pageOf(this.ds, TEACHERS, allOf(teacherScope(v), schoolId != null && { sql: 't.school_id = ?', params: [schoolId] }), args);
  }

  /** Public: units (schools and course organisers) by part of the name or of the code (names folded: shared/like.ts), for applications. */
  async unitsByName(search: string, countyId: number | null): Promise<UnitEntity[]> {
    const q = searchText('search', search);
    if (!q) return [];
    const where = allOf(
      { sql: "u.kind IN ('SCHOOL', 'UNIVERSITY', 'LEGAL_ENTITY', 'SOCIAL_EDUCATION')", params: [] },
      nameOrCodeContains('u.name', 'u.code', q),
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
