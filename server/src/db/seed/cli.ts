/**
 * npm run seed -- --scale demo|national [--years N] [--last-year Y] [--surveys] [--history] [--seed S] [--reset]
 * `--scale demo` alone: every school year from 108 to today's (today's with its windows open), with survey answers.
 * Fills the database of DATABASE_URL (or the embedded SQLite file) with generated data.
 */
import { openDataSource } from '../data-source';
import { resetDatabase } from '../reset';
import { addDemoCurrentYear, demoSeedOptions } from './current-year';
import { seed, Scale, type SeedOptions } from './generator';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const scale = (arg('scale') ?? 'demo') as Scale;
  if (scale !== 'demo' && scale !== 'national') throw new Error('--scale must be demo or national');
  const years = arg('years') ? Number(arg('years')) : undefined;
  const seedValue = arg('seed') ? Number(arg('seed')) : undefined;
  if (seedValue !== undefined && !Number.isInteger(seedValue)) throw new Error('--seed must be an integer');
  const ds = await openDataSource({ url: process.env.DATABASE_URL });
  try {
    if (process.argv.includes('--reset')) await resetDatabase(ds);
    const history = process.argv.includes('--history');
    const lastYear = arg('last-year') ? Number(arg('last-year')) : undefined;
    // the demo as `npm start` makes it: up to today's school year, with survey answers
    const demo = scale === 'demo' && !history && years === undefined && lastYear === undefined;
    const options: SeedOptions = demo
      ? { ...demoSeedOptions(new Date()), seed: seedValue, progress: true }
      : { scale, years, lastYear, seed: seedValue, history, surveys: process.argv.includes('--surveys'), progress: true };
    const report = await seed(ds, options);
    if (demo) console.log(`school year ${await addDemoCurrentYear(ds)} added with its windows open now`);
    const total = Object.values(report.rows).reduce((a, b) => a + b, 0);
    console.log(
      `seeded ${report.scale} (seed ${report.seed}) school years ${report.schoolYears.join(', ')} in ${report.seconds.toFixed(1)} s`,
    );
    console.table(report.rows);
    console.log(`${total} rows, ${(total / report.seconds).toFixed(0)} rows/s`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(`seed failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
