// Rounds and reports a spec makes for itself straight in the database, for what no admin screen reaches (a
// round owed by a unit of the second tree) or what would take a whole approval to build through the UI (last
// year's report to draft from). Each spec passes years of its own, so nothing here touches another's rows.
import { sql } from "./sql";

const nowIso = () => new Date().toISOString();

async function unitId(code: string): Promise<string> {
  const [u] = await sql(`SELECT "id" FROM "Unit" WHERE "code" = ?`, [code]);
  if (!u) throw new Error(`no unit ${code}`);
  return String(u.id);
}

/**
 * The round for `year` on the demo template, owed by the units given by code (added to it if it exists).
 * Returns its id.
 */
export async function seedRound(year: number, unitCodes: string[], opts: { status?: "OPEN" | "CLOSED" } = {}): Promise<string> {
  const [tpl] = await sql(`SELECT "id" FROM "Template" WHERE "code" = 'culture-summary'`);
  const id = `e2e-round-${year}`;
  if ((await sql(`SELECT 1 AS "x" FROM "ReportingRound" WHERE "id" = ?`, [id])).length === 0) {
    await sql(`INSERT INTO "ReportingRound" ("id", "year", "title", "deadline", "status", "templateId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`, [
      id, year, `${year}年度宣传文化工作总结`, new Date(`${year + 1}-01-15T09:00:00Z`).toISOString(), opts.status ?? "OPEN", tpl.id, nowIso(),
    ]);
  }
  for (const code of unitCodes) {
    const unit = await unitId(code);
    if ((await sql(`SELECT 1 AS "x" FROM "RoundUnit" WHERE "roundId" = ? AND "unitId" = ?`, [id, unit])).length === 0)
      await sql(`INSERT INTO "RoundUnit" ("roundId", "unitId") VALUES (?, ?)`, [id, unit]);
  }
  return id;
}

/** Inserts a row as read by SELECT * (every column), with some values replaced. */
async function insertLike(table: string, row: Record<string, unknown>, changes: Record<string, unknown>) {
  const full = { ...row, ...changes };
  const cols = Object.keys(full);
  await sql(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`, Object.values(full));
}

/**
 * A copy of a unit's report of `fromYear` as its report of `toYear` (in a closed round of that year): the
 * sections, figures (values kept) and plan items, with the years in the texts moved by the same distance —
 * last year's report for a spec that drafts "from last year's" in a round of its own. Idempotent.
 */
export async function copyReportToYear(unitCode: string, fromYear: number, toYear: number): Promise<string> {
  const unit = await unitId(unitCode);
  const id = `e2e-copy-${unitCode}-${toYear}`;
  if ((await sql(`SELECT 1 AS "x" FROM "Report" WHERE "id" = ?`, [id])).length > 0) return id;
  const [source] = await sql(`SELECT * FROM "Report" WHERE "unitId" = ? AND "year" = ?`, [unit, fromYear]);
  if (!source) throw new Error(`no ${fromYear} report of ${unitCode}`);
  const shift = toYear - fromYear;
  // 2024年 → 2074年 and so on, for every year the text names (not other four-digit figures).
  const moved = (text: unknown) => (typeof text === "string" ? text.replace(/(20\d\d)(?=年)/g, (y) => String(Number(y) + shift)) : text);
  const roundId = await seedRound(toYear, [unitCode], { status: "CLOSED" });
  const now = nowIso();
  await insertLike("Report", source, {
    id, roundId, year: toYear, title: moved(source.title), planTitle: moved(source.planTitle),
    previousReportId: null, approvedVersionId: null, approvedHash: null, createdAt: now, updatedAt: now,
  });
  const metricIds = new Map<string, string>();
  for (const m of await sql(`SELECT * FROM "Metric" WHERE "reportId" = ?`, [source.id])) {
    const mid = `${id}-m-${String(m.key)}`;
    metricIds.set(String(m.id), mid);
    await insertLike("Metric", m, { id: mid, reportId: id, createdAt: now, updatedAt: now });
  }
  for (const s of await sql(`SELECT * FROM "Section" WHERE "reportId" = ?`, [source.id])) {
    await insertLike("Section", s, { id: `${id}-s${String(s.position)}`, reportId: id, heading: moved(s.heading), body: moved(s.body), createdAt: now, updatedAt: now });
  }
  for (const p of await sql(`SELECT * FROM "PlanItem" WHERE "reportId" = ?`, [source.id])) {
    await insertLike("PlanItem", p, {
      id: `${id}-p${String(p.position)}`, reportId: id, text: moved(p.text), createdAt: now, updatedAt: now,
      targetMetricId: p.targetMetricId ? (metricIds.get(String(p.targetMetricId)) ?? null) : null,
    });
  }
  return id;
}
