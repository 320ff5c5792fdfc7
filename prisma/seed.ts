// Demo data: the 青山街道 organisation, demo accounts, the culture-work summary template, the 2024 and
// 2025 reporting rounds, the filled (approved) 2024 report and a 2025 draft with its X blanks.
// Idempotent: every record is found by a natural key first, so re-running adds nothing twice.
// Run: npm run db:seed (npm start runs it by itself on an empty database).
import { readFileSync } from "node:fs";
import path from "node:path";
import { createDb, type Db, type DbKind } from "@/lib/db/create-client";
import { hashPassword } from "@/lib/auth/password";
import { parseSummaryText, type ParsedSummary } from "@/lib/reports/text";
import { snapshotJsonAndHash } from "@/lib/reports/snapshot";
import { appendAudit } from "@/lib/audit/append-audit";
import { DEMO_PASSWORD, METRICS, UNITS, USERS, tokenizeFigures } from "./seed-data";
import { bindReportBlanks } from "@/lib/editor/bind-report-blanks";
import { serializeSnapshot, snapshotOfRows } from "@/lib/templates/template-snapshot";
import { templateChanges } from "@/lib/templates/template-changes";

const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name), "utf8");
const TEMPLATE_CODE = "culture-summary";

async function seedUnits(db: Db) {
  const ids = new Map<string, string>();
  for (const u of UNITS) {
    const parentId = u.parent ? ids.get(u.parent)! : null;
    const unit = await db.unit.upsert({
      where: { code: u.code },
      update: {},
      create: { code: u.code, name: u.name, parentId, sortOrder: u.sortOrder },
    });
    ids.set(u.code, unit.id);
  }
  return ids;
}

async function seedUsers(db: Db, unitIds: Map<string, string>) {
  const ids = new Map<string, string>();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of USERS) {
    const user = await db.user.upsert({ where: { email: u.email }, update: {}, create: { email: u.email, name: u.name, passwordHash } });
    ids.set(u.email, user.id);
    for (const [unitCode, role] of u.roles) {
      const unitId = unitIds.get(unitCode)!;
      await db.membership.upsert({
        where: { userId_unitId_role: { userId: user.id, unitId, role } },
        update: {},
        create: { userId: user.id, unitId, role },
      });
    }
  }
  return ids;
}

function sectionsOf(parsed: ParsedSummary, tokenize: (s: string) => string) {
  const opening = parsed.opening.map((p) => ({ kind: "OPENING" as const, heading: "", body: tokenize(p) }));
  const rest = parsed.sections
    .filter((s) => s.kind !== "PLAN")
    .map((s) => ({ kind: s.kind, heading: tokenize(s.heading), body: tokenize(s.body) }));
  return [...opening, ...rest].map((s, position) => ({ ...s, position }));
}

function planTextsOf(parsed: ParsedSummary, tokenize: (s: string) => string) {
  return parsed.sections.filter((s) => s.kind === "PLAN").map((s) => tokenize([s.heading, s.body].filter(Boolean).join("")));
}

async function seedTemplate(db: Db, template: ParsedSummary) {
  const existing = await db.template.findUnique({ where: { code: TEMPLATE_CODE } });
  if (existing) return existing;
  const sections = [
    ...sectionsOf(template, (s) => s),
    ...planTextsOf(template, (s) => s).map((text) => ({ kind: "PLAN" as const, heading: text, body: "" })),
  ];
  const created = await db.template.create({
    include: { sections: true, metrics: true },
    data: {
      code: TEMPLATE_CODE,
      name: "宣传文化与志愿服务工作总结",
      description: "街道宣传文化工作年度总结的标准模板：开头、主要成效、存在问题、下一年度工作计划。",
      titlePattern: "{year}年{unit}宣传文化与志愿服务工作总结",
      sections: { create: sections.map((s, position) => ({ ...s, position })) },
      metrics: {
        create: METRICS.map((m, position) => ({
          key: m.key, label: m.label, unit: m.unit, position,
          ...("aggregation" in m ? { aggregation: m.aggregation, numeratorKey: m.numeratorKey } : {}),
        })),
      },
    },
  });
  // Version 1, as the template editor would have made it (lib/templates/save-template.ts).
  const content = { name: created.name, description: created.description, titlePattern: created.titlePattern, ...snapshotOfRows(created) };
  await db.templateVersion.create({
    data: {
      templateId: created.id,
      number: 1,
      name: created.name,
      description: created.description,
      titlePattern: created.titlePattern,
      snapshot: serializeSnapshot(content),
      changes: JSON.stringify(templateChanges(null, content)),
    },
  });
  return created;
}

