// The template_versions migration on a database with data from before it, on each engine: every existing
// template becomes its version 1 (its sections and figures, in order, as the app's snapshot format reads
// them) and the rounds and reports made on it point to that version.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations } from "@/lib/db/migrate.mjs";
import { openSqlite } from "@/lib/db/target.mjs";
import { parseSnapshot } from "@/lib/templates/template-snapshot";
import { pgAvailable } from "./support/test-db";

const NAME = /_template_versions$/;
const pgAdminUrl = process.env.SUMMA_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const now = "2026-01-05T08:00:00.000Z";

/** Rows as the app wrote them before versions existed. */
const OLD_ROWS: [string, Record<string, unknown>][] = [
  ["Unit", { id: "u1", code: "u1", name: "东湖社区", sortOrder: 0, createdAt: now }],
  ["User", { id: "p1", email: "p@x.cn", name: "起草人", passwordHash: "x", createdAt: now, updatedAt: now }],
  ["Template", { id: "t1", code: "t1", name: "旧模板", titlePattern: "{year}年{unit}总结", createdAt: now }],
  ["TemplateSection", { id: "s2", templateId: "t1", kind: "PROBLEM", position: 1, heading: "问题。", body: "" }],
  ["TemplateSection", { id: "s1", templateId: "t1", kind: "ACHIEVEMENT", position: 0, heading: "成效。", body: "开展活动X场。" }],
  ["TemplateMetric", { id: "m1", templateId: "t1", key: "activities", label: "活动场次", unit: "场", position: 0, aggregation: "NONE" }],
  ["ReportingRound", { id: "r1", year: 2024, title: "2024", deadline: now, status: "OPEN", templateId: "t1", createdAt: now }],
  ["Report", { id: "rep1", unitId: "u1", roundId: "r1", templateId: "t1", year: 2024, title: "2024年东湖社区总结", planTitle: "2025年工作计划", createdById: "p1", createdAt: now, updatedAt: now }],
];
const insert = (table: string, row: Record<string, unknown>, param: (i: number) => string) =>
  [`INSERT INTO "${table}" (${Object.keys(row).map((c) => `"${c}"`).join(", ")}) VALUES (${Object.keys(row).map((_, i) => param(i)).join(", ")})`, Object.values(row)] as const;

function split(kind: "sqlite" | "postgres") {
  const all = listMigrations(kind);
  const at = all.findIndex((m) => NAME.test(m.name));
  expect(at).toBeGreaterThan(0);
  return { before: all.slice(0, at), mine: all[at], after: all.slice(at + 1) };
}

function expectBackfill(versions: Record<string, unknown>[], rounds: Record<string, unknown>[], reports: Record<string, unknown>[], templates: Record<string, unknown>[]) {
  expect(versions).toHaveLength(1);
  const v = versions[0];
  expect([v.templateId, Number(v.number), v.name, v.titlePattern]).toEqual(["t1", 1, "旧模板", "{year}年{unit}总结"]);
  const snap = parseSnapshot(String(v.snapshot));
  expect(snap.sections).toEqual([
    { ref: "s1", kind: "ACHIEVEMENT", heading: "成效。", body: "开展活动X场。" },
    { ref: "s2", kind: "PROBLEM", heading: "问题。", body: "" },
  ]);
  expect(snap.metrics).toEqual([{ key: "activities", label: "活动场次", unit: "场", aggregation: "NONE", numeratorKey: null, denominatorKey: null }]);
  expect(JSON.parse(String(v.changes))).toEqual([{ kind: "created", sections: 2, figures: 1 }]);
  expect(rounds.map((r) => r.templateVersionId)).toEqual([v.id]);
  expect(reports.map((r) => r.templateVersionId)).toEqual([v.id]);
  expect(templates.map((t) => Number(t.version))).toEqual([1]);
}

const Q = {
  versions: `SELECT * FROM "TemplateVersion"`,
  rounds: `SELECT "templateVersionId" FROM "ReportingRound"`,
  reports: `SELECT "templateVersionId" FROM "Report"`,
  templates: `SELECT "version" FROM "Template"`,
};

describe("template_versions migration on existing data", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it("sqlite", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "summa-tv-"));
    dirs.push(dir);
    const db = await openSqlite(path.join(dir, "t.db"));
    try {
      const { before, mine, after } = split("sqlite");
      for (const m of before) db.exec(m.sql);
      for (const [table, row] of OLD_ROWS) {
        const [q, v] = insert(table, row, () => "?");
        db.prepare(q).run(...v);
      }
      db.exec(mine.sql);
      for (const m of after) db.exec(m.sql);
      const all = (q: string) => db.prepare(q).all() as Record<string, unknown>[];
      expectBackfill(all(Q.versions), all(Q.rounds), all(Q.reports), all(Q.templates));
    } finally {
      db.close();
    }
  });

  it("postgres", async (c) => {
    if (!(await pgAvailable())) return c.skip();
    const name = `summa_tv_${Date.now()}_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const u = new URL(pgAdminUrl);
    u.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: u.toString() });
    await client.connect();
    try {
      const { before, mine, after } = split("postgres");
      for (const m of before) await client.query(m.sql);
      for (const [table, row] of OLD_ROWS) {
        const [q, v] = insert(table, row, (i) => `$${i + 1}`);
        await client.query(q, v as unknown[]);
      }
      await client.query(mine.sql);
      for (const m of after) await client.query(m.sql);
      const rows = async (q: string) => (await client.query(q)).rows;
      expectBackfill(await rows(Q.versions), await rows(Q.rounds), await rows(Q.reports), await rows(Q.templates));
    } finally {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
