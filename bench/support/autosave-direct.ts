// Run by bench/http/run-http-bench.ts with the engine's environment: W concurrent writers, each saving its
// own section of the given report R times by calling the domain function saveSection() directly (no HTTP,
// no Next), as 王芳. Prints one JSON line {samples, errors, sections} (sections: id, version, heading after).
// Usage: node --conditions=react-server --import tsx bench/support/autosave-direct.ts <reportId> <writers> <rounds>
import { createDb } from "@/lib/db/create-client";

async function main() {
  const [reportId, writersArg, roundsArg] = process.argv.slice(2);
  const writers = Number(writersArg);
  const rounds = Number(roundsArg);
  const instance = createDb(process.env);
  (globalThis as { summaDb?: unknown }).summaDb = instance;
  const { db } = instance;
  const { buildActor } = await import("@/lib/permissions");
  const { saveSection } = await import("@/lib/reports/save-section");
  const user = await db.user.findUniqueOrThrow({ where: { email: "wangfang@qingshan.gov.cn" }, include: { memberships: true } });
  const units = await db.unit.findMany({ select: { id: true, parentId: true } });
  const ctx = { actor: buildActor(user, user.memberships, units), meta: { ip: "127.0.0.1", userAgent: "bench" } };
  const sections = await db.section.findMany({ where: { reportId }, orderBy: { position: "asc" }, take: writers });
  if (sections.length < writers) throw new Error(`report ${reportId} has ${sections.length} sections, ${writers} writers wanted`);
  const samples: number[] = [];
  let errors = 0;
  await Promise.all(
    sections.map(async (s, w) => {
      let version = s.version;
      for (let i = 0; i < rounds; i++) {
        const t0 = performance.now();
        try {
          const r = await saveSection({ sectionId: s.id, baseVersion: version, heading: s.heading, body: `直接调用 ${w}-${i}-${version}` }, ctx);
          samples.push(performance.now() - t0);
          if (r.status === "saved") version = r.version;
          else errors++;
        } catch (e) {
          errors++;
          if (errors === 1) console.error(e);
        }
      }
    }),
  );
  const after = await db.section.findMany({ where: { id: { in: sections.map((s) => s.id) } }, orderBy: { position: "asc" }, select: { id: true, version: true, heading: true } });
  console.log(JSON.stringify({ samples, errors, sections: after }));
  await db.$disconnect();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
