// Which database this process talks to, decided in one place for the app, the scripts and the Prisma CLI.
// No DATABASE_URL (or file:…) → embedded SQLite in the data folder; postgres://… → PostgreSQL.
import path from "node:path";
import { mkdirSync } from "node:fs";

/** @param {NodeJS.ProcessEnv} env */
export function resolveDatabaseTarget(env) {
  const url = (env.DATABASE_URL ?? "").trim();
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const u = new URL(url);
    return {
      kind: "postgres",
      prismaUrl: url,
      // Discrete fields, not a connection string: adapter-pg otherwise replays shadow migrations
      // into the main database (STACK.md).
      pg: {
        host: decodeURIComponent(u.hostname || "localhost"),
        port: Number(u.port || 5432),
        database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
        user: decodeURIComponent(u.username || "postgres"),
        password: u.password ? decodeURIComponent(u.password) : undefined,
        ssl: u.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
      },
    };
  }
  if (url && !url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or file: (got "${url.split(":")[0]}:…")`);
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.SUMMA_DATA_DIR || "data");
  const file = url ? path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length)) : path.join(dataDir, "summa.db");
  return { kind: "sqlite", prismaUrl: `file:${file}`, sqlite: { file } };
}

/** Opens a better-sqlite3 database with the settings Summa relies on. */
export async function openSqlite(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file);
  applySqlitePragmas(db);
  return db;
}

/**
 * WAL lets readers run beside the writer; busy_timeout makes concurrent writers wait instead of failing;
 * synchronous=FULL keeps committed data across power loss (a summary lost on a power cut is the failure
 * users would never forgive); foreign keys are off by default in SQLite.
 */
export function applySqlitePragmas(db) {
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 10000");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
}

/** The driver adapter factory used by the Prisma CLI (prisma.config.ts). */
export async function cliAdapterFactory(target) {
  if (target.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { default: pg } = await import("pg");
    // The schema engine reads catalog columns of type `name` (OID 19) and `"char"` (OID 18), which
    // adapter-pg 6.19.3 refuses to map. Inside the CLI process only, report them as text (OID 25).
    const addFields = pg.Result.prototype.addFields;
    pg.Result.prototype.addFields = function (fields) {
      for (const f of fields) if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
      return addFields.call(this, fields);
    };
    const factory = new PrismaPg(target.pg);
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    // adapter-pg 6.19.3 drops the shadow database before closing its own pool to it, so the DROP fails
    // with "being accessed by other users". Close the pool first, then let the adapter drop it.
    factory.connectToShadowDb = async () => {
      const adapter = await connectToShadowDb();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        const pool = adapter.client;
        await pool.end();
        pool.end = async () => {};
        await dispose();
      };
      return adapter;
    };
    return factory;
  }
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  mkdirSync(path.dirname(target.sqlite.file), { recursive: true });
  const factory = new PrismaBetterSQLite3({ url: `file:${target.sqlite.file}` });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  // The shadow database replays whole migration scripts; better-sqlite3's prepare() takes one statement.
  factory.connectToShadowDb = async () => {
    const adapter = await connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length === 0 && splitsIntoSeveralStatements(query.sql)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    };
    return adapter;
  };
  return factory;
}

function splitsIntoSeveralStatements(sql) {
  return sql.split(";").filter((part) => part.replace(/--.*$/gm, "").trim() !== "").length > 1;
}
