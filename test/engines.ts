/**
 * The database engines the storage, linking, query and ingest tests run against: SQLite always, PostgreSQL when
 * `READOUT_TEST_POSTGRES` is set to a URL of a database whose role may create databases (e.g.
 * `postgres://readout:readout@localhost:5432/readout`). Each engine hands out fresh databases — a file in a temp
 * directory, or a database `readout_pgtest_<pid>_<n>` created on that server — and removes them when the test file's
 * tests are done (PostgreSQL databases left behind by a killed test process are dropped by the next run).
 *
 * Test files loop over the engines: `for (const engine of engines) describe(engine.name, () => { ... })`.
 */
import { after } from 'node:test';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The environment variable naming the PostgreSQL server of the test suite. */
export const POSTGRES_TEST_ENV = 'READOUT_TEST_POSTGRES';
/** How to run the PostgreSQL suite, for the "not run" notice. */
export const POSTGRES_TEST_HINT = `set ${POSTGRES_TEST_ENV}=postgres://user:pass@host/db`;
/** Prefix of every database the tests create (other programs sharing the server use other prefixes). */
const PREFIX = 'readout_pgtest_';

/** One engine under test. */
export interface TestEngine {
  readonly name: 'sqlite' | 'postgres';
  /** The target (`openDatabase` argument) of a new, empty database. */
  newDatabase(): Promise<string>;
  /** The target of a new copy of the database `template`, which must be closed. */
  copyDatabase(template: string): Promise<string>;
}

const cleanups: (() => Promise<void>)[] = [];
after(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function sqliteEngine(): TestEngine {
  let dir: string | null = null;
  let n = 0;
  const nextFile = (): string => {
    if (dir === null) {
      const made = mkdtempSync(join(tmpdir(), 'readout-engine-'));
      dir = made;
      cleanups.push(async () => rmSync(made, { recursive: true, force: true }));
    }
    return join(dir, `kb-${++n}.db`);
  };
  return {
    name: 'sqlite',
    newDatabase: async () => nextFile(),
    async copyDatabase(template) {
      const file = nextFile();
      copyFileSync(template, file);
      return file;
    },
  };
}

function postgresEngine(baseUrl: string): TestEngine {
  let admin: pg.Pool | null = null;
  const created: string[] = [];
  let n = 0;
  const pool = async (): Promise<pg.Pool> => {
    if (admin !== null) return admin;
    const made = new pg.Pool({ connectionString: baseUrl, max: 2 });
    made.on('error', () => {});
    admin = made;
    cleanups.push(async () => {
      for (const name of created.splice(0)) await dropTestDatabase(made, name);
      await made.end();
    });
    await dropAbandoned(made);
    return made;
  };
  const urlOf = (name: string): string => {
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const create = async (template: string): Promise<string> => {
    const admin = await pool();
    const name = `${PREFIX}${process.pid}_${++n}`;
    await dropTestDatabase(admin, name);
    await admin.query(`create database ${name} template ${template}`);
    created.push(name);
    return urlOf(name);
  };
  return {
    name: 'postgres',
    newDatabase: () => create('template0'),
    async copyDatabase(template) {
      const name = new URL(template).pathname.slice(1);
      if (!name.startsWith(PREFIX)) throw new Error(`not a test database: ${name}`);
      return create(name);
    },
  };
}

/**
 * Drops test database `name`, closing other sessions on it. A role that is not a superuser may not terminate an
 * autovacuum worker that happens to be on the database (`with (force)` then fails with 42501); a plain drop makes
 * the worker exit, so the drop is retried without force while the database is still busy.
 */
export async function dropTestDatabase(admin: Pick<pg.Pool, 'query'>, name: string): Promise<void> {
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`drop database if exists ${name}`);
      return;
    } catch (error) {
      // 55006: still being accessed; give the worker a moment to leave.
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Drops test databases of processes that no longer run (a test process killed before its cleanup). */
async function dropAbandoned(admin: pg.Pool): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${PREFIX}%`]);
  for (const { datname } of rows) {
    const pid = Number(/^readout_pgtest_(\d+)_/.exec(datname)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    await dropTestDatabase(admin, datname).catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The PostgreSQL server of the test suite, or undefined when the suite is not to run. */
export const postgresTestUrl: string | undefined = process.env[POSTGRES_TEST_ENV] === '' ? undefined : process.env[POSTGRES_TEST_ENV];

/** SQLite alone. */
export const sqlite: TestEngine = sqliteEngine();

/** PostgreSQL, when `READOUT_TEST_POSTGRES` is set. */
export const postgres: TestEngine | undefined = postgresTestUrl === undefined ? undefined : postgresEngine(postgresTestUrl);

/** Every engine to run the storage suite against: SQLite, then PostgreSQL when configured. */
export const engines: readonly TestEngine[] = postgres === undefined ? [sqlite] : [sqlite, postgres];
