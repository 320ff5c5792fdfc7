// Run by bench/editor.bench.ts with SUMMA_DATA_DIR set: prints "report <id>" of the enlarged draft.
/** Makes the seeded 2025 draft of 宣传办 30 pages long: 30 sections, 60 figures quoted in the text. */
async function enlargeReport(): Promise<string> {
  const { db } = await import("@/lib/db");
  const report = await db.report.findFirstOrThrow({ where: { year: 2025, unit: { code: "qingshan-xcb" } }, include: { sections: true, metrics: true } });
  const extra = 60 - report.metrics.length;
  for (let i = 0; i < extra; i++) {
    await db.metric.create({ data: { reportId: report.id, key: `bench_${i}`, label: `基准指标${i}`, unit: "场", value: 10 + i, position: 100 + i } });
  }
  const keys = [...report.metrics.map((m) => m.key), ...Array.from({ length: extra }, (_, i) => `bench_${i}`)];
  const paragraph = (n: number) =>
    `围绕年度目标，街道持续深化理论宣讲和文明创建，组织开展主题活动{{m:${keys[n % keys.length]}}}，覆盖辖区居民和驻区单位，群众满意度稳步提升，形成了一批可复制可推广的经验做法，为下一步工作打下了坚实基础。`.repeat(2);
  const achievements = report.sections.filter((s) => s.kind === "ACHIEVEMENT").length;
  for (let i = achievements; i < 27; i++) {
    await db.section.create({ data: { reportId: report.id, kind: "ACHIEVEMENT", position: 50 + i, heading: `基准测试第${i + 1}项工作扎实推进。`, body: "" } });
  }
  const sections = await db.section.findMany({ where: { reportId: report.id } });
  let n = 0;
  for (const s of sections) {
    const body = [s.body, paragraph(n++), paragraph(n++), paragraph(n++)].filter(Boolean).join("\n");
    await db.section.update({ where: { id: s.id }, data: { body } });
  }
  await db.$disconnect();
  return report.id;
}


enlargeReport().then((id) => console.log(`report ${id}`));
