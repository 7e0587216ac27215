import { isDistrict, isPlatform, viewerRule, type Rule } from '../../auth/rules';
import type { Viewer } from '../../auth/viewer';
import { ALL_ROWS, NO_ROWS, type Scope } from '../../shared/scoped-query';

/** The policy of the audit trail: who reads which events (the row scope) and so who reads it at all. */

/** Who may read which audit events: all (platform), its county (district), its unit (account managers). */
export function auditScope(v: Viewer, alias = 'e'): Scope {
  if (isPlatform(v)) return ALL_ROWS;
  if (isDistrict(v) && v.countyId !== null) return { sql: `${alias}.county_id = ?`, params: [v.countyId] };
  if (v.kind === 'BUSINESS' && v.permissions.includes('UNIT_ACCOUNT_MANAGEMENT')) {
    return { sql: `(${alias}.target_unit_id = ? OR ${alias}.actor_unit_id = ?)`, params: [v.unitId, v.unitId] };
  }
  return NO_ROWS;
}

/** Who reads the audit trail at all: whoever's row scope is not empty. */
export function readsAudit(v: Viewer): boolean {
  return auditScope(v) !== NO_ROWS;
}

export const auditRules = {
  'Query.auditEvents': viewerRule(readsAudit),
} satisfies Record<string, Rule>;
