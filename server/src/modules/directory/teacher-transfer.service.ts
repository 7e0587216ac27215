import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { receivesTeachersAt } from './teacher.policy';
import { sendsTeacherFrom, transferScope } from './teacher-transfer.policy';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors';
import { maskNationalId } from '../../shared/national-id';
import type { Page, PageArgs } from '../../shared/pagination';
import { allOf, pageOf } from '../../shared/scoped-query';
import { inTransaction, lockForUpdate } from '../../shared/tx';
import { check } from '../../shared/validate';
import type { AuditService } from '../audit';
import { TeacherEntity } from './teacher.entity';
import { TeacherTransferEntity, TransferStatus } from './teacher-transfer.entity';
import { UnitEntity } from './unit.entity';
import { Clock, systemClock } from '../../shared/clock';
import { enqueue } from '../../shared/outbox';

/** A transfer request as it is shown: with the teacher's name and masked national ID only. */
export type TransferView = TeacherTransferEntity & { teacherName: string; teacherNationalIdMasked: string };

const TRANSFERS = { target: TeacherTransferEntity, from: 'teacher_transfer x', alias: 'x' };

/**
 * 調校 as a request (issue 9): the receiving school (its CHIEF/CONTACT, its district, the platform)
 * asks for a teacher by national ID; nothing moves and the receiving side learns nothing but the
 * name and the masked ID until the sending side (the teacher, its school's CHIEF/CONTACT, the
 * sending county's district, the platform) accepts. Either side may decline (the receiving side's
 * decline withdraws the request). Every step is audited.
 */
