// A throwaway database per test file, on either engine, migrated and (optionally) loaded with the demo
// data. SQLite: a temp folder. PostgreSQL: a database of its own on SUMMA_TEST_PG_URL (default: the local
// server at 127.0.0.1:5432 as postgres), dropped afterwards; skipped (pgAvailable() false) when no server
// answers. Domain modules import the one client from lib/db.ts, which takes a client already placed on
// globalThis.summaDb — so `useEngine` puts this database there and re-imports the modules under test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { vi } from "vitest";
import { migrate } from "@/lib/db/migrate.mjs";
import { createDb, type Db, type DbKind } from "@/lib/db/create-client";

const root = path.resolve(import.meta.dirname, "../..");
const pgAdminUrl = process.env.SUMMA_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDb {
  kind: DbKind;
  env: NodeJS.ProcessEnv;
  db: Db;
  /** Another client on the same database: a second app instance. */
  newClient(): Db;
  drop(): Promise<void>;
}

let pgOk: boolean | undefined;
export async function pgAvailable(): Promise<boolean> {
  if (pgOk !== undefined) return pgOk;
  const c = new pg.Client({ connectionString: pgAdminUrl, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    pgOk = true;
  } catch {
    pgOk = false;
  } finally {
    await c.end().catch(() => {});
  }
  return pgOk;
}

export async function createTestDb(kind: DbKind, opts: { seed?: boolean } = {}): Promise<TestDb> {
  const env: NodeJS.ProcessEnv = { ...process.env, SUMMA_LOGIN_MAX_FAILURES: "10", SUMMA_LOGIN_MAX_FAILURES_PER_IP: "100" };
  delete env.DATABASE_URL;
  let cleanup: () => Promise<void>;
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "summa-hard-"));
    env.SUMMA_DATA_DIR = dir;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `summa_hard_${Date.now()}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(pgAdminUrl);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    cleanup = async () => {
      const a = new pg.Client({ connectionString: pgAdminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    };
  }
  await migrate(env, () => {});
  if (opts.seed) {
    const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"], { cwd: root, env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`seed failed: ${r.stderr}`);
  }
  const clients: Db[] = [];
  const newClient = () => {
    const c = createDb(env).db;
    clients.push(c);
    return c;
  };
  const db = newClient();
  return {
    kind,
    env,
    db,
    newClient,
    async drop() {
      for (const c of clients) await c.$disconnect().catch(() => {});
      await cleanup();
    },
  };
}

/**
 * Makes `@/lib/db` (and everything importing it) use this test database, then imports `load()` afresh.
 * Also sets the environment the modules read (the login limits, AUTH_SECRET).
 */
export async function useEngine<T>(t: TestDb, load: () => Promise<T>, client: Db = t.db): Promise<T> {
  vi.resetModules();
  (globalThis as { summaDb?: unknown }).summaDb = { db: client, kind: t.kind };
  process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
  return load();
}

export const ENGINES: DbKind[] = ["sqlite", "postgres"];
