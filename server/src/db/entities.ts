import { MODULES } from '../modules';

/** Every module's entities (their tables come from the one migration history in ./migrations). */
export const ENTITIES = MODULES.flatMap((m) => m.entities);
