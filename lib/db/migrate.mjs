// Applies the committed migrations of the selected engine (prisma/<engine>/migrations), in order,
// each once. Runs on every start (scripts/start.mjs) and by `npm run db:migrate`; safe to repeat and
// safe when several app instances start at once (an advisory lock on PostgreSQL, an immediate write
// transaction on SQLite). Prisma's own `migrate deploy` needs a native engine that can't be downloaded
// on an intranet, so the app applies the same SQL files itself.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openSqlite, resolveDatabaseTarget } from "./target.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const LOCK_ID = 7_420_115; // arbitrary, constant: the advisory lock key for Summa migrations

export function listMigrations(kind) {
  const dir = path.join(root, "prisma", kind, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function assertSameChecksum(applied, m) {
  if (applied !== m.checksum) {
    throw new Error(`Migration ${m.name} was changed after it was applied. Add a new migration instead.`);
  }
}

async function migrateSqlite(file, migrations, log) {
  const db = await openSqlite(file);
  try {
    db.exec(`CREATE TABLE IF NOT EXISTS "_summa_migrations" (
      "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "applied_at" TEXT NOT NULL)`);
    let applied = 0;
    for (const m of migrations) {
      // BEGIN IMMEDIATE takes the write lock up front, so two starting processes apply each migration once.
      const done = db.transaction(() => {
        const row = db.prepare(`SELECT checksum FROM "_summa_migrations" WHERE name = ?`).get(m.name);
        if (row) return assertSameChecksum(row.checksum, m), false;
        db.exec(m.sql);
        db.prepare(`INSERT INTO "_summa_migrations" VALUES (?, ?, ?)`).run(m.name, m.checksum, new Date().toISOString());
        return true;
      }).immediate();
      if (done) (applied++, log(`applied ${m.name}`));
    }
    return applied;
  } finally {
    db.close();
  }
}

async function migratePostgres(config, migrations, log) {
  const { default: pg } = await import("pg");
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_summa_migrations" (
      "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query(`SELECT name, checksum FROM "_summa_migrations"`);
    const done = new Map(rows.map((r) => [r.name, r.checksum]));
    let applied = 0;
    for (const m of migrations) {
      if (done.has(m.name)) {
        assertSameChecksum(done.get(m.name), m);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_summa_migrations" (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${e.message}`);
      }
      applied++;
      log(`applied ${m.name}`);
    }
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]).catch(() => {});
    await client.end();
  }
}

/** Brings the database up to date; returns how many migrations were applied. */
export async function migrate(env = process.env, log = (m) => console.log(`[migrate] ${m}`)) {
  const target = resolveDatabaseTarget(env);
  const migrations = listMigrations(target.kind);
  return target.kind === "postgres"
    ? migratePostgres(target.pg, migrations, log)
    : migrateSqlite(target.sqlite.file, migrations, log);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  migrate().then(
    (n) => console.log(`[migrate] database is up to date (${n} applied now)`),
    (e) => {
      console.error(`[migrate] ${e.message}`);
      process.exit(1);
    },
  );
}
