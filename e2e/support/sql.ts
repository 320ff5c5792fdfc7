// Direct database access for tests that change what no UI changes yet (e.g. disabling a user from
// outside the app). Same engine selection as the app, through lib/db/target.mjs.
import path from "node:path";
import { pathToFileURL } from "node:url";

type Row = Record<string, unknown>;

export async function sql(query: string, params: unknown[] = []): Promise<Row[]> {
  const mod = await import(pathToFileURL(path.resolve("lib/db/target.mjs")).href);
  const target = mod.resolveDatabaseTarget(process.env);
  if (target.kind === "postgres") {
    const { default: pg } = await import("pg");
    const client = new pg.Client(target.pg);
    await client.connect();
    try {
      let n = 0;
      return (await client.query(query.replace(/\?/g, () => `$${++n}`), params)).rows;
    } finally {
      await client.end();
    }
  }
  const db = await mod.openSqlite(target.sqlite.file);
  try {
    const stmt = db.prepare(query);
    return stmt.reader ? stmt.all(...params) : (stmt.run(...params), []);
  } finally {
    db.close();
  }
}
