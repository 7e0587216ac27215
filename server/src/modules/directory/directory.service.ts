import type { DataSource } from 'typeorm';
import { isAnalyst, isDistrict, isPlatform, schoolAccountWith, Viewer } from '../../auth/viewer';
import { readsTeachers } from '../../auth/rules';
import { forbidden } from '../../shared/errors';
import { Page, PageArgs, pageWindow, toPage } from '../../shared/pagination';
import { hydrate } from '../../shared/loaders';
import type { Stage } from '../../shared/enums';
import { CountyEntity } from './county.entity';
import { CountySchoolYearEntity, PlanWindowEntity, SchoolYearEntity } from './school-year.entity';
import { UnitEntity } from './unit.entity';
import { TeacherEntity } from './teacher.entity';

/** A WHERE fragment (with `?` parameters) that limits rows to what the viewer may see. */
export interface Scope {
  sql: string;
  params: unknown[];
}

const NONE: Scope = { sql: '1 = 0', params: [] };

/** Schools the viewer may list: all (platform, analyst), its county (district), its own school. */
export function schoolScope(v: Viewer, alias = 'u'): Scope {
  const kind = { sql: `${alias}.kind = ?`, params: ['SCHOOL'] };
  if (isPlatform(v) || isAnalyst(v)) return kind;
  if (isDistrict(v) && v.countyId !== null) return { sql: `${kind.sql} AND ${alias}.county_id = ?`, params: ['SCHOOL', v.countyId] };
  if (v.kind === 'TEACHER') return { sql: `${kind.sql} AND ${alias}.id = ?`, params: ['SCHOOL', v.schoolId] };
  if (v.kind === 'BUSINESS') return { sql: `${kind.sql} AND ${alias}.id = ?`, params: ['SCHOOL', v.unitId] };
  return NONE;
}

/** Teachers the viewer may read: all (platform), its county (district), itself, its school's (CHIEF/CONTACT). */
export function teacherScope(v: Viewer, alias = 't'): Scope {
  if (isPlatform(v)) return { sql: '1 = 1', params: [] };
  if (isDistrict(v) && v.countyId !== null) {
    return { sql: `${alias}.school_id IN (SELECT su.id FROM unit su WHERE su.county_id = ?)`, params: [v.countyId] };
  }
  if (v.kind === 'TEACHER') return { sql: `${alias}.id = ?`, params: [v.teacherId] };
  if (schoolAccountWith(v, 'UNIT_TEACHER_MANAGEMENT')) return { sql: `${alias}.school_id = ?`, params: [v.unitId] };
  return NONE;
}

export interface SchoolFilter {
  countyId?: number | null;
  stage?: Stage | null;
  search?: string | null;
}

export class DirectoryService {
  constructor(private readonly ds: DataSource) {}

  counties(): Promise<CountyEntity[]> {
    return this.ds.getRepository(CountyEntity).find({ order: { id: 'ASC' } });
  }

  schoolYears(): Promise<SchoolYearEntity[]> {
    return this.ds.getRepository(SchoolYearEntity).find({ order: { year: 'ASC' } });
  }

  windows(schoolYear: number): Promise<PlanWindowEntity[]> {
    return this.ds.getRepository(PlanWindowEntity).find({ where: { schoolYear }, order: { planKind: 'ASC', groupKey: 'ASC' } });
  }

  schedules(schoolYear: number): Promise<CountySchoolYearEntity[]> {
    return this.ds.getRepository(CountySchoolYearEntity).find({ where: { schoolYear }, order: { countyId: 'ASC' } });
  }

  /** Schools in the viewer's scope, filtered, by ID. */
  async schools(v: Viewer, filter: SchoolFilter, args: PageArgs): Promise<Page<UnitEntity> & { totalCount: number }> {
    const { first, afterId } = pageWindow(args);
    const scope = schoolScope(v);
    const where = [scope.sql];
    const params = [...scope.params];
    if (filter.countyId != null) {
      where.push('u.county_id = ?');
      params.push(filter.countyId);
    }
    if (filter.stage) {
      where.push(`${this.concatStages()} LIKE ?`);
      params.push(`%,${filter.stage},%`);
    }
    if (filter.search) {
      where.push('(u.name LIKE ? OR u.code = ?)');
      params.push(`%${filter.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`, filter.search);
    }
    const w = where.join(' AND ');
    const [rows, count] = await Promise.all([
      this.ds.query(`SELECT u.* FROM unit u WHERE ${w} AND u.id > ? ORDER BY u.id LIMIT ${first + 1}`, [...params, afterId]),
      this.ds.query(`SELECT COUNT(*) AS n FROM unit u WHERE ${w}`, params),
    ]);
    return { ...toPage(hydrate(this.ds, UnitEntity, rows), first), totalCount: Number(count[0].n) };
  }

  /** Teachers in the viewer's scope, optionally of one school, by ID. */
  async teachers(v: Viewer, schoolId: number | null, args: PageArgs): Promise<Page<TeacherEntity> & { totalCount: number }> {
    if (!readsTeachers(v)) throw forbidden();
    const { first, afterId } = pageWindow(args);
    const scope = teacherScope(v);
    const where = [scope.sql];
    const params = [...scope.params];
    if (schoolId != null) {
      where.push('t.school_id = ?');
      params.push(schoolId);
    }
    const w = where.join(' AND ');
    const [rows, count] = await Promise.all([
      this.ds.query(`SELECT t.* FROM teacher t WHERE ${w} AND t.id > ? ORDER BY t.id LIMIT ${first + 1}`, [...params, afterId]),
      this.ds.query(`SELECT COUNT(*) AS n FROM teacher t WHERE ${w}`, params),
    ]);
    return { ...toPage(hydrate(this.ds, TeacherEntity, rows), first), totalCount: Number(count[0].n) };
  }

  /** One school if the viewer may see it. */
  async schoolFor(v: Viewer, id: number): Promise<UnitEntity | null> {
    const scope = schoolScope(v);
    const rows = await this.ds.query(`SELECT u.* FROM unit u WHERE ${scope.sql} AND u.id = ?`, [...scope.params, id]);
    return hydrate(this.ds, UnitEntity, rows)[0] ?? null;
  }

  /** One teacher if the viewer may see it. */
  async teacherFor(v: Viewer, id: number): Promise<TeacherEntity | null> {
    if (!readsTeachers(v)) return null;
    const scope = teacherScope(v);
    const rows = await this.ds.query(`SELECT t.* FROM teacher t WHERE ${scope.sql} AND t.id = ?`, [...scope.params, id]);
    return hydrate(this.ds, TeacherEntity, rows)[0] ?? null;
  }

  private concatStages(): string {
    return this.ds.options.type === 'better-sqlite3' ? "(',' || u.stages || ',')" : "CONCAT(',', u.stages, ',')";
  }
}
