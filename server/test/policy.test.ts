import { getMetadataStorage } from 'type-graphql';
import '../src/app';
import { ruleNamed, ruleNames } from '../src/auth/rules';

/**
 * Guards of the one policy per resource (docs/ARCHITECTURE.md "Authorization"): every root field
 * has a rule or is public on purpose; every rule named on a field exists; every registered rule is
 * put on some field.
 */
const PUBLIC = new Set([
  'Query.me',
  'Query.counties',
  'Query.schoolYears',
  'Query.unitsByName',
  'Query.referenceItems',
  'Query.businessAccountDirectory',
  'Query.currentSemester',
  'Mutation.login',
  'Mutation.applyForBusinessAccount',
  // the course catalog (研習訊息單一窗口) and the forgotten-password flow are public by design
  'Query.courses',
  'Query.course',
  'Mutation.requestPasswordReset',
  'Mutation.resetPasswordWithToken',
  'Mutation.unsubscribe',
  // anyone checks a certificate's verification code (rate-limited per address)
  'Query.verifyCertificate',
]);

const storage = getMetadataStorage();
const rulesOn = (target: object, field: string) =>
  storage.authorizedFields.filter((a) => a.target === target && a.fieldName === field).flatMap((a) => a.roles as string[]);

describe('authorization policies', () => {
  it('every root Query and Mutation field has a rule or stands on the public list', () => {
    const roots = [
      ...storage.queries.map((q) => ({ name: `Query.${q.schemaName}`, rules: rulesOn(q.target, q.methodName) })),
      ...storage.mutations.map((m) => ({ name: `Mutation.${m.schemaName}`, rules: rulesOn(m.target, m.methodName) })),
    ];
    expect(roots.length).toBeGreaterThan(50);
    expect(roots.filter((r) => r.rules.length === 0 && !PUBLIC.has(r.name)).map((r) => r.name)).toEqual([]);
    // the public list names real fields, none of which has a rule after all
    const names = new Set(roots.map((r) => r.name));
    expect([...PUBLIC].filter((p) => !names.has(p))).toEqual([]);
    expect(roots.filter((r) => PUBLIC.has(r.name) && r.rules.length > 0).map((r) => r.name)).toEqual([]);
  });

  it('every rule named on a field exists, and every registered rule is put on some field', () => {
    const used = new Set(storage.authorizedFields.flatMap((a) => a.roles as string[]));
    expect([...used].filter((n) => !ruleNamed(n))).toEqual([]);
    expect(ruleNames().filter((n) => !used.has(n))).toEqual([]);
  });
});
