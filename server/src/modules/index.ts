import { registerRules } from '../auth/rules';
import { registerNodeTypes } from '../shared/global-id';
import type { ModuleDescriptor } from '../shared/module';
import { registerNodeFinder } from '../shared/node';
import { accountsModule } from './accounts';
import { analyticsModule } from './analytics';
import { auditModule } from './audit';
import { coursesModule } from './courses';
import { hoursModule } from './hours';
import { directoryModule } from './directory';
import { partnersModule } from './partners';
import { planningModule } from './planning';
import { messagingModule } from './messaging';
import { supplyModule } from './supply';
import { syncModule } from './sync';
import { exportsModule } from './exports';

/**
 * The module registry: every domain module, once. The schema, the services, the loaders, the
 * entities, `node(id:)` and the downloads are built by looping over this list. A module's services
 * may use those of the modules before it (audit first: everyone writes to it). To add a module:
 * a folder with an index.ts exporting its descriptor, and one line here (docs/ARCHITECTURE.md).
 */
export const MODULES: readonly ModuleDescriptor[] = [
  auditModule,
  directoryModule,
  accountsModule,
  analyticsModule,
  partnersModule,
  planningModule,
  coursesModule,
  hoursModule,
  supplyModule,
  messagingModule,
  syncModule,
  exportsModule,
];

for (const m of MODULES) {
  registerNodeTypes(Object.keys(m.nodes ?? {}));
  for (const [type, finder] of Object.entries(m.nodes ?? {})) if (finder) registerNodeFinder(type, finder);
  registerRules(m.rules ?? {});
}
