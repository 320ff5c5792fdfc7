// Builds the Prisma client for the selected engine. Used by lib/db.ts (the app) and by scripts (seed,
// benchmarks) that run outside Next. Both generated clients come from the same models, so the SQLite
// client's type stands for both.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { resolveDatabaseTarget, type DatabaseTarget } from "./target.mjs";
import { QueryCompiler as SqliteQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";
import { QueryCompiler as PostgresQueryCompiler } from "@prisma/client/runtime/query_compiler_bg.postgresql.mjs";
import { cachePlans } from "./plan-cache";
import { reusingStatements, type SqliteStatement } from "./sqlite-statements";

export type Db = SqliteClient;
export type DbKind = DatabaseTarget["kind"];

/**
 * SUMMA_DB_QUERY_LOG=1: every SQL statement the client sends is printed as one line
 * "[summa:db] <sql>" on stdout — bench/http counts them per page. `onQuery` (tests) sees each one.
 * Both off by default (no cost).
 */
export interface DbOptions {
  onQuery?: (sql: string) => void;
}
type QueryEvents = [{ emit: "event"; level: "query" }];
const printQuery = (sql: string) => process.stdout.write(`[summa:db] ${sql.replace(/\s+/g, " ").slice(0, 300)}\n`);
function queryListener(env: NodeJS.ProcessEnv, opts: DbOptions): ((sql: string) => void) | undefined {
  return opts.onQuery ?? (env.SUMMA_DB_QUERY_LOG === "1" ? printQuery : undefined);
}
const logOptions = (listener: unknown) => ({ log: (listener ? [{ emit: "event", level: "query" }] : []) as QueryEvents });
function withQueryLog<T extends { $on: (e: "query", cb: (e: { query: string }) => void) => void }>(client: T, listener: ((sql: string) => void) | undefined): T {
  if (listener) client.$on("query", (e) => listener(e.query));
  return client;
}

export function createDb(env: NodeJS.ProcessEnv = process.env, opts: DbOptions = {}): { db: Db; kind: DbKind } {
  const target = resolveDatabaseTarget(env);
  const listener = queryListener(env, opts);
  // Query plans of identical queries are reused (lib/db/plan-cache.ts); SUMMA_PRISMA_PLAN_CACHE=0 turns it off.
  if (env.SUMMA_PRISMA_PLAN_CACHE !== "0") cachePlans(target.kind === "postgres" ? PostgresQueryCompiler : SqliteQueryCompiler);
  if (target.kind === "postgres") {
    const adapter = new PrismaPg({ ...target.pg, max: Number(env.SUMMA_PG_POOL_SIZE ?? 10) });
    return { db: withQueryLog(new PostgresClient({ adapter, ...logOptions(listener) }), listener) as unknown as Db, kind: "postgres" };
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
    //
    // Statements are prepared once per SQL text and reused (the adapter prepares one per query; SQLite
    // parses and plans it each time): lib/db/sqlite-statements.ts.
    const client = (adapter as unknown as { client?: { prepare: (sql: string) => SqliteStatement } }).client;
    if (client) {
      const prepare = reusingStatements(client.prepare.bind(client));
      client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    }
    return adapter;
  };
  return { db: withQueryLog(new SqliteClient({ adapter: factory, ...logOptions(listener) }), listener) as unknown as Db, kind: "sqlite" };
}
