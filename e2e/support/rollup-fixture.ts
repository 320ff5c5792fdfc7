// The roll-up tests' own organisation, made straight in the database so the spec runs alone or in any
// order: 星河街道 with three 社区 (and 远山街道, a separate tree), their people, the 2040 round (last year)
// and the 2041 round, each 社区's report approved with its figures, and 星河街道's own 2041 draft. Each
// run starts from a clean slate for its rounds (their reports are deleted and made again).
import { snapshotJsonAndHash } from "../../lib/reports/snapshot";
import { sql } from "./sql";

export const ROLLUP = {
  staff: { email: "rollup-staff@xinghe.gov.cn", name: "星河起草员" },
  leader: { email: "rollup-leader@xinghe.gov.cn", name: "星河领导" },
  admin: { email: "rollup-admin@xinghe.gov.cn", name: "星河管理员" },
  childStaff: { email: "rollup-sq1@xinghe.gov.cn", name: "星河一社区起草员" },
  otherLeader: { email: "rollup-leader@yuanshan.gov.cn", name: "远山领导" },
  year: 2041,
  lastYear: 2040,
} as const;

const UNITS = [
  { id: "e2e-rollup-jd", code: "e2e-rollup-jd", name: "星河街道", parent: null, order: 50 },
  { id: "e2e-rollup-sq1", code: "e2e-rollup-sq1", name: "星河一社区", parent: "e2e-rollup-jd", order: 51 },
  { id: "e2e-rollup-sq2", code: "e2e-rollup-sq2", name: "星河二社区", parent: "e2e-rollup-jd", order: 52 },
  { id: "e2e-rollup-sq3", code: "e2e-rollup-sq3", name: "星河三社区", parent: "e2e-rollup-jd", order: 53 },
  { id: "e2e-rollup-other", code: "e2e-rollup-other", name: "远山街道", parent: null, order: 60 },
];
const PEOPLE: [keyof typeof ROLLUP, string, string][] = [
  ["staff", "e2e-rollup-jd", "STAFF"],
  ["leader", "e2e-rollup-jd", "LEADER"],
  ["admin", "e2e-rollup-jd", "ADMIN"],
  ["childStaff", "e2e-rollup-sq1", "STAFF"],
  ["otherLeader", "e2e-rollup-other", "LEADER"],
];

/**
 * This year's figures of each 社区. Totals: 86场, 1000人 (上年 770人), 16000 常住人口; the share of volunteers
 * (10%, 5%, 5%) averages 6.67% but recomputed as a ratio is 1000 / 16000 = 6.25%.
 */
export const CHILD_FIGURES: Record<string, { lectures: number; volunteers: number; previous: number; residents: number; passage: string }> = {
  "e2e-rollup-sq1": { lectures: 30, volunteers: 400, previous: 300, residents: 4000, passage: "星河一社区组建“楼道宣讲团”，把政策讲到每个单元门口。" },
  "e2e-rollup-sq2": { lectures: 25, volunteers: 100, previous: 90, residents: 2000, passage: "星河二社区开设“周末课堂”，青少年参与明显增多。" },
  "e2e-rollup-sq3": { lectures: 31, volunteers: 500, previous: 380, residents: 10000, passage: "星河三社区依托文化广场开展“夏夜宣讲”系列活动。" },
};
/** Last year (2040): only 一社区 and 二社区 owed a report. Totals: 35场. */
const LAST_YEAR: Record<string, number> = { "e2e-rollup-sq1": 20, "e2e-rollup-sq2": 15 };

const iso = (s: string) => new Date(s).toISOString().replace("Z", "+00:00");
const now = () => iso(new Date().toISOString());

