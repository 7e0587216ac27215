import { Init1764000000000 } from './1764000000000-Init';

/** Every migration, in order. */
export const MIGRATIONS: Function[] = [Init1764000000000];
