import type { ActionResult } from "@/lib/domain/action-context";
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
  /** 沿用上年: copied from last year's report, not edited or confirmed since. */
  carriedOver: boolean;
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

type Act<I, O> = (input: I) => Promise<ActionResult<O>>;
type MetricStrings = { label: string; unit: string; value: string; previousValue: string; target: string; note: string };
type PlanFields = { text: string; targetMetricId: string | null; ownerId: string | null };

export interface EditorActions {
  saveSection: Act<{ sectionId: string; baseVersion: number; heading: string; body: string }, SaveSectionResult>;
  addSection: Act<{ reportId: string; kind: SectionKind }, { id: string }>;
  deleteSection: Act<{ sectionId: string }, { id: string }>;
  moveSection: Act<{ sectionId: string; direction: "up" | "down" }, { moved: boolean }>;
  assignSectionOwner: Act<{ sectionId: string; ownerId: string | null }, { ownerId: string | null }>;
  confirmCarriedOver: Act<{ sectionId: string }, { id: string }>;
  addMetric: Act<MetricStrings & { reportId: string; key: string }, { id: string; version: number }>;
  updateMetric: Act<MetricStrings & { metricId: string; baseVersion: number }, UpdateMetricResult>;
  deleteMetric: Act<{ metricId: string }, { id: string }>;
  addPlanItem: Act<PlanFields & { reportId: string }, { id: string; version: number }>;
  updatePlanItem: Act<PlanFields & { planItemId: string; baseVersion: number }, UpdatePlanItemResult>;
  deletePlanItem: Act<{ planItemId: string }, { id: string }>;
  movePlanItem: Act<{ planItemId: string; direction: "up" | "down" }, { moved: boolean }>;
  setProblemLinks: Act<{ sectionId: string; planItemIds: string[] }, { planItemIds: string[] }>;
  heartbeatPresence: Act<{ reportId: string }, { id: string; name: string }[]>;
  leavePresence: Act<{ reportId: string }, unknown>;
  savePlanReview: Act<
    { planReviewId: string; baseVersion: number; verdict: "DONE" | "PARTLY" | "NOT_DONE" | null; evidence: string },
    SavePlanReviewResult
  >;
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
