/** Process entry: open the database (migrate; seed demo data into a new embedded one), serve API and UI. */
import path from 'node:path';
import { createApp } from './app';
import { createHttpServer } from './http';
import { dataDir, isMysqlUrl, openDataSource, projectRoot } from './db/data-source';
import { loadTokenSecret } from './auth/token';
import { CountyEntity } from './modules/directory/county.entity';
import { seed } from './db/seed/generator';
import { addDemoCurrentYear } from './db/seed/current-year';

async function main() {
  const url = process.env.DATABASE_URL;
  const port = Number(process.env.PORT ?? 4000);
  const ds = await openDataSource({ url });
  const where = isMysqlUrl(url) ? `MySQL ${new URL(url.replace(/^mariadb:/, 'mysql:')).host}` : `SQLite ${path.join(dataDir(), 'inservice.sqlite')}`;
  if (!isMysqlUrl(url) && (await ds.getRepository(CountyEntity).count()) === 0) {
    console.log('New embedded database: filling it with the demo data (a few seconds)...');
    const report = await seed(ds, { scale: 'demo' });
    const current = await addDemoCurrentYear(ds);
    console.log(`Demo data ready in ${report.seconds.toFixed(1)} s: ${report.rows.unit} units, ${report.rows.teacher} teachers, school years ${report.schoolYears.join(', ')}, and ${current} with its windows open now.`);
  }
  const app = await createApp(ds, { tokenSecret: loadTokenSecret() });
  const server = createHttpServer(app, { staticDir: path.join(projectRoot(), 'client', 'dist') });
  server.on('error', (e) => {
    console.error(`Cannot serve on port ${port}: ${(e as Error).message}`);
    process.exit(1);
  });
  server.listen(port, () => {
    console.log(`Database: ${where}`);
    console.log(`API: http://localhost:${port}/graphql   UI: http://localhost:${port}/`);
  });
  /** SIGTERM/SIGINT: stop taking connections, finish the requests in flight (10 s at most), then close. */
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Shutting down: finishing requests in flight...');
    const force = setTimeout(() => server.closeAllConnections(), 10_000);
    force.unref();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await app.apollo.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error('Failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