async function ensureOrganisation() {
  for (const u of UNITS) {
    await sql(`INSERT INTO "Unit" ("id", "code", "name", "parentId", "sortOrder", "createdAt") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ("code") DO NOTHING`, [u.id, u.code, u.name, u.parent, u.order, now()]);
  }
  // Everyone gets the demo password (its hash is copied from a demo account).
  const [{ passwordHash }] = await sql(`SELECT "passwordHash" FROM "User" WHERE "email" = 'admin@qingshan.gov.cn'`);
  for (const [who, unitId, role] of PEOPLE) {
    const p = ROLLUP[who] as { email: string; name: string };
    const userId = `e2e-rollup-user-${who}`;
    await sql(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "disabled", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, false, ?, ?) ON CONFLICT ("email") DO NOTHING`, [userId, p.email, p.name, passwordHash, now(), now()]);
    await sql(`INSERT INTO "Membership" ("id", "userId", "unitId", "role", "createdAt") VALUES (?, ?, ?, ?, ?) ON CONFLICT ("userId", "unitId", "role") DO NOTHING`, [`${userId}-m`, userId, unitId, role, now()]);
  }
}

/** The tests' own template (its figures' roll-up rules are reset on every run): a name that sorts after the demo's. */
export const TEMPLATE = { id: "e2e-rollup-tpl", code: "e2e-rollup-tpl", name: "综合汇总测试模板" };
const TEMPLATE_FIGURES = [
  { key: "lectures", label: "开展宣讲", unit: "场" },
  { key: "volunteers", label: "注册志愿者", unit: "人" },
  { key: "residents", label: "常住人口", unit: "人" },
  { key: "volunteer_rate", label: "志愿者占常住人口比例", unit: "%" },
];

async function templateId(): Promise<string> {
  await sql(`INSERT INTO "Template" ("id", "code", "name", "titlePattern", "createdAt") VALUES (?, ?, ?, '{year}年{unit}宣传文化与志愿服务工作总结', ?) ON CONFLICT ("code") DO NOTHING`, [
    TEMPLATE.id, TEMPLATE.code, TEMPLATE.name, now(),
  ]);
  for (const [position, f] of TEMPLATE_FIGURES.entries()) {
    await sql(`INSERT INTO "TemplateMetric" ("id", "templateId", "key", "label", "unit", "position") VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ("templateId", "key") DO NOTHING`, [
      `${TEMPLATE.id}-${f.key}`, TEMPLATE.id, f.key, f.label, f.unit, position,
    ]);
  }
  await sql(`UPDATE "TemplateMetric" SET "aggregation" = NULL, "numeratorKey" = NULL, "denominatorKey" = NULL WHERE "templateId" = ?`, [TEMPLATE.id]);
  return TEMPLATE.id;
}

async function cleanRound(year: number, tpl: string) {
  const rounds = await sql(`SELECT "id" FROM "ReportingRound" WHERE ("year" = ? AND "templateId" = ?) OR "id" = ?`, [year, tpl, `e2e-rollup-round-${year}`]);
  for (const r of rounds) {
    await sql(`DELETE FROM "Report" WHERE "roundId" = ?`, [r.id]);
    await sql(`DELETE FROM "RoundUnit" WHERE "roundId" = ?`, [r.id]);
    await sql(`DELETE FROM "ReportingRound" WHERE "id" = ?`, [r.id]);
  }
}

async function createRound(year: number, tpl: string, unitIds: string[], closed: boolean): Promise<string> {
  const id = `e2e-rollup-round-${year}`;
  await sql(`INSERT INTO "ReportingRound" ("id", "year", "title", "deadline", "status", "templateId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`, [
    id, year, `${year}年度宣传文化工作总结（汇总测试）`, iso(`${year}-12-31T09:00:00Z`), closed ? "CLOSED" : "OPEN", tpl, now(),
  ]);
  for (const unitId of unitIds) await sql(`INSERT INTO "RoundUnit" ("roundId", "unitId") VALUES (?, ?)`, [id, unitId]);
  return id;
}

const userId = (who: keyof typeof ROLLUP) => `e2e-rollup-user-${who}`;

interface ReportSpec {
  unitId: string;
  unitName: string;
  roundId: string;
  year: number;
  tpl: string;
  approved: boolean;
  sections: { kind: string; heading: string; body: string }[];
  metrics: { key: string; label: string; unit: string; value: number | null; previousValue: number | null }[];
}