async function seedRound(db: Db, templateId: string, year: number, deadline: Date, closed: boolean, unitIds: string[]) {
  const round = await db.reportingRound.upsert({
    where: { year_templateId: { year, templateId } },
    update: {},
    create: {
      year,
      templateId,
      deadline,
      title: `${year}年度宣传文化工作总结`,
      status: closed ? "CLOSED" : "OPEN",
      units: { create: unitIds.map((unitId) => ({ unitId })) },
    },
  });
  return round;
}

async function seedApprovedReport(
  db: Db,
  kind: DbKind,
  r: { unitId: string; roundId: string; templateId: string; title: string; drafter: string; approver: string },
  filled: ParsedSummary,
) {
  const existing = await db.report.findUnique({ where: { roundId_unitId: { roundId: r.roundId, unitId: r.unitId } } });
  if (existing) return existing;
  const sections = sectionsOf(filled, tokenizeFigures);
  const metrics = METRICS.map((m, position) => ({
    key: m.key, label: m.label, unit: m.unit, value: m.value2024, previousValue: null, target: null, position,
  }));
  const planItems = planTextsOf(filled, (s) => s).map((text, position) => ({ text, position }));
  const { snapshot, hash } = snapshotJsonAndHash({ title: r.title, sections, metrics, planItems });
  return db.$transaction(async (tx) => {
    const report = await tx.report.create({
      data: {
        unitId: r.unitId, roundId: r.roundId, templateId: r.templateId, year: 2024, title: r.title,
        status: "APPROVED", planTitle: filled.planTitle ?? "2025年工作计划", problemsTitle: filled.problemsTitle ?? "存在问题",
        documentDate: new Date("2024-12-26T02:00:00Z"), createdById: r.drafter, approvedHash: hash,
        sections: { create: sections.map((s) => ({ ...s, ownerId: r.drafter })) },
        metrics: { create: metrics },
        planItems: { create: planItems },
      },
    });
    const version = await tx.reportVersion.create({
      data: { reportId: report.id, number: 1, reason: "APPROVED", snapshot, hash, createdById: r.approver, note: "演示数据：2024年度已审定报告" },
    });
    await tx.report.update({ where: { id: report.id }, data: { approvedVersionId: version.id } });
    await appendAudit(tx, kind, { actorId: null, action: "seed.report", targetType: "Report", targetId: report.id, reportId: report.id, data: { year: 2024 } });
    return report;
  });
}

