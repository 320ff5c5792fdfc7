import { z } from "zod";
import { LIMITS, METRIC_MAX } from "./limits";
import { METRIC_KEY_PATTERN } from "@/lib/reports/text";
import { counter, id, isCalendarDate, text } from "./text";

// Zod schemas shared by the editor's forms and the server actions. Messages are keys under "errors.".

const version = counter(1);

export const ZSectionKindSchema = z.enum(["OPENING", "ACHIEVEMENT", "PROBLEM", "PLAN", "CLOSING"]);

export { headingRequired } from "./section-rules";

export const ZSaveSectionSchema = z.object({
  sectionId: id,
  baseVersion: version,
  heading: text().max(LIMITS.heading, { message: "headingTooLong" }),
  body: text().max(LIMITS.body, { message: "bodyTooLong" }),
});

export const ZAddSectionSchema = z.object({ reportId: id, kind: ZSectionKindSchema });
export const ZSectionRefSchema = z.object({ sectionId: id });
export const ZConfirmSentenceSchema = z.object({ sectionId: id, sentence: text().max(LIMITS.body, { message: "bodyTooLong" }) });
export const ZMoveSectionSchema = z.object({ sectionId: id, direction: z.enum(["up", "down"]) });
export const ZAssignOwnerSchema = z.object({ sectionId: id, ownerId: id.nullable() });

/** A figure as typed: digits with an optional decimal point and sign; empty = not filled yet. */
export const ZMetricValueSchema = text()
  .trim()
  .transform((s) => s.replace(/[,，\s]/g, ""))
  .refine((s) => s === "" || /^-?\d+(\.\d+)?$/.test(s), { message: "metricNotNumber" })
  .transform((s) => (s === "" ? null : Number(s)))
  .refine((n) => n === null || Math.abs(n) <= METRIC_MAX, { message: "metricTooLarge" });

export const ZMetricFieldsSchema = z
  .object({
    label: text().trim().min(1, { message: "metricLabelRequired" }).max(LIMITS.metricLabel, { message: "metricLabelTooLong" }),
    unit: text().trim().min(1, { message: "metricUnitRequired" }).max(LIMITS.metricUnit, { message: "metricUnitTooLong" }),
    value: ZMetricValueSchema,
    previousValue: ZMetricValueSchema,
    target: ZMetricValueSchema,
    note: text().trim().max(LIMITS.metricNote, { message: "noteTooLong" }),
  })
  .refine((m) => m.unit !== "%" || m.value === null || (m.value >= -100 && m.value <= 10_000), {
    message: "metricPercentRange",
    path: ["value"],
  })
  // A count (场, 人次, 万元 …) is never negative — nor is last year's value or the target.
  .refine((m) => m.unit === "%" || m.value === null || m.value >= 0, { message: "metricNegative", path: ["value"] })
  .refine((m) => m.unit === "%" || m.previousValue === null || m.previousValue >= 0, { message: "metricNegative", path: ["previousValue"] })
  .refine((m) => m.unit === "%" || m.target === null || m.target >= 0, { message: "metricNegative", path: ["target"] });

export const ZAddMetricSchema = z.intersection(
  z.object({
    reportId: id,
    key: text().trim().regex(METRIC_KEY_PATTERN, { message: "metricKeyInvalid" }),
  }),
  ZMetricFieldsSchema,
);

export const ZUpdateMetricSchema = z.intersection(z.object({ metricId: id, baseVersion: version }), ZMetricFieldsSchema);
export const ZMetricRefSchema = z.object({ metricId: id });
/** 其中 / 合计: which figure this one is a part of (or none), and how this figure's own parts add up. */
export const ZSetMetricPartSchema = z.object({
  metricId: id,
  partOfKey: text().regex(METRIC_KEY_PATTERN, { message: "metricKeyInvalid" }).nullable(),
  partsMode: z.enum(["WITHIN", "SUM"]),
});

export const ZPlanItemFieldsSchema = z.object({
  text: text().trim().min(1, { message: "planTextRequired" }).max(LIMITS.planText, { message: "planTextTooLong" }),
  targetMetricId: id.nullable(),
  ownerId: id.nullable(),
});
export const ZAddPlanItemSchema = z.intersection(z.object({ reportId: id }), ZPlanItemFieldsSchema);
export const ZUpdatePlanItemSchema = z.intersection(z.object({ planItemId: id, baseVersion: version }), ZPlanItemFieldsSchema);
export const ZPlanItemRefSchema = z.object({ planItemId: id });
export const ZMovePlanItemSchema = z.object({ planItemId: id, direction: z.enum(["up", "down"]) });

export const ZPlanReviewSchema = z.object({
  planReviewId: id,
  baseVersion: version,
  verdict: z.enum(["DONE", "PARTLY", "NOT_DONE"]).nullable(),
  evidence: text().trim().max(LIMITS.evidence, { message: "evidenceTooLong" }),
});

export const ZProblemLinksSchema = z.object({ sectionId: id, planItemIds: z.array(id).max(100) });

export const ZCreateReportSchema = z.object({
  roundId: id,
  unitId: id,
  source: z.enum(["template", "previous"]),
});

export const ZCreateRoundSchema = z.object({
  year: z.coerce.number({ message: "yearInvalid" }).int({ message: "yearInvalid" }).min(2000, { message: "yearInvalid" }).max(2100, { message: "yearInvalid" }),
  title: text().trim().min(1, { message: "titleRequired" }).max(LIMITS.title, { message: "titleTooLong" }),
  deadline: z.string().refine(isCalendarDate, { message: "deadlineInvalid" }),
  templateId: id,
  unitIds: z.array(id).min(1, { message: "unitsRequired" }).max(1000, { message: "invalidInput" }),
});
