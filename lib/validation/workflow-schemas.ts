import { z } from "zod";
import { LIMITS } from "@/lib/validation/limits";
import { counter, id, INT4_MAX, text } from "@/lib/validation/text";

// Zod schemas of the review & approval actions. Messages are message keys ("reviewErrors.…" as they are).

const revision = counter(0);
const reason = text().trim().max(LIMITS.reason, { message: "reviewErrors.reasonTooLong" });

/** Longest label of a chain step (科室负责人, 分管领导, 主要领导 …). */
export const CHAIN_LABEL_MAX = 30;
/** A chain longer than this is a configuration mistake, not an organisation. */
export const CHAIN_MAX_STEPS = 8;
/** Most named approvers one 会签/或签 step may have. */
export const CHAIN_MAX_APPROVERS = 6;
/** Longest passage a comment may quote. */
export const QUOTE_MAX = 2_000;

export const ZSubmitReportSchema = z.object({ reportId: id, acknowledgeWarnings: z.boolean().optional(), check: z.boolean().optional() });
export const ZWithdrawReportSchema = z.object({ reportId: id, revision });

export const ZDecideReportSchema = z
  .object({ reportId: id, revision, decision: z.enum(["approve", "return"]), text: reason })
  .refine((d) => d.decision !== "return" || d.text.length > 0, { message: "reviewErrors.reasonRequired", path: ["text"] });

export const ZReassignStepSchema = z.object({
  reportId: id,
  revision,
  userId: id,
  reason: text()
    .trim()
    .min(1, { message: "reviewErrors.reasonRequired" })
    .max(LIMITS.reason, { message: "reviewErrors.reasonTooLong" }),
});

export const ZReopenReportSchema = z.object({
  reportId: id,
  revision,
  reason: text()
    .trim()
    .min(1, { message: "reviewErrors.reasonRequired" })
    .max(LIMITS.reason, { message: "reviewErrors.reasonTooLong" }),
});

export const ZAddCommentSchema = z
  .object({
    reportId: id,
    sectionId: id.nullable(),
    parentId: id.nullable(),
    body: text()
      .trim()
      .min(1, { message: "reviewErrors.commentRequired" })
      .max(LIMITS.comment, { message: "reviewErrors.commentTooLong" }),
    quote: text().max(QUOTE_MAX, { message: "reviewErrors.quoteTooLong" }).nullable(),
    quoteStart: z.number().int().min(0).max(INT4_MAX).nullable(),
  })
  .refine((c) => c.quote === null || (c.sectionId !== null && c.quoteStart !== null && c.quote.trim() !== ""), {
    message: "invalidInput",
    path: ["quote"],
  });

export const ZCommentStatusSchema = z.object({ commentId: id, status: z.enum(["OPEN", "RESOLVED"]) });

export const ZAddChainStepSchema = z
  .object({
    unitId: id,
    label: text()
      .trim()
      .min(1, { message: "reviewErrors.chainLabelRequired" })
      .max(CHAIN_LABEL_MAX, { message: "reviewErrors.chainLabelTooLong" }),
    approverKind: z.enum(["USER", "UNIT_LEADER"]),
    approverUserId: id.nullable(),
    approverUnitId: id.nullable(),
    /** 会签 (ALL) or 或签 (ANY), for a step with several named approvers. */
    mode: z.enum(["ALL", "ANY"]).default("ALL"),
    coApproverUserIds: z.array(id).max(CHAIN_MAX_APPROVERS, { message: "reviewErrors.chainTooManyApprovers" }).default([]),
  })
  .refine((s) => (s.approverKind === "USER" ? s.approverUserId !== null : s.approverUnitId !== null), {
    message: "reviewErrors.chainApproverRequired",
    path: ["approver"],
  });

export const ZChainStepRefSchema = z.object({ stepId: id });
export const ZMoveChainStepSchema = z.object({ stepId: id, direction: z.enum(["up", "down"]) });
export const ZChainStepModeSchema = z.object({ stepId: id, mode: z.enum(["ALL", "ANY"]) });

/** A calendar day as the date input gives it (YYYY-MM-DD, read as a day in Asia/Shanghai). */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "reviewErrors.delegationDays" });
/** 委托审批: fromUserId null = the signed-in leader themselves (an admin names the leader). */
export const ZCreateDelegationSchema = z.object({ fromUserId: id.nullable(), toUserId: id, startDay: day, endDay: day });
export const ZCancelDelegationSchema = z.object({ delegationId: id });
