import type { ModuleDescriptor } from '../../shared/module';
import { AuditEventEntity } from './audit-event.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { auditRules } from './audit.policy';

/** 操作紀錄: the audit trail every other module writes to. Knows no other module. */
export { AuditEventEntity } from './audit-event.entity';
export { AuditEvent } from './audit.resolver';
export { AuditService } from './audit.service';
export { auditScope, readsAudit } from './audit.policy';

declare module '../../auth/rules' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RuleNames extends Record<keyof typeof auditRules, true> {}
}
declare module '../../shared/module' {
  interface Services {
    audit: AuditService;
  }
}

export const auditModule: ModuleDescriptor = {
  name: 'audit',
  entities: [AuditEventEntity],
  resolvers: [AuditResolver],
  rules: auditRules,
  services: ({ ds, clock }) => ({ audit: new AuditService(ds, clock) }),
};
