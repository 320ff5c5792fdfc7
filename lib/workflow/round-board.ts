import "server-only";
import { db } from "@/lib/db";
import { can, NotFoundError, unitIdsFor, type Actor } from "@/lib/permissions";
import { currentStep } from "./approval-steps";
import { boardStatus, isOverdue, owesSubmission, summarise } from "./board-status";

/** Rounds with at least one owing unit the actor may watch (admins, and leaders of those units). */
export function listBoardRounds(actor: Actor) {
  const unitIds = unitIdsFor(actor, "round.board");
  return db.reportingRound.findMany({
    where: { units: { some: { unitId: { in: unitIds } } } },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
    select: { id: true, title: true, year: true, deadline: true, status: true },
  });
}

/**
 * The board of a round: each owing unit the actor may watch × where its report stands (not started,
 * drafting, sent back, in review at which step, approved) and whether it is overdue. A round none of
 * whose units the actor watches is not found.
 */
export async function getRoundBoard(actor: Actor, roundId: string, now = new Date()) {
  const unitIds = unitIdsFor(actor, "round.board");
  const round = await db.reportingRound.findUnique({
    where: { id: roundId },
    include: {
      units: { where: { unitId: { in: unitIds } }, include: { unit: { select: { id: true, name: true, sortOrder: true } } } },
    },
  });
  if (!round || round.units.length === 0) throw new NotFoundError();
  const reports = await db.report.findMany({
    where: { roundId: round.id, unitId: { in: round.units.map((u) => u.unitId) } },
    select: {
      id: true,
      unitId: true,
      status: true,
      returnReason: true,
      returnKind: true,
      updatedAt: true,
      approvalSteps: { select: { cycle: true, position: true, label: true, decision: true, approverKind: true, approverUserId: true, approverUnitId: true } },
    },
  });
  const rows = round.units
    .map((ru) => {
      const report = reports.find((r) => r.unitId === ru.unitId) ?? null;
      const status = boardStatus(report);
      return {
        unit: ru.unit,
        reportId: report?.id ?? null,
        status,
        overdue: isOverdue(status, round.deadline, now),
        /** 催报 is offered: the unit still owes its submission, the round is open, and the actor may remind it. */
        remindable: owesSubmission(status) && round.status === "OPEN" && can(actor, "round.remind", ru.unitId),
        stepLabel: report?.status === "IN_REVIEW" ? (currentStep(report.approvalSteps)?.label ?? null) : null,
        updatedAt: report?.updatedAt ?? null,
      };
    })
    .sort((a, b) => a.unit.sortOrder - b.unit.sortOrder || a.unit.name.localeCompare(b.unit.name, "zh-CN"));
  return { round: { id: round.id, title: round.title, year: round.year, deadline: round.deadline, status: round.status }, rows, summary: summarise(rows) };
}
