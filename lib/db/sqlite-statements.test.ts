import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { limitPlaceholders, reusingStatements, withLimitsWritten, type SqliteStatement } from "./sqlite-statements";

describe("reusingStatements", () => {
  it("prepares each SQL text once and binds fresh arguments on every use, as the Prisma adapter calls it", () => {
    const db = new Database(":memory:");
    let prepared = 0;
    const prepare = reusingStatements((sql) => {
      prepared++;
      return db.prepare(sql) as unknown as SqliteStatement;
    });
    prepare("CREATE TABLE t (id INTEGER, name TEXT)").bind([]).run();
    for (const [id, name] of [[1, "a"], [2, "b"], [3, "c"]] as const) prepare("INSERT INTO t (id, name) VALUES (?, ?)").bind([id, name]).run();
    const select = (id: number) => {
      const stmt = prepare("SELECT id, name FROM t WHERE id >= ? ORDER BY id").bind([id]);
      expect(stmt.reader).toBe(true);
      return { columns: (stmt.columns() as { name: string }[]).map((c) => c.name), rows: stmt.raw().all() };
    };
    expect(select(2)).toEqual({ columns: ["id", "name"], rows: [[2, "b"], [3, "c"]] });
    expect(select(3).rows).toEqual([[3, "c"]]);
    const cols = prepare("SELECT id, name FROM t WHERE id >= ? ORDER BY id").bind([1]).columns();
    expect(prepare("SELECT id, name FROM t WHERE id >= ? ORDER BY id").bind([2]).columns()).toBe(cols);
    expect(prepared).toBe(3);
    // a statement run without bind() (the adapter's BEGIN) works too
    prepare("BEGIN").run();
    prepare("COMMIT").bind([]).run();
    db.close();
  });
});

describe("LIMIT and OFFSET written into the statement", () => {
  it("finds the LIMIT / OFFSET placeholders, also in a subquery, and none inside quotes", () => {
    const sql = `SELECT COUNT(*) FROM (SELECT "id" FROM "T" WHERE "a" = ? AND "b" = 'LIMIT ?' LIMIT ? OFFSET ?) AS "sub" WHERE "c" IN (?, ?)`;
    expect(limitPlaceholders(sql)?.map((p) => p.ordinal)).toEqual([1, 2]);
    expect(limitPlaceholders(`SELECT "LIMIT" FROM t WHERE x = ? LIMIT 5`)).toEqual([]);
    expect(limitPlaceholders("SELECT * FROM t WHERE x = ?1 LIMIT ?2")).toBeNull();
    expect(limitPlaceholders("SELECT * FROM t WHERE x = :x LIMIT ?")).toBeNull();
    const written = withLimitsWritten(sql, limitPlaceholders(sql)!, ["x", 10, 0, 7, 8]);
    expect(written).toEqual({ sql: `SELECT COUNT(*) FROM (SELECT "id" FROM "T" WHERE "a" = ? AND "b" = 'LIMIT ?' LIMIT 10 OFFSET 0) AS "sub" WHERE "c" IN (?, ?)`, args: ["x", 7, 8] });
    expect(withLimitsWritten(sql, limitPlaceholders(sql)!, ["x", 1.5, 0, 7, 8])).toBeNull();
    expect(withLimitsWritten(sql, limitPlaceholders(sql)!, ["x", "10", 0, 7, 8])).toBeNull();
    expect(withLimitsWritten("SELECT 1 LIMIT ?", limitPlaceholders("SELECT 1 LIMIT ?")!, [BigInt(-1)])?.sql).toBe("SELECT 1 LIMIT -1");
  });

  it("gives the same rows as the statement as written, prepares one statement per set of values, and falls back for other values", () => {
    const db = new Database(":memory:");
    const seen: string[] = [];
    const prepare = reusingStatements((sql) => {
      seen.push(sql);
      return db.prepare(sql) as unknown as SqliteStatement;
    });
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, grp TEXT)");
    const insert = db.prepare("INSERT INTO t (id, grp) VALUES (?, ?)");
    for (let id = 1; id <= 20; id++) insert.run(id, id % 2 ? "odd" : "even");
    const page = `SELECT "id" FROM "t" WHERE "grp" = ? ORDER BY "id" LIMIT ? OFFSET ?`;
    const count = `SELECT COUNT(*) FROM (SELECT "id" FROM "t" WHERE "grp" = ? LIMIT ? OFFSET ?) AS "sub"`;
    const rows = (sql: string, args: unknown[]) => prepare(sql).bind(args).raw().all();
    const outcome = (f: () => unknown) => {
      try {
        return f();
      } catch (e) {
        return (e as Error).message;
      }
    };
    for (const args of [["odd", 3, 2], ["even", -1, 7], ["odd", 1, 0], ["odd", 3, 2], ["even", BigInt(2), BigInt(1)], ["odd", 2.5, 0]]) {
      expect(outcome(() => rows(page, args))).toEqual(outcome(() => db.prepare(page).raw().all(...args)));
      expect(outcome(() => rows(count, args))).toEqual(outcome(() => db.prepare(count).raw().all(...args)));
    }
    expect(outcome(() => rows(page, ["odd", 2.5, 0]))).toBe("datatype mismatch");
    expect(rows(page, ["odd", 3, 2])).toEqual([[5], [7], [9]]);
    expect(rows(count, ["even", -1, 7])).toEqual([[3]]);
    expect(prepare(page).bind(["odd", 1, 0]).reader).toBe(true);
    expect(prepare(page).bind(["odd", 1, 0]).columns()).toHaveLength(1);
    // One statement per distinct (limit, offset), the repeated ["odd", 3, 2] reused; 2.5 is not an
    // integer, so that one went to the statement as written (which SQLite refuses, as it would anyway).
    expect(seen.filter((s) => s.startsWith('SELECT "id"'))).toEqual([
      `SELECT "id" FROM "t" WHERE "grp" = ? ORDER BY "id" LIMIT 3 OFFSET 2`,
      `SELECT "id" FROM "t" WHERE "grp" = ? ORDER BY "id" LIMIT -1 OFFSET 7`,
      `SELECT "id" FROM "t" WHERE "grp" = ? ORDER BY "id" LIMIT 1 OFFSET 0`,
      `SELECT "id" FROM "t" WHERE "grp" = ? ORDER BY "id" LIMIT 2 OFFSET 1`,
      page,
    ]);
    db.close();
  });
});
