import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../context';
import { Allow } from '../../auth/rules';
import { ExportFileFormat, ExportKind, ExportStatus } from '../../shared/enums';
import { idOfType, toGlobalId } from '../../shared/global-id';
import { Connection, PageArgsInput, toConnection } from '../../shared/pagination';
import { ListSize, PagedList } from '../../shared/cost-directives';
import { County, type CountyEntity } from '../directory';
import { ViewerCapabilities } from '../accounts';
import type { ExportJobEntity } from './export-job.entity';
import { downloadPath } from './export.service';
import { exportKindsOf, exports_ } from './export.policy';
import { EXPORT_KINDS } from './kinds';

@ObjectType({ description: 'A bulk export (匯出工作): its status and progress, and a download link valid for a day once done' })
export class ExportJob {
  @Field(() => ExportKind)
  kind: string;

  @Field(() => ExportFileFormat)
  format: string;

  @Field(() => ExportStatus)
  status: string;

  @Field(() => Int, { nullable: true, description: 'The school year asked for (plans, registrations, records)' })
  schoolYear: number | null;

  @Field(() => Int, { nullable: true, description: 'Rows to write (known once the job runs)' })
  rowsTotal: number | null;

  @Field(() => Int, { description: 'Rows written so far' })
  rowsWritten: number;

  @Field(() => Int, { nullable: true, description: 'The size of the file in bytes (once done)' })
  fileBytes: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed: a reason code (OWNER_INACTIVE, NOT_PERMITTED, ...)' })
  error: string | null;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver, { nullable: true })
  startedAt: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true })
  finishedAt: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When the link stops working and the file is removed (a day after it finished)',
  })
  expiresAt: Date | null;
}

@InputType({
  description: 'What to export: a county (default: yours; the platform: every county) and a school year (plans, registrations, records)',
})
class ExportFilterInput {
  @Field(() => ID, { nullable: true, description: 'A county (a district and a TEACHER_SYNC key: only their own)' })
  countyId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only this school year (plans: the plan year; registrations: the course year; records: the year of the study)',
  })
  schoolYear?: number | null;
}

const ExportJobConnection = Connection(ExportJob, 'ExportJob');

@ArgsType()
class ExportJobsArgs extends PageArgsInput {
  @Field(() => ExportStatus, { nullable: true })
  status?: string | null;
}

@Resolver(() => ExportJob)
export class ExportJobResolver {
  @Allow('Mutation.startExport')
  @Mutation(() => ExportJob, {
    description:
      'Starts a bulk export of a county\'s teachers, plans or registrations as far as your scope allows (docs/API.md "Exports"); ' +
      'at most 3 queued or running per caller (RATE_LIMITED); audited',
  })
  startExport(
    @Arg('kind', () => ExportKind) kind: ExportKind,
    @Arg('filter', () => ExportFilterInput, { nullable: true }) filter: ExportFilterInput | null,
    @Arg('format', () => ExportFileFormat, { nullable: true, description: 'JSONL (default) or CSV' }) format: ExportFileFormat | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.exports.start(ctx.viewer, { kind, filter, format });
  }

  @Allow('Query.exportJob')
  @Query(() => ExportJob, { nullable: true, description: 'One of your export jobs (null for anyone else’s)' })
  exportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.exports.get(ctx.viewer, idOfType(id, 'ExportJob', 'id'));
  }

  @Allow('Query.exportJobs')
  @PagedList()
  @Query(() => ExportJobConnection, { description: 'Your export jobs, newest first' })
  async exportJobs(@Args() args: ExportJobsArgs, @Ctx() ctx: Context) {
    const page = await ctx.services.exports.list(ctx.viewer, args);
    return toConnection(page, page.totalCount);
  }

  @FieldResolver(() => ID)
  id(@Root() j: ExportJobEntity) {
    return toGlobalId('ExportJob', j.id);
  }

  @FieldResolver(() => County, { nullable: true, description: 'The county exported (null: every county)' })
  county(@Root() j: ExportJobEntity, @Ctx() ctx: Context): Promise<CountyEntity | null> | null {
    return j.countyId ? ctx.loaders.county.load(j.countyId) : null;
  }

  @FieldResolver(() => Float, { description: 'Done so far, 0 to 1' })
  progress(@Root() j: ExportJobEntity) {
    if (j.status === 'DONE' || j.status === 'EXPIRED') return 1;
    return j.rowsTotal ? Math.min(1, j.rowsWritten / j.rowsTotal) : 0;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The file, while DONE and less than a day old: GET it (no other credential needed: the link is the secret; keep it as you would a password). Absolute with PUBLIC_URL set, else a path on this server',
  })
  downloadUrl(@Root() j: ExportJobEntity, @Ctx() ctx: Context) {
    if (j.status !== 'DONE' || !j.downloadToken || !j.expiresAt || j.expiresAt.getTime() <= ctx.services.clock.now().getTime()) return null;
    // absolute with PUBLIC_URL (as mails' links), else a path on this server
    return `${(process.env.PUBLIC_URL ?? '').replace(/\/$/, '')}${downloadPath(j)}`;
  }
}

/** The export flags of `me.can` (the 資料匯出 page), from the export policy. */
@Resolver(() => ViewerCapabilities)
export class ExportCapabilities {
  @FieldResolver(() => Boolean, {
    description: "資料匯出: starts bulk exports of its county's lists (the platform, a district, a TEACHER_SYNC key)",
  })
  startExport(@Root() c: ViewerCapabilities) {
    return exports_(c.viewer);
  }

  @ListSize(4)
  @FieldResolver(() => [ExportKind], { description: 'The kinds it may export' })
  exportKinds(@Root() c: ViewerCapabilities) {
    return exportKindsOf(c.viewer);
  }

  @ListSize(4)
  @FieldResolver(() => [ExportKind], {
    description: 'The kinds of exportKinds whose filter takes a school year (startExport refuses filter.schoolYear for the others)',
  })
  exportKindsBySchoolYear(@Root() c: ViewerCapabilities) {
    return exportKindsOf(c.viewer).filter((k) => EXPORT_KINDS[k].bySchoolYear);
  }
}