export class TeacherTransferService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock = systemClock,
  ) {}

  async request(v: Viewer, nationalIdInput: string, toSchoolId: number): Promise<TransferView> {
    const nationalId = check.nationalId('nationalId', nationalIdInput);
    const id = await inTransaction(this.ds, async (em) => {
      const school = await em.getRepository(UnitEntity).findOneBy({ id: toSchoolId });
      if (!school || school.kind !== 'SCHOOL') throw badInput('toSchoolId', 'NO_SUCH_SCHOOL', 'No such school');
      if (!receivesTeachersAt(v, school)) throw forbidden('NOT_YOUR_SCHOOL', 'You may not ask for teachers for this school');
      const t = await em.getRepository(TeacherEntity).findOneBy({ nationalId });
      if (!t) throw notFound('NO_TEACHER_WITH_NATIONAL_ID', 'No teacher has this national ID: add the teacher instead');
      if (t.schoolId === school.id) throw conflict('ALREADY_AT_SCHOOL', 'The teacher is already at this school');
      await lockForUpdate(em, 'teacher', [t.id]);
      const repo = em.getRepository(TeacherTransferEntity);
      if (await repo.exists({ where: { teacherId: t.id, toSchoolId: school.id, status: 'PENDING' } })) {
        throw conflict('TRANSFER_ALREADY_PENDING', 'This school has already asked for this teacher; the request is pending');
      }
      const x = repo.create({
        teacherId: t.id,
        fromSchoolId: t.schoolId,
        toSchoolId: school.id,
        status: 'PENDING',
        requestedBy: v.kind === 'ANONYMOUS' ? '' : v.username,
        requestedAt: this.clock.now(),
        decidedBy: null,
        decidedAt: null,
      });
      await repo.save(x);
      // the teacher and its current school are asked (they accept)
      await enqueue(em, {
        type: 'TRANSFER_ASKED',
        subjectType: 'TeacherTransfer',
        subjectId: x.id,
        at: this.clock.now(),
        unitId: t.schoolId,
        countyId: null,
        recipients: [
          { kind: 'TEACHER', id: t.id },
          { kind: 'UNIT', id: t.schoolId },
        ],
        data: { toSchoolName: school.name, teacherName: t.name },
      });
      // recorded on the receiving side only: the sending school is not named to it
      await this.audit.record(em, v, {
        operation: 'transferTeacher',
        targetType: 'Teacher',
        targetId: t.id,
        targetUnitId: school.id,
        countyId: school.countyId,
        after: { transfer: 'PENDING', toSchool: school.code },
      });
      return x.id;
    });
    return (await this.views([id]))[0];
  }

  async decide(v: Viewer, transferId: number, accept: boolean): Promise<TransferView> {
    await inTransaction(this.ds, async (em) => {
      await lockForUpdate(em, 'teacher_transfer', [transferId]);
      const repo = em.getRepository(TeacherTransferEntity);
      const x = await repo.findOneBy({ id: transferId });
      const units = x ? await em.getRepository(UnitEntity).findBy({ id: In([x.fromSchoolId, x.toSchoolId]) }) : [];
      const from = units.find((u) => u.id === x?.fromSchoolId);
      const to = units.find((u) => u.id === x?.toSchoolId);
      if (!x || !from || !to) throw notFound('NO_SUCH_TRANSFER', 'No such transfer request');
      const sender = sendsTeacherFrom(v, from, x.teacherId);
      const receiver = receivesTeachersAt(v, to);
      if (!sender && !(receiver && !accept))
        throw forbidden(
          'NOT_YOUR_TRANSFER',
          accept ? 'Only the teacher and its current school (or district) accept a transfer' : 'Not your transfer request',
        );
      if (x.status !== 'PENDING')
        throw conflict('TRANSFER_NOT_PENDING', `This request is no longer pending (${x.status})`, { status: x.status });
      const decided = { decidedBy: v.kind === 'ANONYMOUS' ? null : v.username, decidedAt: this.clock.now() };
      if (!accept) {
        const status: TransferStatus = sender ? 'DECLINED' : 'WITHDRAWN';
        await repo.update(x.id, { status, ...decided });
        await this.audit.record(em, v, {
          operation: 'declineTeacherTransfer',
          targetType: 'Teacher',
          targetId: x.teacherId,
          targetUnitId: to.id,
          countyId: to.countyId,
          before: { transfer: 'PENDING' },
          after: { transfer: status },
        });
        return;
      }
      await lockForUpdate(em, 'teacher', [x.teacherId]);
      const t = await em.getRepository(TeacherEntity).findOneBy({ id: x.teacherId });
      if (!t) throw notFound('NO_SUCH_TEACHER', 'No such teacher');
      if (t.schoolId !== x.fromSchoolId) {
        await repo.update(x.id, { status: 'SUPERSEDED', ...decided });
        throw conflict('TEACHER_MOVED', 'The teacher has moved since this request was made');
      }
      t.schoolId = to.id;
      t.profileConfirmedSemester = null;
      t.profileConfirmedAt = null;
      await em.save(t);
      await repo.update(x.id, { status: 'ACCEPTED', ...decided });
      await enqueue(em, {
        type: 'TRANSFER_ACCEPTED',
        subjectType: 'TeacherTransfer',
        subjectId: x.id,
        at: this.clock.now(),
        unitId: to.id,
        countyId: to.countyId,
        recipients: [
          { kind: 'TEACHER', id: t.id },
          { kind: 'UNIT', id: to.id },
        ],
        data: { toSchoolName: to.name, teacherName: t.name },
      });
      // other schools' pending requests for this teacher lapse: they asked a school it has left
      await em
        .createQueryBuilder()
        .update(TeacherTransferEntity)
        .set({ status: 'SUPERSEDED', ...decided })
        .where('teacher_id = :t AND status = :p AND id <> :id', { t: t.id, p: 'PENDING', id: x.id })
        .execute();
      const change = { before: { school: from.code }, after: { school: to.code } };
      await this.audit.record(em, v, {
        operation: 'acceptTeacherTransfer',
        targetType: 'Teacher',
        targetId: t.id,
        targetUnitId: to.id,
        countyId: to.countyId,
        ...change,
      });
      await this.audit.record(em, v, {
        operation: 'transferTeacherOut',
        targetType: 'Teacher',
        targetId: t.id,
        targetUnitId: from.id,
        countyId: from.countyId,
        ...change,
      });
    });
    return (await this.views([transferId]))[0];
  }

  /** Requests in the viewer's scope, newest first, optionally of one status. */
  async list(v: Viewer, status: TransferStatus | null, args: PageArgs): Promise<Page<TransferView> & { totalCount: number }> {
    const page = await pageOf(this.ds, TRANSFERS, allOf(transferScope(v), !!status && { sql: 'x.status = ?', params: [status] }), args, {
      newestFirst: true,
    });
    return { ...page, nodes: await this.withNames(page.nodes) };
  }

  /** Whether the viewer is on the sending side of this request (sees the sending school, may accept). */
  isSender(v: Viewer, x: TeacherTransferEntity, from: { id: number; countyId: number | null } | null): boolean {
    return !!from && sendsTeacherFrom(v, from, x.teacherId);
  }

  private async views(ids: number[]): Promise<TransferView[]> {
    return this.withNames(await this.ds.getRepository(TeacherTransferEntity).findBy({ id: In(ids) }));
  }

  private async withNames(rows: TeacherTransferEntity[]): Promise<TransferView[]> {
    if (!rows.length) return [];
    const teachers = await this.ds.getRepository(TeacherEntity).find({
      select: { id: true, name: true, nationalId: true },
      where: { id: In([...new Set(rows.map((r) => r.teacherId))]) },
    });
    const byId = new Map(teachers.map((t) => [t.id, t]));
    return rows.map((r) =>
      Object.assign(r, {
        teacherName: byId.get(r.teacherId)?.name ?? '',
        teacherNationalIdMasked: maskNationalId(byId.get(r.teacherId)?.nationalId ?? '') ?? '',
      }),
    );
  }
}
