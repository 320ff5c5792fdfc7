import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { reusingStatements, type SqliteStatement } from "./sqlite-statements";

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
