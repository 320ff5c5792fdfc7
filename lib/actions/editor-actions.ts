"use server";
// Server actions of the report editor. Each one: zod parse → signed-in actor → domain function, which
// checks permissions (drafter of the unit, report in DRAFT) and writes in one transaction with its audit
// event. The editor refreshes itself after structural changes, so nothing here revalidates.
import { defineAction } from "./action-client";
import {
  ZAddMetricSchema,
  ZAddPlanItemSchema,
  ZAddSectionSchema,
  ZAssignOwnerSchema,
  ZConfirmSentenceSchema,
  ZMetricRefSchema,
  ZMovePlanItemSchema,
  ZMoveSectionSchema,
  ZPlanItemRefSchema,
  ZPlanReviewSchema,
  ZProblemLinksSchema,
  ZSaveSectionSchema,
  ZSectionRefSchema,
  ZSetMetricPartSchema,
  ZUpdateMetricSchema,
  ZUpdatePlanItemSchema,
} from "@/lib/validation/report-schemas";
import { saveSection } from "@/lib/reports/save-section";
import { addSection, assignSectionOwner, confirmCarriedOver, confirmCarriedSentence, deleteSection, moveSection } from "@/lib/reports/section-structure";
import { addMetric, deleteMetric, setMetricPart, updateMetric } from "@/lib/reports/metric-register";
import { addPlanItem, deletePlanItem, movePlanItem, savePlanReview, setProblemLinks, updatePlanItem } from "@/lib/reports/plan-items";

export const saveSectionAction = defineAction(ZSaveSectionSchema, saveSection);
export const addSectionAction = defineAction(ZAddSectionSchema, addSection);
export const deleteSectionAction = defineAction(ZSectionRefSchema, deleteSection);
export const moveSectionAction = defineAction(ZMoveSectionSchema, moveSection);
export const assignSectionOwnerAction = defineAction(ZAssignOwnerSchema, assignSectionOwner);
export const confirmCarriedOverAction = defineAction(ZSectionRefSchema, confirmCarriedOver);
export const confirmCarriedSentenceAction = defineAction(ZConfirmSentenceSchema, confirmCarriedSentence);
export const addMetricAction = defineAction(ZAddMetricSchema, addMetric);
export const updateMetricAction = defineAction(ZUpdateMetricSchema, updateMetric);
export const deleteMetricAction = defineAction(ZMetricRefSchema, deleteMetric);
export const setMetricPartAction = defineAction(ZSetMetricPartSchema, setMetricPart);
export const addPlanItemAction = defineAction(ZAddPlanItemSchema, addPlanItem);
export const updatePlanItemAction = defineAction(ZUpdatePlanItemSchema, updatePlanItem);
export const deletePlanItemAction = defineAction(ZPlanItemRefSchema, deletePlanItem);
export const movePlanItemAction = defineAction(ZMovePlanItemSchema, movePlanItem);
export const setProblemLinksAction = defineAction(ZProblemLinksSchema, setProblemLinks);
export const savePlanReviewAction = defineAction(ZPlanReviewSchema, savePlanReview);
