import type { ModuleDescriptor } from '../../shared/module';
import { ExportJobEntity } from './export-job.entity';
import { exportRules } from './export.policy';
import { ExportCapabilities, ExportJobResolver } from './export.resolver';
import { ExportService } from './export.service';

/**
 * Bulk exports (issue 14 item 7; docs/API.md "Exports"): `startExport`, the caller's own
 * `exportJob`/`exportJobs`, the download at GET /exports/jobs/<id>?token=..., and the runner that
 * does the work in the background of each server process (main.ts starts it; tests run rounds).
 */
export { ExportJobEntity } from './export-job.entity';
export { ExportService, EXPORT_TTL_HOURS, MAX_ACTIVE_EXPORTS } from './export.service';
export type { ExportRunnerOptions } from './export.service';
export { EXPORT_KINDS } from './kinds';
export { EXPORTERS, exportKindsOf } from './export.policy';

declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof exportRules, true> {}
}
declare module '../../shared/module' {
  interface Services {
    /** Bulk exports and their runner (attached to the schema by app.ts). */
    exports: ExportService;
  }
}
declare module '../../shared/global-id' {
  interface NodeTypes {
    ExportJob: true;
  }
}

export const exportsModule: ModuleDescriptor = {
  name: 'exports',
  entities: [ExportJobEntity],
  resolvers: [ExportJobResolver, ExportCapabilities],
  services: ({ ds, clock }, { audit }) => ({ exports: new ExportService(ds, audit, clock) }),
  nodes: { ExportJob: null },
  rules: exportRules,
};
