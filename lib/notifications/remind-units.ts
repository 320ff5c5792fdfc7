import "server-only";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { can, NotFoundError, unitIdsFor } from "@/lib/permissions";
import type { ActionContext } from "@/lib/domain/action-context";
import { writeAudit } from "@/lib/audit/write-audit";
import { boardStatus, owesSubmission } from "@/lib/workflow/board-status";
import { notify, unitDrafters } from "./notify";

export interface OwingUnit {
  unitId: string;
  unitName: string;
  reportId: string | null;
}

/** The units of a round that still owe a submission (not started, drafting, sent back, reopened), among `unitIds`. */
export async function owingUnits(tx: Tx | typeof db, roundId: string, unitIds: readonly string[]): Promise<OwingUnit[]> {
  const rows = await tx.roundUnit.findMany({ where: { roundId, unitId: { in: [...unitIds] } }, include: { unit: { select: { id: true, name: true, sortOrder: true } } } });
  const reports = await tx.report.findMany({ where: { roundId, unitId: { in: rows.map((r) => r.unitId) } }, select: { id: true, unitId: true, status: true, returnReason: true, returnKind: true } });
  return rows
    .map((r) => ({ row: r, report: reports.find((x) => x.unitId === r.unitId) ?? null }))
    .filter((x) => owesSubmission(boardStatus(x.report)))
    .sort((a, b) => a.row.unit.sortOrder - b.row.unit.sortOrder || a.row.unit.name.localeCompare(b.row.unit.name, "zh-CN"))
    .map((x) => ({ unitId: x.row.unitId, unitName: x.row.unit.name, reportId: x.report?.id ?? null }));
}

/** Writes the reminders of one unit (its active drafters, each once), in the caller's transaction. */
export async function remindUnit(
  tx: Tx,
  round: { id: string; title: string; deadline: Date },
  unit: OwingUnit,
  // actor: who reminded (null = the scheduler); auto/days: a reminder sent `days` before the deadline.
  extra: { actor: string | null; auto?: boolean; days?: number },
): Promise<number> {
  const people = await unitDrafters(tx, unit.unitId);
  const href = unit.reportId ? `/reports/${unit.reportId}/edit` : "/";
  return notify(
    tx,
    people.map((p) => ({
      userId: p.id,
      kind: "REMINDER" as const,
      href,
      roundId: round.id,
      reportId: unit.reportId,
      data: { round: round.title, unit: unit.unitName, deadline: round.deadline.toISOString(), actor: extra.actor, ...(extra.auto ? { auto: 1, days: extra.days ?? null } : {}) },
    })),
  );
}

/**
 * 催报 from the round board: an admin or leader reminds one unit, or every unit of the round they watch that
 * has not submitted yet. Each unit's active drafters get a notification (and an e-mail when SMTP is set);
 * one audit event records who reminded which units. A unit that has submitted is refused (nothing is owed);
 * reminding everyone when nobody owes anything is refused too, so the button never claims to have done work.
 */
export async function remindUnits(input: { roundId: string; unitId: string | null }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const round = await tx.reportingRound.findUnique({ where: { id: input.roundId }, select: { id: true, title: true, deadline: true, status: true } });
    const watched = unitIdsFor(ctx.actor, "round.board");
    if (!round) throw new NotFoundError();
    const inRound = (await tx.roundUnit.findMany({ where: { roundId: round.id, unitId: { in: watched } }, select: { unitId: true } })).map((r) => r.unitId);
    if (inRound.length === 0) throw new NotFoundError();
    if (input.unitId && !inRound.includes(input.unitId)) throw new NotFoundError();
    const targets = (input.unitId ? [input.unitId] : inRound).filter((u) => can(ctx.actor, "round.remind", u));
    if (targets.length === 0) throw new NotFoundError();
    if (round.status !== "OPEN") throw new DomainError("notifications.errors.roundClosed");
    const owing = await owingUnits(tx, round.id, targets);
    if (owing.length === 0) throw new DomainError(input.unitId ? "notifications.errors.unitSubmitted" : "notifications.errors.nobodyOwes");
    let people = 0;
    for (const unit of owing) people += await remindUnit(tx, round, unit, { actor: ctx.actor.name });
    await writeAudit(tx, {
      actorId: ctx.actor.id,
      action: "round.remind",
      targetType: "ReportingRound",
      targetId: round.id,
      data: { units: owing.map((u) => u.unitId), people },
      ip: ctx.meta.ip,
      userAgent: ctx.meta.userAgent,
    });
    return { units: owing.length, people };
  });
}
