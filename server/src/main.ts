/**
 * Process entry: open the database (migrate; in development seed demo data into a new embedded one),
 * serve API and UI, and on SIGTERM/SIGINT finish the requests in flight and exit (10 s at most).
 */
import path from 'node:path';
import { createApp } from './app';
import { createHttpServer } from './http';
import { dataDir, isMysqlUrl, openDataSource, projectRoot } from './db/data-source';
import { loadTokenSecret } from './auth/token';
import { CountyEntity } from './modules/directory';
import { seed } from './db/seed/generator';
import { addDemoCurrentYear, demoSeedOptions } from './db/seed/current-year';
import { NO_ADMINISTRATOR } from './availability';
import { log } from './shared/log';

/** Requests in flight get this long after SIGTERM; then their connections are cut and the process exits. */
const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS) || 8_000;

async function main() {
  const url = process.env.DATABASE_URL;
  const port = Number(process.env.PORT ?? 4000);
  const production = process.env.NODE_ENV === 'production';
  const ds = await openDataSource({ url });
  const where = isMysqlUrl(url)
    ? `MySQL ${new URL(url.replace(/^mariadb:/, 'mysql:')).host}`
    : `SQLite ${path.join(dataDir(), 'inservice.sqlite')}`;
  const empty = (await ds.getRepository(CountyEntity).count()) === 0;
  if (empty && !isMysqlUrl(url) && !production) {
    log.info('New embedded database: filling it with the demo data (a few seconds)...');
    // every school year from 108 up to today's, with survey answers
    const now = new Date();
    const report = await seed(ds, demoSeedOptions(now));
    const current = await addDemoCurrentYear(ds, now);
    log.info(
      `Demo data ready in ${report.seconds.toFixed(1)} s: ${report.rows.unit} units, ${report.rows.teacher} teachers, school years ${report.schoolYears.join(', ')}, and ${current} with its windows open now.`,
    );
  } else if (empty && production) {
    log.info('NODE_ENV=production: the database is empty and stays so (no demo data, no demo passwords).');
  }
  const app = await createApp(ds, { tokenSecret: loadTokenSecret() });
  if (!(await app.setup.hasAdministrator())) log.warn(`WARNING: ${NO_ADMINISTRATOR}`);
  const server = createHttpServer(app, { staticDir: path.join(projectRoot(), 'client', 'dist') });
  server.on('error', (e) => {
    log.fatal({ err: e }, `Cannot serve on port ${port}: ${(e as Error).message}`);
    process.exit(1);
  });
  // the outbox dispatcher: mails and notifications of what happened (SMTP_URL, else .eml files under DATA_DIR/mail)
  if (process.env.OUTBOX_DISPATCHER !== 'off') app.services.dispatcher.start();
  // bulk exports run in the background of every process (claimed in the database: never twice)
  if (process.env.EXPORT_RUNNER !== 'off') app.services.exports.startRunner();
  server.listen(port, () => {
    log.info(
      { database: where, production, port },
      `Serving. Database: ${where}${production ? ' (production)' : ''}. API: http://localhost:${port}/graphql   UI: http://localhost:${port}/`,
    );
  });

  /**
   * SIGTERM/SIGINT (this process alone handles them: Apollo's own handlers are off): stop taking
   * connections, let the requests in flight finish (SHUTDOWN_GRACE_MS at most, then cut them), stop
   * Apollo, close the database (the MariaDB pool would otherwise keep the process alive), exit.
   * A hard deadline exits after 10 s whatever happens.
   */
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing requests in flight, then exiting...`);
    setTimeout(() => {
      log.error('Shutdown took 10 s: exiting now.');
      process.exit(1);
    }, 10_000).unref();
    const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    cut.unref();
    // a keep-alive connection becomes idle once its request is answered: close those as they turn idle
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    clearInterval(idle);
    clearTimeout(cut);
    try {
      await app.services.dispatcher.stop(); // the round in progress is recorded; unsent claims run out for the next process
      await app.services.exports.stopRunner(); // a running job is handed over at its next page (position recorded, claim released)
      await app.apollo.stop();
      await ds.destroy();
    } catch (e) {
      log.error({ err: e }, 'Shutdown failed');
    }
    log.info('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  log.fatal({ err: e }, `Failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
