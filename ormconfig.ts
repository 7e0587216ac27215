/**
 * The TypeORM DataSource (for the TypeORM CLI and tools): DATABASE_URL=mysql://user:pass@host:port/db
 * uses MySQL/MariaDB through mysql2; unset, the embedded SQLite file data/inservice.sqlite.
 */
import { createDataSource } from './server/src/db/data-source';

export default createDataSource({ url: process.env.DATABASE_URL });