async function main() {
  const { db, kind } = createDb();
  try {
    const unitIds = await seedUnits(db);
    const userIds = await seedUsers(db, unitIds);
    const template = parseSummaryText(fixture("template-2025-culture-summary.txt"));
    const filled = parseSummaryText(fixture("filled-2024-culture-summary.txt"));
    const tpl = await seedTemplate(db, template);
    const xcb = unitIds.get("qingshan-xcb")!;
    const owing = ["qingshan-xcb", "donghu", "xishan", "nanyuan"].map((c) => unitIds.get(c)!);
    const round2024 = await seedRound(db, tpl.id, 2024, new Date("2024-12-31T09:00:00Z"), true, owing);
    const round2025 = await seedRound(db, tpl.id, 2025, new Date("2026-12-31T09:00:00Z"), false, owing);
    const drafter = userIds.get("wangfang@qingshan.gov.cn")!;

    // Approval chain of 宣传办: 科室负责人 (a named leader) → 分管领导 (any leader of 青山街道).
    if ((await db.approvalChainStep.count({ where: { unitId: xcb } })) === 0) {
      await db.approvalChainStep.createMany({
        data: [
          { unitId: xcb, position: 1, label: "科室负责人", approverKind: "USER", approverUserId: userIds.get("liqiang@qingshan.gov.cn")! },
          { unitId: xcb, position: 2, label: "分管领导", approverKind: "UNIT_LEADER", approverUnitId: unitIds.get("qingshan")! },
        ],
      });
    }

    const report2024 = await seedApprovedReport(db, kind, { unitId: xcb, roundId: round2024.id, templateId: tpl.id, title: filled.title, drafter, approver: userIds.get("zhaomin@qingshan.gov.cn")! }, filled);
    // 东湖社区 has a 2024 report too but no 2025 one yet: the unit on which "start from last year" is tried.
    await seedApprovedReport(db, kind, {
      unitId: unitIds.get("donghu")!, roundId: round2024.id, templateId: tpl.id,
      title: filled.title.replace("青山街道", "东湖社区"), drafter: userIds.get("chenjing@qingshan.gov.cn")!, approver: userIds.get("zhaomin@qingshan.gov.cn")!,
    }, filled);

    const exists2025 = await db.report.findUnique({ where: { roundId_unitId: { roundId: round2025.id, unitId: xcb } } });
    if (!exists2025) {
      const previous = await db.report.findUniqueOrThrow({ where: { id: report2024.id }, include: { metrics: true, planItems: true } });
      const prevValue = new Map(previous.metrics.map((m) => [m.key, m.value]));
      // As a drafter starting from the template gets it: the template's figure blanks bound to its figures.
      const bound = bindReportBlanks(
        sectionsOf(template, (s) => s).map((s) => ({ ...s, ownerId: drafter })),
        planTextsOf(template, (s) => s).map((text, position) => ({ text, position })),
        METRICS,
      );
      await db.$transaction(async (tx) => {
        const r = await tx.report.create({
          data: {
            unitId: xcb, roundId: round2025.id, templateId: tpl.id, year: 2025, title: template.title,
            planTitle: template.planTitle ?? "2026年工作计划", problemsTitle: template.problemsTitle ?? "存在问题",
            createdById: drafter, previousReportId: previous.id,
            sections: { create: bound.sections },
            metrics: {
              create: METRICS.map((m, position) => ({ key: m.key, label: m.label, unit: m.unit, value: null, previousValue: prevValue.get(m.key) ?? null, position })),
            },
            planItems: { create: bound.planItems },
            planReviews: {
              create: previous.planItems.sort((a, b) => a.position - b.position).map((p) => ({ sourcePlanItemId: p.id, position: p.position, text: p.text })),
            },
          },
        });
        await appendAudit(tx, kind, { actorId: null, action: "seed.report", targetType: "Report", targetId: r.id, reportId: r.id, data: { year: 2025 } });
      });
    }
    // The demo rounds and reports started from the template's version 1.
    const v1 = await db.templateVersion.findUnique({ where: { templateId_number: { templateId: tpl.id, number: 1 } } });
    if (v1) {
      await db.reportingRound.updateMany({ where: { templateId: tpl.id, templateVersionId: null }, data: { templateVersionId: v1.id } });
      await db.report.updateMany({ where: { templateId: tpl.id, templateVersionId: null }, data: { templateVersionId: v1.id } });
    }
    const counts = { units: await db.unit.count(), users: await db.user.count(), reports: await db.report.count() };
    console.log(`[seed] ${kind}: ${counts.units} units, ${counts.users} users, ${counts.reports} reports`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error("[seed] failed:", e);
  process.exit(1);
});
