import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { schoolScope } from './school.policy';
import { readsTeachers, teacherScope } from './teacher.policy';
import { forbidden } from '../../shared/errors';
import type { Page, PageArgs } from '../../shared/pagination';
import { containsPattern, foldedColumn, foldName, LIKE_ESCAPE, nameOrCodeContains, searchText } from '../../shared/like';
import { allOf, oneOf, pageOf, Scope } from '../../shared/scoped-query';
import type { Stage, Subject, TeacherTitle } from '../../shared/enums';
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

export interface TeacherFilter {
  schoolId?: number | null;
  search?: string | null;
  title?: TeacherTitle | null;
  subject?: Subject | null;
  /** Confirmed their profile in `semester` (true), or not (false). */
  confirmed?: boolean | null;
  semester: string;
}

/**
 * A teacher search: part of the name or of the school's name or code (folded: shared/like.ts), or
 * the masked national ID as the lists show it (`A12****789`, or its first one to three characters).
 * Only the characters a masked ID shows are compared, so a search never tells more of an ID than
 * the list itself does.
 */
function teacherSearch(text: string): Scope {
  const unit = nameOrCodeContains('su.name', 'su.code', text);
  const parts: Scope[] = [
    { sql: `${foldedColumn('t.name')} LIKE ? ${LIKE_ESCAPE}`, params: [containsPattern(foldName(text))] },
    { sql: `t.school_id IN (SELECT su.id FROM unit su WHERE ${unit.sql})`, params: unit.params },
  ];
  const id = text.normalize('NFKC').trim().toUpperCase();
  const masked = /^([A-Z][0-9]{2})\*{4}([0-9]{3})$/.exec(id);
  if (masked) parts.push({ sql: 't.national_id LIKE ? AND t.national_id LIKE ?', params: [`${masked[1]}%`, `%${masked[2]}`] });
  else if (/^[A-Z][0-9]{0,2}$/.test(id)) parts.push({ sql: 't.national_id LIKE ?', params: [`${id}%`] });
  return { sql: parts.map((p) => `(${p.sql})`).join(' OR '), params: parts.flatMap((p) => p.params) };
}

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
    return pageOf(
      this.ds,
      SCHOOLS,
      allOf(
        schoolScope(v),
        filter.countyId != null && { sql: 'u.county_id = ?', params: [filter.countyId] },
        !!filter.stage && { sql: `${this.concatStages()} LIKE ? ${LIKE_ESCAPE}`, params: [containsPattern(`,${filter.stage},`)] },
        !!search && nameOrCodeContains('u.name', 'u.code', search),
      ),
      args,
    );
  }

  /** Teachers in the viewer's scope, optionally of one school, by ID. */
  teachers(v: Viewer, filter: TeacherFilter, args: PageArgs): Promise<Page<TeacherEntity> & { totalCount: number }> {
    if (!readsTeachers(v)) throw forbidden();
    const search = searchText('search', filter.search);
    return pageOf(
      this.ds,
      TEACHERS,
      allOf(
        teacherScope(v),
        filter.schoolId != null && { sql: 't.school_id = ?', params: [filter.schoolId] },
        !!filter.title && { sql: 't.title = ?', params: [filter.title] },
        !!filter.subject && {
          sql: 't.id IN (SELECT ts.teacher_id FROM teacher_subject ts WHERE ts.subject = ?)',
          params: [filter.subject],
        },
        filter.confirmed === true && { sql: 't.profile_confirmed_semester = ?', params: [filter.semester] },
        filter.confirmed === false && {
          sql: '(t.profile_confirmed_semester IS NULL OR t.profile_confirmed_semester <> ?)',
          params: [filter.semester],
        },
        !!search && teacherSearch(search),
      ),
      args,
    );
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