async function createReport(r: ReportSpec): Promise<string> {
  const id = `e2e-rollup-report-${r.unitId}-${r.year}`;
  const title = `${r.year}年${r.unitName}宣传文化与志愿服务工作总结`;
  const drafter = r.unitId === "e2e-rollup-jd" ? userId("staff") : userId("childStaff");
  const sections = r.sections.map((s, position) => ({ ...s, position }));
  const metrics = r.metrics.map((m, position) => ({ ...m, target: null, position }));
  const { snapshot, hash } = snapshotJsonAndHash({ title, sections, metrics, planItems: [] });
  const t = now();
  await sql(
    `INSERT INTO "Report" ("id", "unitId", "roundId", "templateId", "year", "title", "status", "achievementsTitle", "problemsTitle", "planTitle", "revision", "createdById", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, '主要工作成效', '存在问题', ?, 0, ?, ?, ?)`,
    [id, r.unitId, r.roundId, r.tpl, r.year, title, r.approved ? "APPROVED" : "DRAFT", `${r.year + 1}年工作计划`, drafter, t, t],
  );
  for (const s of sections) {
    await sql(`INSERT INTO "Section" ("id", "reportId", "kind", "position", "heading", "body", "ownerId", "carriedOver", "version", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, false, 1, ?, ?)`, [
      `${id}-s${s.position}`, id, s.kind, s.position, s.heading, s.body, drafter, t, t,
    ]);
  }
  for (const m of metrics) {
    await sql(`INSERT INTO "Metric" ("id", "reportId", "key", "label", "value", "unit", "previousValue", "position", "version", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`, [
      `${id}-m-${m.key}`, id, m.key, m.label, m.value, m.unit, m.previousValue, m.position, t, t,
    ]);
  }
  if (r.approved) {
    const versionId = `${id}-v1`;
    await sql(`INSERT INTO "ReportVersion" ("id", "reportId", "number", "reason", "snapshot", "hash", "note", "createdById", "createdAt") VALUES (?, ?, 1, 'APPROVED', ?, ?, NULL, ?, ?)`, [
      versionId, id, snapshot, hash, userId("leader"), iso(`${r.year + 1}-01-10T02:00:00Z`),
    ]);
    await sql(`UPDATE "Report" SET "approvedVersionId" = ?, "approvedHash" = ? WHERE "id" = ?`, [versionId, hash, id]);
  }
  return id;
}

const figures = (lectures: number | null, volunteers: number | null, previous: number | null, residents: number | null = null) => [
  { key: "lectures", label: "开展宣讲", unit: "场", value: lectures, previousValue: null },
  { key: "volunteers", label: "注册志愿者", unit: "人", value: volunteers, previousValue: previous },
  ...(residents === null
    ? []
    : [
        { key: "residents", label: "常住人口", unit: "人", value: residents, previousValue: null },
        { key: "volunteer_rate", label: "志愿者占常住人口比例", unit: "%", value: volunteers === null ? null : Math.round((volunteers / residents) * 1000) / 10, previousValue: null },
      ]),
];

/** Makes (or remakes) everything; returns the ids the tests need. */
export async function setupRollupFixture() {
  await ensureOrganisation();
  const tpl = await templateId();
  await cleanRound(ROLLUP.year, tpl);
  await cleanRound(ROLLUP.lastYear, tpl);
  const last = await createRound(ROLLUP.lastYear, tpl, Object.keys(LAST_YEAR), true);
  for (const [unitId, lectures] of Object.entries(LAST_YEAR)) {
    const unitName = UNITS.find((u) => u.id === unitId)!.name;
    await createReport({ unitId, unitName, roundId: last, year: ROLLUP.lastYear, tpl, approved: true, sections: [{ kind: "OPENING", heading: "", body: `${unitName}${ROLLUP.lastYear}年工作回顾。` }], metrics: figures(lectures, null, null) });
  }
  const children = Object.keys(CHILD_FIGURES);
  const roundId = await createRound(ROLLUP.year, tpl, ["e2e-rollup-jd", ...children], false);
  const childReports: Record<string, string> = {};
  for (const unitId of children) {
    const f = CHILD_FIGURES[unitId];
    const unitName = UNITS.find((u) => u.id === unitId)!.name;
    childReports[unitId] = await createReport({
      unitId, unitName, roundId, year: ROLLUP.year, tpl, approved: true,
      sections: [
        { kind: "OPENING", heading: "", body: `${ROLLUP.year}年，${unitName}围绕宣传文化工作扎实推进各项任务。` },
        { kind: "ACHIEVEMENT", heading: "抓实理论宣讲，推动政策进社区。", body: `全年开展宣讲{{m:lectures}}。${f.passage}` },
      ],
      metrics: figures(f.lectures, f.volunteers, f.previous, f.residents),
    });
  }
  const parentReport = await createReport({
    unitId: "e2e-rollup-jd", unitName: "星河街道", roundId, year: ROLLUP.year, tpl, approved: false,
    sections: [
      { kind: "OPENING", heading: "", body: `${ROLLUP.year}年，星河街道宣传文化工作取得新进展。` },
      { kind: "ACHIEVEMENT", heading: "抓实理论宣讲，推动政策进社区。", body: "全街道开展宣讲{{m:lectures}}。" },
    ],
    metrics: figures(null, null, null),
  });
  return { roundId, parentReport, childReports };
}
