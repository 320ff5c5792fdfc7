// Start-up facts read straight through the database driver, before the app (and Prisma) run:
// whether the database is empty, and the AUTH_SECRET stored on first start.
import { randomBytes } from "node:crypto";
import { openSqlite } from "./target.mjs";

async function withConnection(target, fn) {
  if (target.kind === "postgres") {
    const { default: pg } = await import("pg");
    const client = new pg.Client(target.pg);
    await client.connect();
    try {
      return await fn(async (sql, params) => (await client.query(sql, params)).rows);
    } finally {
      await client.end();
    }
  }
  const db = await openSqlite(target.sqlite.file);
  try {
    return await fn(async (sql, params) => (/^\s*select/i.test(sql) ? db.prepare(sql).all(...params) : (db.prepare(sql).run(...params), [])));
  } finally {
    db.close();
  }
}

/** Numbers `?` placeholders as $1, $2… for PostgreSQL. */
function pgPlaceholders(sql) {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export async function countUsers(target) {
  return withConnection(target, async (q) => Number((await q(`SELECT COUNT(*) AS n FROM "User"`, []))[0].n));
}

/**
 * The session-signing secret: AUTH_SECRET from the environment, else the one stored in the database on
 * first start (generated from the OS's random source). Kept in the database, not a local file, so every
 * app instance serving one PostgreSQL signs and accepts the same sessions.
 */
export async function ensureAuthSecret(target, env = process.env) {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  return withConnection(target, async (q) => {
    const fresh = randomBytes(48).toString("base64url");
    const now = target.kind === "postgres" ? new Date() : new Date().toISOString();
    const insert = `INSERT INTO "AppSetting" ("key", "value", "updatedAt") VALUES (?, ?, ?) ON CONFLICT ("key") DO NOTHING`;
    await q(target.kind === "postgres" ? pgPlaceholders(insert) : insert, ["auth_secret", fresh, now]);
    const select = `SELECT "value" FROM "AppSetting" WHERE "key" = ?`;
    const rows = await q(target.kind === "postgres" ? pgPlaceholders(select) : select, ["auth_secret"]);
    return rows[0].value;
  });
}
