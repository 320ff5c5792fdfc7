import { z } from "zod";
import { AGGREGATIONS } from "@/lib/rollup/figure-rule";
import { METRIC_KEY_PATTERN } from "@/lib/reports/text/metric-tokens";
import { SECTION_KINDS } from "@/lib/templates/template-snapshot";
import { headingRequired } from "./section-rules";
import { LIMITS, REPORT_CAPS } from "./limits";
import { counter, id, text } from "./text";

// The template editor's input, shared by the form (checked before sending, so each problem is shown at its
// field) and the server actions. Messages are keys in templates.errors.*.

export const TEMPLATE_NAME_MAX = 60;
export const TEMPLATE_DESCRIPTION_MAX = 500;
/** The placeholders a title pattern may use; createReport replaces them. */
export const TITLE_PLACEHOLDERS = ["{year}", "{unit}"] as const;

const ZTemplateSectionSchema = z.object({
  /** The section's id in the version edited; "" for a section added in this edit. */
  ref: z.string().regex(/^[A-Za-z0-9_-]{0,64}$/, { message: "invalidInput" }),
  kind: z.enum(SECTION_KINDS, { message: "invalidInput" }),
  heading: text().trim().max(LIMITS.heading, { message: "templates.errors.headingTooLong" }),
  body: text().max(LIMITS.body, { message: "templates.errors.bodyTooLong" }),
});

const sourceKey = z.union([z.literal(""), z.string().regex(METRIC_KEY_PATTERN)], { message: "templates.errors.ruleSource" });

const ZTemplateFigureSchema = z.object({
  key: text().trim().regex(METRIC_KEY_PATTERN, { message: "templates.errors.keyInvalid" }),
  label: text().trim().min(1, { message: "templates.errors.labelRequired" }).max(LIMITS.metricLabel, { message: "templates.errors.labelTooLong" }),
  unit: text().trim().max(LIMITS.metricUnit, { message: "templates.errors.unitTooLong" }),
  /** "" = the default rule (summed, or averaged for a "%" figure). */
  aggregation: z.enum(["", ...AGGREGATIONS], { message: "invalidInput" }),
  numeratorKey: sourceKey,
  denominatorKey: sourceKey,
});

export const ZTemplateDraftSchema = z
  .object({
    name: text().trim().min(1, { message: "templates.errors.nameRequired" }).max(TEMPLATE_NAME_MAX, { message: "templates.errors.nameTooLong" }),
    description: text().trim().max(TEMPLATE_DESCRIPTION_MAX, { message: "templates.errors.descriptionTooLong" }),
    titlePattern: text()
      .trim()
      .min(1, { message: "templates.errors.titleRequired" })
      .max(LIMITS.title, { message: "templates.errors.titleTooLong" })
      .refine((s) => s.includes("{year}"), { message: "templates.errors.titleNeedsYear" })
      .refine((s) => (s.match(/\{[^{}]*\}/g) ?? []).every((p) => (TITLE_PLACEHOLDERS as readonly string[]).includes(p)), {
        message: "templates.errors.titlePlaceholder",
      }),
    sections: z
      .array(ZTemplateSectionSchema)
      .min(1, { message: "templates.errors.sectionsRequired" })
      .max(REPORT_CAPS.sections + REPORT_CAPS.planItems, { message: "templates.errors.tooManySections" }),
    metrics: z.array(ZTemplateFigureSchema).max(REPORT_CAPS.metrics, { message: "templates.errors.tooManyFigures" }),
  })
  .superRefine((d, ctx) => {
    d.sections.forEach((s, i) => {
      // A numbered section needs its lead sentence; an opening or closing paragraph needs its text.
      if (headingRequired(s.kind) && !s.heading) ctx.addIssue({ code: "custom", path: ["sections", i, "heading"], message: "templates.errors.headingRequired" });
      if (!headingRequired(s.kind) && !s.heading && !s.body.trim()) ctx.addIssue({ code: "custom", path: ["sections", i, "body"], message: "templates.errors.bodyRequired" });
    });
    const refs = d.sections.map((s) => s.ref).filter(Boolean);
    if (new Set(refs).size !== refs.length) ctx.addIssue({ code: "custom", path: ["sections"], message: "invalidInput" });
    const seen = new Set<string>();
    const keys = new Set(d.metrics.map((m) => m.key));
    d.metrics.forEach((m, i) => {
      if (seen.has(m.key)) ctx.addIssue({ code: "custom", path: ["metrics", i, "key"], message: "templates.errors.keyDuplicate" });
      seen.add(m.key);
      // RATIO divides two other figures of the template, GROWTH follows one (as on the figure rules page).
      const needs = m.aggregation === "RATIO" ? 2 : m.aggregation === "GROWTH" ? 1 : 0;
      const sources = [m.numeratorKey, m.denominatorKey].slice(0, needs);
      const bad = sources.some((k) => !k || k === m.key || !keys.has(k)) || (needs === 2 && m.numeratorKey === m.denominatorKey);
      if (bad) ctx.addIssue({ code: "custom", path: ["metrics", i, "numeratorKey"], message: "templates.errors.ruleSource" });
    });
  });

export type ZTemplateDraft = z.output<typeof ZTemplateDraftSchema>;
export type ZTemplateDraftInput = z.input<typeof ZTemplateDraftSchema>;

export const ZCreateTemplateSchema = z.object({ draft: ZTemplateDraftSchema });
/** baseVersion: the version the admin edited; a save after someone else's is refused, not merged. */
export const ZSaveTemplateSchema = z.object({ templateId: id, baseVersion: counter(1), draft: ZTemplateDraftSchema });

/** Where an issue of the draft is, for the form: the field and, in a list, the row (0-based). */
export function issuePlace(path: readonly PropertyKey[]): { list: "sections" | "metrics" | null; index: number | null; field: string | null } {
  const [head, index, field] = path;
  if (head === "sections" || head === "metrics") {
    return { list: head, index: typeof index === "number" ? index : null, field: typeof field === "string" ? field : null };
  }
  return { list: null, index: null, field: typeof head === "string" ? head : null };
}
