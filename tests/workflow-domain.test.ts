// The workflow's domain functions on a real database, on both engines (a temporary SQLite file; a fresh
// PostgreSQL database where the machine has one): submit, decide, withdraw and reopen through their
// guards, and the races the conditional updates exist for — two submits, two approvals, a save against
// a submit, two saves of one version. Seeded demo data: 青山街道宣传办's 2025 report, drafted by 王芳,
// approved by 李强 (科室负责人) and then any leader of 青山街道 (赵敏).
import { beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "./support/test-db";
import { seededDomain } from "./support/domain-db";
import { detectBlanks } from "@/lib/reports/text";
import type { ActionContext } from "@/lib/domain/action-context";

describe.each(ENGINES)("workflow domain on %s", (kind) => {
  const d = seededDomain(kind, async () => ({
    submit: await import("@/lib/workflow/submit-report"),
    decide: await import("@/lib/workflow/decide-report"),
    withdraw: await import("@/lib/workflow/withdraw-report"),
    reopen: await import("@/lib/workflow/reopen-report"),
    save: await import("@/lib/reports/save-section"),
    structure: await import("@/lib/reports/section-structure"),
  }));
  const as = {} as Record<"drafter" | "chief" | "leader" | "admin", ActionContext>;
  let reportId = "";

  beforeAll(async () => {
    if (d.skip) return;
    as.drafter = await d.ctxOf("wangfang@qingshan.gov.cn");
    as.chief = await d.ctxOf("liqiang@qingshan.gov.cn");
    as.leader = await d.ctxOf("zhaomin@qingshan.gov.cn");
    as.admin = await d.ctxOf("admin@qingshan.gov.cn");
    reportId = await d.reportOf("qingshan-xcb", 2025);
  });

  const report = () => d.t.db.report.findUniqueOrThrow({ where: { id: reportId } });
  const fillBlanks = async () => {
    const fill = (text: string) => {
      let out = text;
      for (const b of detectBlanks(text).reverse()) out = out.slice(0, b.index) + (b.kind === "date" ? "10月18日" : b.kind === "name" ? "青山" : "8") + out.slice(b.index + b.length);
      return out;
    };
    for (const s of await d.t.db.section.findMany({ where: { reportId } })) {
      await d.t.db.section.update({ where: { id: s.id }, data: { heading: fill(s.heading), body: fill(s.body), version: { increment: 1 } } });
    }
    for (const p of await d.t.db.planItem.findMany({ where: { reportId } })) await d.t.db.planItem.update({ where: { id: p.id }, data: { text: fill(p.text) } });
    await d.t.db.metric.updateMany({ where: { reportId, value: null }, data: { value: 12 } });
  };

  it("submit refuses a report with blanks, asks to confirm its warnings, and submits once when two clicks race", async (c) => {
    if (d.skip) return c.skip();
    const blanks = await d.m.submit.submitReport({ reportId }, as.drafter);
    expect(blanks.status).toBe("blanks");
    expect((await report()).status).toBe("DRAFT");
    await fillBlanks();
    const asked = await d.m.submit.submitReport({ reportId }, as.drafter);
    // Whatever the warnings are, nothing changed until they are confirmed.
    if (asked.status === "warnings") expect((await report()).status).toBe("DRAFT");
    const revision = (await report()).revision;
    const results = await Promise.all([0, 1].map(() => d.outcome(d.m.submit.submitReport({ reportId, acknowledgeWarnings: true }, as.drafter))));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    const after = await report();
    expect(after).toMatchObject({ status: "IN_REVIEW", revision: revision + 1 });
    expect(await d.t.db.reportVersion.count({ where: { reportId, reason: "SUBMITTED" } })).toBe(1);
    expect(await d.t.db.auditEvent.count({ where: { reportId, action: "report.submit" } })).toBe(1);
  });

  it("a drafter cannot decide; two approvals of one step: exactly one is recorded", async (c) => {
    if (d.skip) return c.skip();
    const { revision } = await report();
    expect(await d.outcome(d.m.decide.decideReport({ reportId, revision, decision: "approve", text: "" }, as.drafter))).not.toBe("ok");
    // The second step's approver is not the current one yet.
    expect(await d.outcome(d.m.decide.decideReport({ reportId, revision, decision: "approve", text: "" }, as.leader))).not.toBe("ok");
    const twice = await Promise.all([0, 1].map(() => d.outcome(d.m.decide.decideReport({ reportId, revision, decision: "approve", text: "同意" }, as.chief))));
    expect(twice.filter((r) => r === "ok")).toHaveLength(1);
    const steps = await d.t.db.approvalStep.findMany({ where: { reportId }, orderBy: { position: "asc" } });
    expect(steps.map((s) => s.decision)).toEqual(["APPROVED", "PENDING"]);
    expect((await report()).status).toBe("IN_REVIEW");
  });

  it("withdrawing after a decision is refused and changes nothing", async (c) => {
    if (d.skip) return c.skip();
    const before = await report();
    expect(await d.outcome(d.m.withdraw.withdrawReport({ reportId, revision: before.revision }, as.drafter))).toBe("reviewErrors.alreadyDecided");
    expect(await report()).toMatchObject({ status: "IN_REVIEW", revision: before.revision });
  });

  it("the last approval freezes the approved hash; a stale revision is refused", async (c) => {
    if (d.skip) return c.skip();
    const { revision } = await report();
    expect(await d.outcome(d.m.decide.decideReport({ reportId, revision: revision - 1, decision: "approve", text: "" }, as.leader))).not.toBe("ok");
    expect(await d.outcome(d.m.decide.decideReport({ reportId, revision, decision: "approve", text: "同意上报" }, as.leader))).toBe("ok");
    const approved = await report();
    expect(approved.status).toBe("APPROVED");
    const version = await d.t.db.reportVersion.findUniqueOrThrow({ where: { id: approved.approvedVersionId! } });
    expect(approved.approvedHash).toBe(version.hash);
  });

  it("only an admin reopens, with the revision it saw; the approval is kept as superseded", async (c) => {
    if (d.skip) return c.skip();
    const { revision } = await report();
    expect(await d.outcome(d.m.reopen.reopenReport({ reportId, revision, reason: "补充数据" }, as.drafter))).not.toBe("ok");
    const both = await Promise.all([0, 1].map(() => d.outcome(d.m.reopen.reopenReport({ reportId, revision, reason: "补充数据" }, as.admin))));
    expect(both.filter((r) => r === "ok")).toHaveLength(1);
    const reopened = await report();
    expect(reopened.status).not.toBe("APPROVED");
    expect(reopened.approvedHash).toBeNull();
    expect(await d.t.db.approvalStep.count({ where: { reportId, decision: "SUPERSEDED" } })).toBeGreaterThan(0);
    expect(await d.t.db.reportVersion.count({ where: { reportId, reason: "REOPENED" } })).toBe(1);
  });

  it("two saves of one version: one is saved, the other gets the conflict with the text now stored", async (c) => {
    if (d.skip) return c.skip();
    if ((await report()).status !== "DRAFT") await d.t.db.report.update({ where: { id: reportId }, data: { status: "DRAFT" } });
    const s = await d.t.db.section.findFirstOrThrow({ where: { reportId, kind: "ACHIEVEMENT" } });
    const [a, b] = await Promise.all([
      d.m.save.saveSection({ sectionId: s.id, baseVersion: s.version, heading: s.heading, body: "甲写的。" }, as.drafter),
      d.m.save.saveSection({ sectionId: s.id, baseVersion: s.version, heading: s.heading, body: "乙写的。" }, as.drafter),
    ]);
    expect([a.status, b.status].sort()).toEqual(["conflict", "saved"]);
    const stored = await d.t.db.section.findUniqueOrThrow({ where: { id: s.id } });
    const loser = a.status === "conflict" ? a : b;
    expect(loser.status === "conflict" && loser.current.body).toBe(stored.body);
    expect(stored.version).toBe(s.version + 1);
  });

  it("a save racing a submit either lands in the frozen version or is refused as locked — never lost", async (c) => {
    if (d.skip) return c.skip();
    await fillBlanks();
    const s = await d.t.db.section.findFirstOrThrow({ where: { reportId, kind: "ACHIEVEMENT" } });
    const body = `${s.body}补记一句。`;
    const [saved, submitted] = await Promise.all([
      d.outcome(d.m.save.saveSection({ sectionId: s.id, baseVersion: s.version, heading: s.heading, body }, as.drafter)),
      d.outcome(d.m.submit.submitReport({ reportId, acknowledgeWarnings: true }, as.drafter)),
    ]);
    expect(submitted).toBe("ok");
    const version = await d.t.db.reportVersion.findFirstOrThrow({ where: { reportId, reason: "SUBMITTED" }, orderBy: { number: "desc" } });
    const frozen = JSON.parse(version.snapshot) as { sections: { body: string }[] };
    if (saved === "ok") expect(frozen.sections.some((x) => x.body === body)).toBe(true);
    else expect(saved).toBe("reportLocked");
    expect(await d.outcome(d.m.save.saveSection({ sectionId: s.id, baseVersion: s.version + 5, heading: s.heading, body: "晚了" }, as.drafter))).toBe("reportLocked");
  });

  it("sentences carried over: a save keeps the untouched ones, one is confirmed alone, and the section is clean", async (c) => {
    if (d.skip) return c.skip();
    await d.t.db.report.update({ where: { id: reportId }, data: { status: "DRAFT" } });
    const s = await d.t.db.section.findFirstOrThrow({ where: { reportId, kind: "ACHIEVEMENT" } });
    await d.t.db.section.update({
      where: { id: s.id },
      data: { heading: "抓实理论宣讲。", body: "全年宣讲86场。于10月18日召开表彰会。", carriedOver: true, carriedSentences: JSON.stringify(["抓实理论宣讲。", "全年宣讲86场。", "于10月18日召开表彰会。"]) },
    });
    const v = (await d.t.db.section.findUniqueOrThrow({ where: { id: s.id } })).version;
    const r = await d.m.save.saveSection({ sectionId: s.id, baseVersion: v, heading: "抓实理论宣讲。", body: "全年宣讲96场。于10月18日召开表彰会。" }, as.drafter);
    expect(r.status === "saved" && r.carried).toEqual(["抓实理论宣讲。", "于10月18日召开表彰会。"]);
    expect((await d.m.structure.confirmCarriedSentence({ sectionId: s.id, sentence: "抓实理论宣讲。" }, as.drafter)).carried).toEqual(["于10月18日召开表彰会。"]);
    await d.m.structure.confirmCarriedSentence({ sectionId: s.id, sentence: "于10月18日召开表彰会。" }, as.drafter);
    expect(await d.t.db.section.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ carriedOver: false, carriedSentences: null });
  });
});
