// Builds the Prisma client for the selected engine. Used by lib/db.ts (the app) and by scripts (seed,
// benchmarks) that run outside Next. Both generated clients come from the same models, so the SQLite
// client's type stands for both.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target.mjs";

export type Db = SqliteClient;
export type DbKind = DatabaseTarget["kind"];

/**
 * SUMMA_DB_QUERY_LOG=1: every SQL statement the client sends is printed as one line
 * "[summa:db] <sql>" on stdout — bench/http.bench.ts counts them per page. Off by default (no cost).
 */
function withQueryLog<T extends { $on: (e: "query", cb: (e: { query: string }) => void) => void }>(client: T, env: NodeJS.ProcessEnv): T {
  if (env.SUMMA_DB_QUERY_LOG === "1") client.$on("query", (e) => process.stdout.write(`[summa:db] ${e.query.replace(/\s+/g, " ").slice(0, 300)}\n`));
  return client;
}
type QueryEvents = [{ emit: "event"; level: "query" }];
const logOptions = (env: NodeJS.ProcessEnv) => ({ log: (env.SUMMA_DB_QUERY_LOG === "1" ? [{ emit: "event", level: "query" }] : []) as QueryEvents });

export function createDb(env: NodeJS.ProcessEnv = process.env): { db: Db; kind: DbKind } {
  const target = resolveDatabaseTarget(env);
  if (target.kind === "postgres") {
    const adapter = new PrismaPg({ ...target.pg, max: Number(env.SUMMA_PG_POOL_SIZE ?? 10) });
    return { db: withQueryLog(new PostgresClient({ adapter, ...logOptions(env) }), env) as unknown as Db, kind: "postgres" };
  }
  const factory = new PrismaBetterSQLite3({ url: `file:${target.sqlite.file}`, timeout: 10_000 });
  const connect = factory.connect.bind(factory);
  // Same settings as the migrator (lib/db/target.mjs applySqlitePragmas): WAL, FULL sync, foreign keys.
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(
      "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
    );
    // Interactive transactions take the write lock up front (BEGIN IMMEDIATE instead of the adapter's
    // deferred BEGIN). Within one process the adapter already runs them one at a time, so nothing changes
    // there; but two processes on one file (a second app instance, a script) now wait for each other
    // (busy_timeout) instead of failing with SQLITE_BUSY when a transaction that read first tries to
    // write after the other one committed.
    const client = (adapter as unknown as { client?: { prepare: (sql: string) => unknown } }).client;
    if (client) {
      const prepare = client.prepare.bind(client);
      client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    }
    return adapter;
  };
  return { db: withQueryLog(new SqliteClient({ adapter: factory, ...logOptions(env) }), env) as unknown as Db, kind: "sqlite" };
}
