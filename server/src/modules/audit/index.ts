import type { ModuleDescriptor } from '../../shared/module';
import { AuditEventEntity } from './audit-event.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** 操作紀錄: the audit trail every other module writes to. Knows no other module. */
export { AuditEventEntity } from './audit-event.entity';
export { AuditEvent } from './audit.resolver';
export { AuditService, readsAudit } from './audit.service';

declare module '../../shared/module' {
  interface Services {
    audit: AuditService;
  }
}

export const auditModule: ModuleDescriptor = {
  name: 'audit',
  entities: [AuditEventEntity],
  resolvers: [AuditResolver],
  services: ({ ds, clock }) => ({ audit: new AuditService(ds, clock) }),
};
