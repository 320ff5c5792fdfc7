// 会签 / 或签 and 委托审批 on a real database, on both engines: the races the conditional updates and the
// report-row lock exist for (two 会签 approvals at once both count and complete the step once; two 或签
// approvals at once: one wins, the other is told to reload), one return sends the whole report back, and
// delegations (X 代 Y recorded; drafters, expired, cancelled and onward delegations grant nothing).
// Seeded demo data: 青山街道宣传办's 2025 report, drafted by 王芳; leaders 李强 (宣传办) and 赵敏 (青山街道).
import { beforeAll, describe, expect, it } from "vitest";
import { ENGINES } from "./support/test-db";
import { seededDomain } from "./support/domain-db";
import type { ActionContext } from "@/lib/domain/action-context";
import { detectBlanks } from "@/lib/reports/text";
import { shanghaiDay } from "@/lib/workflow/delegation-rules";

describe.each(ENGINES)("several approvers and delegation on %s", (kind) => {
  const d = seededDomain(kind, async () => ({
    submit: await import("@/lib/workflow/submit-report"),
    decide: await import("@/lib/workflow/decide-report"),
    reopen: await import("@/lib/workflow/reopen-report"),
    delegations: await import("@/lib/workflow/delegations"),
    chains: await import("@/lib/workflow/approval-chains"),
  }));
  const as: Record<"drafter" | "chief" | "leader" | "admin" | "outsider", ActionContext> = {} as never;
  let reportId = "";
  let unitId = "";

  beforeAll(async () => {
    if (d.skip) return;
    as.drafter = await d.ctxOf("wangfang@qingshan.gov.cn");
    as.chief = await d.ctxOf("liqiang@qingshan.gov.cn");
    as.leader = await d.ctxOf("zhaomin@qingshan.gov.cn");
    as.admin = await d.ctxOf("admin@qingshan.gov.cn");
    // 陈静: staff of 东湖社区 — no right of her own on 宣传办's report.
    as.outsider = await d.ctxOf("chenjing@qingshan.gov.cn");
    unitId = (await d.t.db.unit.findUniqueOrThrow({ where: { code: "qingshan-xcb" } })).id;
    reportId = await d.reportOf("qingshan-xcb", 2025);
    await fillBlanks();
  }, 180_000);

  const report = () => d.t.db.report.findUniqueOrThrow({ where: { id: reportId } });
  const slots = (cycle: number) => d.t.db.approvalStep.findMany({ where: { reportId, cycle }, orderBy: [{ position: "asc" }, { slot: "asc" }] });
  const approve = (who: ActionContext, revision: number, text = "同意") => d.m.decide.decideReport({ reportId, revision, decision: "approve", text }, who);
  async function fillBlanks() {
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
  }
  async function submit() {
    const r = await d.m.submit.submitReport({ reportId, acknowledgeWarnings: true }, as.drafter);
    expect(r.status).toBe("submitted");
  }
  async function reopen() {
    await d.m.reopen.reopenReport({ reportId, revision: (await report()).revision, reason: "再审一次" }, as.admin);
  }

  it("the chain editor adds a 会签 step with two approvers and a 或签 step, as slots", async (c) => {
    if (d.skip) return c.skip();
    await d.t.db.approvalChainStep.deleteMany({ where: { unitId } });
    await d.m.chains.addChainStep(
      { unitId, label: "会签", mode: "ALL", approverKind: "USER", approverUserId: as.chief.actor.id, approverUnitId: null, coApproverUserIds: [as.leader.actor.id, as.chief.actor.id] },
      as.admin,
    );
    const any = await d.m.chains.addChainStep(
      { unitId, label: "或签", mode: "ALL", approverKind: "USER", approverUserId: as.chief.actor.id, approverUnitId: null, coApproverUserIds: [as.leader.actor.id] },
      as.admin,
    );
    await d.m.chains.setChainStepMode({ stepId: any.id, mode: "ANY" }, as.admin);
    const rows = await d.t.db.approvalChainStep.findMany({ where: { unitId }, orderBy: [{ position: "asc" }, { slot: "asc" }] });
    // The repeated 李强 counted once.
    expect(rows.map((r) => [r.position, r.slot, r.mode, r.approverUserId])).toEqual([
      [1, 0, "ALL", as.chief.actor.id],
      [1, 1, "ALL", as.leader.actor.id],
      [2, 0, "ANY", as.chief.actor.id],
      [2, 1, "ANY", as.leader.actor.id],
    ]);
    expect(await d.t.db.auditEvent.count({ where: { action: "chain.mode", targetId: unitId } })).toBe(1);
  });

  it("会签: two approvals at the same moment both count, and the step completes exactly once", async (c) => {
    if (d.skip) return c.skip();
    await submit();
    const { revision } = await report();
    expect(await d.outcome(approve(as.drafter, revision))).not.toBe("ok");
    const both = await Promise.all([approve(as.chief, revision), approve(as.leader, revision)].map(d.outcome));
    expect(both).toEqual(["ok", "ok"]);
    const s = await slots(1);
    expect(s.map((x) => [x.position, x.decision])).toEqual([
      [1, "APPROVED"],
      [1, "APPROVED"],
      [2, "PENDING"],
      [2, "PENDING"],
    ]);
    // One step moved on: the revision went up once; one of the two approval events completed the step.
    expect(await report()).toMatchObject({ status: "IN_REVIEW", revision: revision + 1 });
    const events = await d.t.db.auditEvent.findMany({ where: { reportId, action: "report.approve" } });
    expect(events.map((e) => JSON.parse(e.data).stepComplete).sort()).toEqual([false, true]);
    // Step 2's approvers were told, each once — but not the one whose approval completed step 1 (they acted).
    const completer = events.find((e) => JSON.parse(e.data).stepComplete)!.actorId;
    const told = await d.t.db.notification.findMany({ where: { reportId, kind: "AWAITING_REVIEW" }, select: { userId: true, data: true } });
    const toStep2 = told.filter((n) => JSON.parse(n.data).step === "或签").map((n) => n.userId);
    expect(toStep2).toEqual([as.chief.actor.id, as.leader.actor.id].filter((id) => id !== completer));
  });

  it("或签: two approvals at once — one wins, the other is told to reload; then 会签's first approval leaves the step pending", async (c) => {
    if (d.skip) return c.skip();
    const { revision } = await report();
    const race = await Promise.all([approve(as.chief, revision), approve(as.leader, revision)].map(d.outcome));
    // 或签: exactly one wins, the other is told someone else decided.
    expect(race.filter((r) => r === "ok")).toHaveLength(1);
    expect(race.filter((r) => r !== "ok")).toEqual(["reviewErrors.staleDecision"]);
    expect((await slots(1)).filter((s) => s.position === 2).map((s) => s.decision).sort()).toEqual(["APPROVED", "SUPERSEDED"]);
    const approved = await report();
    expect(approved.status).toBe("APPROVED");
    expect(approved.approvedHash).not.toBeNull();

    // A fresh submission: the first 会签 approval moves neither status nor revision; nobody approves twice.
    await reopen();
    await submit();
    const r2 = (await report()).revision;
    expect(await d.outcome(approve(as.chief, r2))).toBe("ok");
    expect(await report()).toMatchObject({ status: "IN_REVIEW", revision: r2 });
    expect(await d.outcome(approve(as.chief, r2))).toBe("reviewErrors.notYourTurn");
    expect((await slots(2)).map((s) => s.decision)).toEqual(["APPROVED", "PENDING", "PENDING", "PENDING"]);
  });

  it("one return by any approver sends the whole report back; the others' pending slots are superseded", async (c) => {
    if (d.skip) return c.skip();
    const { revision } = await report();
    expect(await d.outcome(d.m.decide.decideReport({ reportId, revision, decision: "return", text: "数据需核实" }, as.leader))).toBe("ok");
    expect(await report()).toMatchObject({ status: "DRAFT", returnKind: "RETURNED", revision: revision + 1 });
    expect((await slots(2)).map((s) => s.decision)).toEqual(["APPROVED", "RETURNED", "SUPERSEDED", "SUPERSEDED"]);
  });

  it("a delegate decides for the leader during the days set, recorded as X 代 Y; cancelling is audited and ends it", async (c) => {
    if (d.skip) return c.skip();
    const today = shanghaiDay(new Date());
    // The outsider sees nothing before the delegation.
    await submit();
    const { revision } = await report();
    expect(await d.outcome(approve(as.outsider, revision))).toBe("notFound");
    // Someone else's delegation cannot be made by a non-admin; a non-leader cannot delegate at all (nor onward).
    expect(await d.outcome(d.m.delegations.createDelegation({ fromUserId: as.leader.actor.id, toUserId: as.outsider.actor.id, startDay: today, endDay: today }, as.chief))).not.toBe("ok");
    const made = await d.m.delegations.createDelegation({ fromUserId: null, toUserId: as.outsider.actor.id, startDay: today, endDay: today }, as.leader);
    expect(await d.outcome(d.m.delegations.createDelegation({ fromUserId: null, toUserId: as.chief.actor.id, startDay: today, endDay: today }, as.outsider))).toBe("notFound");
    expect(await d.outcome(d.m.delegations.createDelegation({ fromUserId: null, toUserId: as.leader.actor.id, startDay: today, endDay: today }, as.leader))).toBe("reviewErrors.delegationSelf");

    expect(await d.outcome(approve(as.outsider, revision, "代为审核同意"))).toBe("ok");
    const mine = (await slots(3)).find((s) => s.approverUserId === as.leader.actor.id && s.position === 1)!;
    expect(mine).toMatchObject({ decision: "APPROVED", decidedById: as.outsider.actor.id, onBehalfOfId: as.leader.actor.id });
    const event = await d.t.db.auditEvent.findFirstOrThrow({ where: { reportId, action: "report.approve", actorId: as.outsider.actor.id } });
    expect(JSON.parse(event.data)).toMatchObject({ onBehalfOf: as.leader.actor.id, onBehalfOfName: "赵敏" });
    const version = await d.t.db.reportVersion.findUniqueOrThrow({ where: { id: mine.versionId! } });
    expect(version.createdById).toBe(as.outsider.actor.id);
    // The leader's part is done: neither the leader nor the delegate fills another slot of the step.
    expect(await d.outcome(approve(as.leader, revision))).toBe("reviewErrors.notYourTurn");

    await d.m.delegations.cancelDelegation({ delegationId: made.id }, as.leader);
    expect(await d.outcome(d.m.delegations.cancelDelegation({ delegationId: made.id }, as.leader))).toBe("reviewErrors.delegationCancelled");
    expect(await d.t.db.auditEvent.count({ where: { action: { in: ["delegation.create", "delegation.cancel"] }, targetId: made.id } })).toBe(2);
    expect(await d.m.delegations.activePrincipals(d.t.db, as.outsider.actor.id)).toEqual([]);
  });

  it("a delegate who drafted the report cannot decide it; expired and future delegations grant nothing", async (c) => {
    if (d.skip) return c.skip();
    // Finish step 1 (李强), so step 2 (或签: 李强 or 赵敏) is current.
    const { revision } = await report();
    expect(await d.outcome(approve(as.chief, revision))).toBe("ok");
    const r = (await report()).revision;
    const today = shanghaiDay(new Date());
    await d.m.delegations.createDelegation({ fromUserId: null, toUserId: as.drafter.actor.id, startDay: today, endDay: today }, as.leader);
    expect(await d.outcome(approve(as.drafter, r))).toBe("reviewErrors.ownReport");
    const yesterday = shanghaiDay(new Date(Date.now() - 86_400_000));
    const tomorrow = shanghaiDay(new Date(Date.now() + 86_400_000));
    await d.t.db.delegation.createMany({
      data: [
        { fromUserId: as.chief.actor.id, toUserId: as.outsider.actor.id, startDay: "2020-01-01", endDay: yesterday, createdById: as.chief.actor.id },
        { fromUserId: as.chief.actor.id, toUserId: as.outsider.actor.id, startDay: tomorrow, endDay: tomorrow, createdById: as.chief.actor.id },
      ],
    });
    expect(await d.m.delegations.activePrincipals(d.t.db, as.outsider.actor.id)).toEqual([]);
    expect(await d.outcome(approve(as.outsider, r))).toBe("notFound");
    expect((await slots(3)).filter((s) => s.position === 2).map((s) => s.decision)).toEqual(["PENDING", "PENDING"]);
  });
});
