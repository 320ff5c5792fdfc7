// The pages read a report in a fixed number of SQL statements, whatever its size: the reading view's,
// the editor's and the export's data (the same domain functions the pages call) on a small report and
// on the large one of the HTTP benchmark (30 sections, 60 figures, 40 comments, 10 versions), both
// engines. A query per section or per comment (N+1) would make the large report's count grow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/create-client";
import { createTestDb, ENGINES, pgAvailable, useEngine, type TestDb } from "./support/test-db";
import { LARGE, seedLargeReport } from "@/bench/support/seed-large-report";
import type { Actor } from "@/lib/permissions";

describe.each(ENGINES)("queries per page on %s", (kind) => {
  let t: TestDb;
  let skip = false;
  let queries = 0;
  let small = "";
  let large = "";
  let drafter: Actor;
  let leader: Actor;
  let countedDb: ReturnType<typeof createDb>["db"];
  let m: {
    getReport: typeof import("@/lib/reports/get-report");
    editor: typeof import("@/lib/reports/get-editor-data");
    comments: typeof import("@/lib/comments/list-comments");
    review: typeof import("@/lib/workflow/review-state");
    reading: typeof import("@/lib/comments/reading-model");
    doc: typeof import("@/lib/reports/document-model");
    perms: typeof import("@/lib/permissions");
    delegations: typeof import("@/lib/workflow/delegations");
  };

  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      skip = true;
      return;
    }
    t = await createTestDb(kind, { seed: true });
    ({ large } = await seedLargeReport(t.db));
    ({ large: small } = await seedLargeReport(t.db, { sections: 3, metrics: 2, commentThreads: 1, versions: 1 }, 2030));
    const counted = createDb(t.env, { onQuery: () => queries++ }).db;
    countedDb = counted;
    m = await useEngine(
      t,
      async () => ({
        getReport: await import("@/lib/reports/get-report"),
        editor: await import("@/lib/reports/get-editor-data"),
        comments: await import("@/lib/comments/list-comments"),
        review: await import("@/lib/workflow/review-state"),
        reading: await import("@/lib/comments/reading-model"),
        doc: await import("@/lib/reports/document-model"),
        perms: await import("@/lib/permissions"),
        delegations: await import("@/lib/workflow/delegations"),
      }),
      counted,
    );
    const units = await t.db.unit.findMany({ select: { id: true, parentId: true } });
    const actor = async (email: string) => {
      const u = await t.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
      return m.perms.buildActor(u, u.memberships, units);
    };
    drafter = await actor("wangfang@qingshan.gov.cn");
    leader = await actor("liqiang@qingshan.gov.cn");
  }, 180_000);
  afterAll(async () => t?.drop());

  async function count(work: () => Promise<unknown>): Promise<number> {
    await work(); // once untimed: nothing lazily loaded counts
    queries = 0;
    await work();
    return queries;
  }

  const readingView = (actor: Actor, id: string) => async () => {
    const report = await m.getReport.getReport(actor, id);
    const [review, threads] = await Promise.all([m.review.getReviewState(actor, report), m.comments.listReportComments(report)]);
    m.reading.buildReadingModel(report);
    return [review, threads];
  };

  it("the large report really is large", async (c) => {
    if (skip) return c.skip();
    expect(await t.db.section.count({ where: { reportId: large } })).toBe(LARGE.sections);
    expect(await t.db.metric.count({ where: { reportId: large } })).toBe(LARGE.metrics);
    expect(await t.db.comment.count({ where: { reportId: large } })).toBe(2 * LARGE.commentThreads);
    expect(await t.db.reportVersion.count({ where: { reportId: large } })).toBe(LARGE.versions);
    expect(await t.db.section.count({ where: { reportId: small } })).toBe(3);
  });

  it("reading view: the same number of statements for the small and the large report", async (c) => {
    if (skip) return c.skip();
    for (const actor of [drafter, leader]) {
      const a = await count(readingView(actor, small));
      const b = await count(readingView(actor, large));
      expect(a).toBeGreaterThan(0);
      expect(b).toBe(a);
      // The budget: the report and its four lists, its steps, its comments and their authors' names, and the
      // unit directory (read twice here, once per request in the app, where React's cache() holds it).
      // No statement per relation of the steps or comments, and none for empty lists.
      expect(a).toBeLessThanOrEqual(10);
    }
  });

  it("editor and export: the same number of statements for the small and the large report", async (c) => {
    if (skip) return c.skip();
    const editor = (id: string) => () => m.editor.getEditorData(drafter, id);
    expect(await count(editor(large))).toBe(await count(editor(small)));
    const exported = (id: string) => async () => m.doc.toDocument(await m.getReport.getReport(drafter, id, "report.export"), { verificationLine: false });
    expect(await count(exported(large))).toBe(await count(exported(small)));
  });

  it("every request's delegation check is one statement when nobody delegated to the user", async (c) => {
    if (skip) return c.skip();
    const units = await t.db.unit.findMany({ select: { id: true, parentId: true } });
    expect(await count(() => m.delegations.activePrincipals(countedDb, drafter.id, new Date(), units))).toBe(1);
  });
});
