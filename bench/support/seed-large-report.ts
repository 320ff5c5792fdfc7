// Run by bench/http.bench.ts (and tests/query-count.test.ts) against a seeded demo database: adds a
// large report beside the demo ones and prints "large <reportId>" and "demo <reportId>"; and a report of
// 50 sections for the concurrent autosave writers ("writers <reportId>").
//
// The large report is a copy of 宣传办's 2025 draft under a bench round (year 2026), made big:
// 30 sections, 60 figures quoted in the text, 40 comments (20 threads with a reply each, half of them
// resolved) and 10 frozen versions. The demo draft itself is left as the seed made it.
import { createDb, type Db } from "@/lib/db/create-client";
import { snapshotJsonAndHash } from "@/lib/reports/snapshot";

export const LARGE_REPORT_YEAR = 2026;

export interface LargeReportShape {
  sections: number;
  metrics: number;
  commentThreads: number;
  versions: number;
}

export const LARGE: LargeReportShape = { sections: 30, metrics: 60, commentThreads: 20, versions: 10 };

export async function seedLargeReport(db: Db, shape: LargeReportShape = LARGE, year = LARGE_REPORT_YEAR): Promise<{ large: string; demo: string }> {
  const demo = await db.report.findFirstOrThrow({
    where: { year: 2025, unit: { code: "qingshan-xcb" } },
    include: { sections: true, metrics: true, planItems: true },
  });
  const existing = await db.report.findFirst({ where: { year, unitId: demo.unitId } });
  if (existing) return { large: existing.id, demo: demo.id };

  const round = await db.reportingRound.create({
    data: {
      year,
      title: `${year}年度工作总结（基准测试）`,
      deadline: new Date(Date.UTC(year + 1, 0, 31)),
      templateId: demo.templateId,
      units: { create: [{ unitId: demo.unitId }] },
    },
  });
  const report = await db.report.create({
    data: {
      unitId: demo.unitId,
      roundId: round.id,
      templateId: demo.templateId,
      year,
      title: demo.title.replace("2025", String(year)),
      planTitle: demo.planTitle,
      achievementsTitle: demo.achievementsTitle,
      problemsTitle: demo.problemsTitle,
      createdById: demo.createdById,
    },
  });
  const keys: string[] = [];
  for (let i = 0; i < shape.metrics; i++) {
    const m = demo.metrics[i];
    const key = m?.key ?? `bench_${i}`;
    keys.push(key);
    await db.metric.create({
      data: {
        reportId: report.id,
        key,
        label: m?.label ?? `基准指标${i}`,
        unit: m?.unit ?? "场",
        value: m?.value ?? 10 + i,
        previousValue: m?.previousValue ?? 8 + i,
        position: i,
      },
    });
  }
  const paragraph = (n: number) =>
    `围绕年度目标，街道持续深化理论宣讲和文明创建，组织开展主题活动{{m:${keys[n % keys.length]}}}，覆盖辖区居民和驻区单位，群众满意度稳步提升，形成了一批可复制可推广的经验做法，为下一步工作打下了坚实基础。`;
  const kinds = [...demo.sections].sort((a, b) => a.position - b.position);
  const sectionIds: string[] = [];
  let n = 0;
  for (let i = 0; i < shape.sections; i++) {
    // the demo's own sections first (opening, achievements, problems, closing), then more achievements
    const from = kinds[i];
    const kind = from?.kind ?? "ACHIEVEMENT";
    const s = await db.section.create({
      data: {
        reportId: report.id,
        kind,
        position: from ? from.position : 1000 + i,
        heading: from?.heading || (kind === "ACHIEVEMENT" ? `基准测试第${i + 1}项工作扎实推进。` : ""),
        body: [paragraph(n++), paragraph(n++), paragraph(n++)].join("\n"),
      },
    });
    sectionIds.push(s.id);
  }
  for (const p of demo.planItems) {
    await db.planItem.create({ data: { reportId: report.id, position: p.position, text: p.text } });
  }
  const leader = await db.user.findUniqueOrThrow({ where: { email: "liqiang@qingshan.gov.cn" } });
  for (let i = 0; i < shape.commentThreads; i++) {
    const resolved = i % 2 === 1;
    const thread = await db.comment.create({
      data: {
        reportId: report.id,
        sectionId: sectionIds[i % sectionIds.length],
        authorId: leader.id,
        body: `第${i + 1}条意见：请补充具体数据和典型案例。`,
        quote: "深化理论宣讲",
        quoteStart: 9,
        status: resolved ? "RESOLVED" : "OPEN",
        resolvedById: resolved ? demo.createdById : null,
        resolvedAt: resolved ? new Date() : null,
      },
    });
    await db.comment.create({
      data: { reportId: report.id, sectionId: thread.sectionId, parentId: thread.id, authorId: demo.createdById, body: "已按意见修改。" },
    });
  }
  const content = await db.report.findUniqueOrThrow({
    where: { id: report.id },
    select: { title: true, sections: true, metrics: true, planItems: true },
  });
  for (let v = 1; v <= shape.versions; v++) {
    const { snapshot, hash } = snapshotJsonAndHash({ ...content, title: `${content.title}（第${v}稿）` });
    await db.reportVersion.create({
      data: { reportId: report.id, number: v, reason: v % 2 ? "SUBMITTED" : "RETURNED", snapshot, hash, createdById: demo.createdById },
    });
  }
  return { large: report.id, demo: demo.id };
}

if (process.argv[1]?.endsWith("seed-large-report.ts")) {
  const { db } = createDb();
  (async () => {
    const { large, demo } = await seedLargeReport(db);
    const writers = await seedLargeReport(db, { sections: 50, metrics: 10, commentThreads: 0, versions: 0 }, LARGE_REPORT_YEAR + 1);
    return { large, demo, writers: writers.large };
  })()
    .then(async ({ large, demo, writers }) => {
      console.log(`large ${large}`);
      console.log(`demo ${demo}`);
      console.log(`writers ${writers}`);
      await db.$disconnect();
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
