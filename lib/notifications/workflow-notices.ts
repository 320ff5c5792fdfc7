import "server-only";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/permissions";
import type { StepApprover } from "@/lib/workflow/approval-steps";
import { eligibleApprovers } from "@/lib/workflow/eligible-approvers";
import { drafterIds } from "@/lib/workflow/drafters";
import { shanghaiDay } from "@/lib/workflow/delegation-rules";
import { notify, unitDrafters } from "./notify";
import type { NotificationKind } from "./kinds";

// The notifications a workflow transition causes, written in the transition's transaction.

interface ReportRef {
  id: string;
  unitId: string;
  createdById: string;
}

async function words(tx: Tx, reportId: string) {
  const r = await tx.report.findUniqueOrThrow({ where: { id: reportId }, select: { title: true, unit: { select: { name: true } } } });
  return { report: r.title, unit: r.unit.name };
}

/**
 * 待我审核: the people who may decide on the step now — every approver of each of its slots (会签/或签),
 * each told once — never a drafter of the report.
 */
export async function noticeAwaitingReview(tx: Tx, report: ReportRef, step: (StepApprover & { label: string }) | readonly (StepApprover & { label: string })[], actor: Actor) {
  const slots = Array.isArray(step) ? step : [step as StepApprover & { label: string }];
  if (slots.length === 0) return 0;
  const people = new Map<string, { id: string }>();
  const tree = await tx.unit.findMany({ select: { id: true, parentId: true } });
  for (const slot of slots) for (const p of await eligibleApprovers(tx, slot, report.unitId, tree)) people.set(p.id, p);
  // 委托审批: whoever stands in for one of them today is told as well (they see it in their inbox too).
  const today = shanghaiDay(new Date());
  const delegates = await tx.delegation.findMany({
    where: { fromUserId: { in: [...people.keys()] }, cancelledAt: null, startDay: { lte: today }, endDay: { gte: today }, toUser: { disabled: false } },
    select: { toUserId: true },
  });
  for (const d of delegates) people.set(d.toUserId, { id: d.toUserId });
  const drafters = await drafterIds(tx, report);
  const w = await words(tx, report.id);
  return notify(
    tx,
    [...people.values()]
      .filter((p) => !drafters.has(p.id))
      .map((p) => ({ userId: p.id, kind: "AWAITING_REVIEW" as const, href: `/reports/${report.id}`, reportId: report.id, data: { ...w, step: slots[0].label, actor: actor.name } })),
    { except: actor.id },
  );
}

/** Sent back, approved or reopened: the unit's drafters are told, with where to go (the editor when it is theirs to change). */
export async function noticeDrafters(tx: Tx, report: ReportRef, kind: Extract<NotificationKind, "RETURNED" | "APPROVED" | "REOPENED">, actor: Actor) {
  const people = await unitDrafters(tx, report.unitId);
  const w = await words(tx, report.id);
  const href = kind === "APPROVED" ? `/reports/${report.id}` : `/reports/${report.id}/edit`;
  return notify(
    tx,
    people.map((p) => ({ userId: p.id, kind, href, reportId: report.id, data: { ...w, actor: actor.name } })),
    { except: actor.id },
  );
}

/** A comment on a section: its owner is told (unless they wrote it). */
export async function noticeComment(tx: Tx, reportId: string, sectionId: string | null, actor: Actor) {
  if (!sectionId) return 0;
  const s = await tx.section.findUnique({ where: { id: sectionId }, select: { ownerId: true } });
  if (!s?.ownerId) return 0;
  const w = await words(tx, reportId);
  return notify(tx, [{ userId: s.ownerId, kind: "COMMENT", href: `/reports/${reportId}#comments`, reportId, data: { ...w, actor: actor.name } }], {
    except: actor.id,
  });
}
