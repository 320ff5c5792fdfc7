import { z } from "zod";
import { METRIC_KEY_PATTERN } from "@/lib/reports/text";
import { counter, id } from "./text";

/** Pull one paragraph of a section of a unit's frozen report version into a section of the parent's draft. */
export const ZPullPassageSchema = z.object({
  reportId: id,
  sectionId: id,
  sourceReportId: id,
  sourceVersion: counter(1),
  sourceSectionIndex: counter(0).max(1000),
  paragraph: counter(0).max(10_000),
});

/** Use the roll-up's total of a figure as the parent report's value of the figure with that code. */
export const ZTakeFigureSchema = z.object({
  reportId: id,
  key: z.string().regex(METRIC_KEY_PATTERN, { message: "invalidInput" }),
});

/** How a template figure combines in a roll-up ("" = the default: summed, averaged for "%"). */
export const ZSetFigureRuleSchema = z.object({
  metricId: id,
  aggregation: z.enum(["", "SUM", "MEAN", "RATIO", "GROWTH", "NONE"], { message: "invalidInput" }),
  numeratorKey: z.string().regex(METRIC_KEY_PATTERN, { message: "invalidInput" }).nullable(),
  denominatorKey: z.string().regex(METRIC_KEY_PATTERN, { message: "invalidInput" }).nullable(),
});
