import type { z } from "zod";
import type { ActionResult } from "@/lib/domain/action-context";
import type * as S from "@/lib/validation/report-schemas";
import type { ZPresenceSchema } from "@/lib/validation/presence-schemas";
import type { SaveSectionResult } from "@/lib/reports/save-section";
import type { UpdateMetricResult } from "@/lib/reports/metric-register";
import type { SavePlanReviewResult, UpdatePlanItemResult } from "@/lib/reports/plan-items";

// The data and actions the editor page hands to the client editor. Plain, serialisable values only.

export type SectionKind = "OPENING" | "ACHIEVEMENT" | "PROBLEM" | "PLAN" | "CLOSING";

export interface EditorSection {
  id: string;
  kind: SectionKind;
  heading: string;
  body: string;
  version: number;
  ownerId: string | null;
  planItemIds: string[];
  /** 沿用上年: the sentences copied from last year's report and not edited or confirmed since. */
  carried: string[];
}

export interface EditorMetric {
  id: string;
  key: string;
  label: string;
  value: number | null;
  unit: string;
  previousValue: number | null;
  target: number | null;
  note: string;
  version: number;
  /** 其中: the key of the figure this one is a part of. */
  partOfKey: string | null;
  /** How this figure's own parts add up to it. */
  partsMode: "WITHIN" | "SUM";
}

export interface EditorPlanItem {
  id: string;
  text: string;
  targetMetricId: string | null;
  ownerId: string | null;
  version: number;
}

export interface EditorPlanReview {
  id: string;
  text: string;
  verdict: "DONE" | "PARTLY" | "NOT_DONE" | null;
  evidence: string;
  version: number;
}

export interface EditorReport {
  id: string;
  title: string;
  year: number;
  unitName: string;
  returnReason: string | null;
  /** Sent back by a reviewer or reopened by an admin. */
  returnKind: "RETURNED" | "REOPENED" | null;
  achievementsTitle: string;
  problemsTitle: string;
  planTitle: string;
  previousYear: number | null;
}

/**
 * An action as the editor calls it: input typed by the zod schema the server action parses, so a field
 * renamed in the schema breaks the editor's build rather than its requests.
 */
type Act<S extends z.ZodType, O> = (input: z.input<S>) => Promise<ActionResult<O>>;

export interface EditorActions {
  saveSection: Act<typeof S.ZSaveSectionSchema, SaveSectionResult>;
  addSection: Act<typeof S.ZAddSectionSchema, { id: string }>;
  deleteSection: Act<typeof S.ZSectionRefSchema, { id: string }>;
  moveSection: Act<typeof S.ZMoveSectionSchema, { moved: boolean }>;
  assignSectionOwner: Act<typeof S.ZAssignOwnerSchema, { ownerId: string | null }>;
  confirmCarriedOver: Act<typeof S.ZSectionRefSchema, { id: string }>;
  confirmCarriedSentence: Act<typeof S.ZConfirmSentenceSchema, { carried: string[] }>;
  addMetric: Act<typeof S.ZAddMetricSchema, { id: string; version: number }>;
  updateMetric: Act<typeof S.ZUpdateMetricSchema, UpdateMetricResult>;
  deleteMetric: Act<typeof S.ZMetricRefSchema, { id: string }>;
  setMetricPart: Act<typeof S.ZSetMetricPartSchema, { partOfKey: string | null; partsMode: "WITHIN" | "SUM" }>;
  addPlanItem: Act<typeof S.ZAddPlanItemSchema, { id: string; version: number }>;
  updatePlanItem: Act<typeof S.ZUpdatePlanItemSchema, UpdatePlanItemResult>;
  deletePlanItem: Act<typeof S.ZPlanItemRefSchema, { id: string }>;
  movePlanItem: Act<typeof S.ZMovePlanItemSchema, { moved: boolean }>;
  setProblemLinks: Act<typeof S.ZProblemLinksSchema, { planItemIds: string[] }>;
  heartbeatPresence: Act<typeof ZPresenceSchema, { id: string; name: string }[]>;
  leavePresence: Act<typeof ZPresenceSchema, unknown>;
  savePlanReview: Act<typeof S.ZPlanReviewSchema, SavePlanReviewResult>;
}

export interface EditorProps {
  report: EditorReport;
  sections: EditorSection[];
  metrics: EditorMetric[];
  planItems: EditorPlanItem[];
  planReviews: EditorPlanReview[];
  drafters: { id: string; name: string }[];
  actions: EditorActions;
}
