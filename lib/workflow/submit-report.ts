import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { assertCan, NotFoundError } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { auditChange } from "@/lib/audit/audit-change";
import { freezeVersion, loadReportContent } from "@/lib/versions/freeze-version";
import { listBlankItems, type BlankItem } from "./blank-items";
import { requireTransition } from "./transitions";
import { latestCycle } from "./approval-steps";
import { drafterIds } from "./drafters";
import { eligibleApprovers } from "./eligible-approvers";
import { carriedNow } from "@/lib/checks/carried-sentences";
import { listReportWarnings, type ReportWarning } from "@/lib/checks/report-warnings";
import { noticeAwaitingReview } from "@/lib/notifications/workflow-notices";

export type SubmitResult =
  | { status: "submitted"; version: number; hash: string }
  /** Refused: these figures and placeholders are still to fill. Nothing was changed. */
  | { status: "blanks"; blanks: BlankItem[] }
  /** Not yet submitted: these warnings need the drafter's confirm (submit again with acknowledgeWarnings). */
  | { status: "warnings"; warnings: ReportWarning[]; firstStep: string }
  /** `check` only: nothing stands in the way; submitting would send it to `firstStep`. Nothing was changed. */
  | { status: "ready"; firstStep: string };

/**
 * A drafter submits the report for review:
 * - refused while any X-style placeholder (sections, plan items) or empty figure remains — the answer
 *   lists each one;
 * - refused when the unit has no approval chain: we do not guess who should approve (a silent fallback
 *   could send a report to someone nobody chose); the admin configures the chain first;
 * - refused when a step has nobody who could act on it (a named approver disabled or without a leader
 *   role over the unit, a unit without leaders, or only drafters of this report) — it would hang;
 * - otherwise, in one transaction: the report is locked (DRAFT → IN_REVIEW, revision + 1, guarded by a
 *   conditional update so two clicks submit once), its content frozen as a version with its SHA-256,
 *   the chain copied into this submission's approval steps, the send-back reason cleared, the audit
 *   event written.
 */
export async function submitReport(
  /** check: run every check and say what submitting would do (the confirm dialog's words), change nothing. */
  input: { reportId: string; acknowledgeWarnings?: boolean; check?: boolean },
  ctx: ActionContext,
  /** Words for the warnings confirmed, kept as the submitted version's note (in the drafter's language). */
  describeWarnings: (warnings: ReportWarning[]) => Promise<string> = async (w) => JSON.stringify(w),
): Promise<SubmitResult> {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: input.reportId },
      select: { id: true, unitId: true, status: true, revision: true, createdById: true },
    });
    if (!report) throw new NotFoundError();
    assertCan(ctx.actor, "report.submit", report.unitId);
    requireTransition(report.status, "submit");

    const content = await loadReportContent(tx, report.id);
    const blanks = listBlankItems(content);
    if (blanks.length > 0) return { status: "blanks", blanks };
    const extra = await tx.report.findUniqueOrThrow({
      where: { id: report.id },
      // Drafting state read apart from the content, not part of the frozen version: which sections are
      // still carried over, and how the register declares totals and their parts.
      select: {
        year: true,
        sections: { select: { id: true, heading: true, body: true, carriedOver: true, carriedSentences: true } },
        metrics: { select: { key: true, partOfKey: true, partsMode: true } },
      },
    });
    const carried = new Map(extra.sections.map((s) => [s.id, carriedNow(s)]));
    const parts = new Map(extra.metrics.map((m) => [m.key, m]));
    const warnings = listReportWarnings({
      ...content,
      year: extra.year,
      sections: content.sections.map((s) => ({ ...s, carried: carried.get(s.id) ?? [] })),
      metrics: content.metrics.map((m) => ({ ...m, ...parts.get(m.key) })),
    });
    const chain = await tx.approvalChainStep.findMany({ where: { unitId: report.unitId }, orderBy: [{ position: "asc" }, { slot: "asc" }] });
    if (chain.length === 0) throw new DomainError("reviewErrors.noChain");
    const drafters = await drafterIds(tx, report);
    // The unit tree once for every slot (each would read it again).
    const tree = await tx.unit.findMany({ select: { id: true, parentId: true } });
    // 会签: every approver's slot needs someone who can act; 或签: one of them is enough.
    for (const position of [...new Set(chain.map((s) => s.position))]) {
      const slots = chain.filter((s) => s.position === position);
      const actable: boolean[] = [];
      for (const slot of slots) actable.push((await eligibleApprovers(tx, slot, report.unitId, tree)).some((p) => !drafters.has(p.id)));
      const ok = slots[0].mode === "ANY" ? actable.some(Boolean) : actable.every(Boolean);
      if (!ok) throw new DomainError("reviewErrors.chainStepNoApprover", { step: slots[0].label });
    }
    const firstStep = chain[0].label;
    if (warnings.length > 0 && (input.check || !input.acknowledgeWarnings)) return { status: "warnings", warnings, firstStep };
    if (input.check) return { status: "ready", firstStep };

    const { count } = await tx.report.updateMany({
      where: { id: report.id, status: "DRAFT", revision: report.revision },
      data: { status: "IN_REVIEW", revision: { increment: 1 }, returnReason: null, returnKind: null },
    });
    if (count === 0) throw new DomainError("reviewErrors.staleDecision");

    const version = await freezeVersion(tx, {
      reportId: report.id,
      reason: "SUBMITTED",
      createdById: ctx.actor.id,
      note: warnings.length > 0 ? await describeWarnings(warnings) : null,
    });
    // Read again under the lock: a save that slipped in between must not be submitted unchecked.
    const late = listBlankItems(version.content);
    if (late.length > 0) throw new DomainError("reviewErrors.blanksRemain", { count: late.length });

    const previous = await tx.approvalStep.findMany({ where: { reportId: report.id }, select: { cycle: true } });
    const cycle = latestCycle(previous) + 1;
    // Positions renumbered 1…n in chain order; each approver of a step keeps its slot and the step's mode.
    const positions = [...new Set(chain.map((s) => s.position))];
    await tx.approvalStep.createMany({
      data: chain.map((step) => ({
        reportId: report.id,
        cycle,
        position: positions.indexOf(step.position) + 1,
        slot: step.slot,
        mode: step.mode,
        label: step.label,
        approverKind: step.approverKind,
        approverUserId: step.approverKind === "USER" ? step.approverUserId : null,
        approverUnitId: step.approverKind === "UNIT_LEADER" ? step.approverUnitId : null,
      })),
    });
    await auditChange(tx, ctx, "report.submit", { type: "Report", id: report.id, reportId: report.id }, {
      version: version.number,
      hash: version.hash,
      cycle,
      steps: positions.map((p) => chain.find((s) => s.position === p)!.label),
      warnings,
    });
    await noticeAwaitingReview(tx, report, chain.filter((s) => s.position === chain[0].position), ctx.actor);
    return { status: "submitted", version: version.number, hash: version.hash };
  });
}
