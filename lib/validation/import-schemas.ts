import { z } from "zod";
import { LIMITS } from "./limits";
import { id, text } from "./text";

// Zod schemas shared by the import preview and its server actions. Messages are keys under "errors.".

export const ZImportBlockKindSchema = z.enum([
  "TITLE", "OPENING", "ACHIEVEMENTS_TITLE", "ACHIEVEMENT", "PROBLEMS_TITLE", "PROBLEM",
  "PLAN_TITLE", "PLAN", "CLOSING", "SIGNATURE", "REMOVED",
]);

export const ZImportBlockSchema = z.object({
  kind: ZImportBlockKindSchema,
  text: text().max(LIMITS.body, { message: "bodyTooLong" }),
  reason: z.enum(["ad", "contact", "url", "notice", "compiler", "page-marker"]).optional(),
});

export const ZImportTemplateSchema = z.object({
  source: z.enum(["docx", "text", "paste"]),
  blocks: z.array(ZImportBlockSchema).min(1, { message: "importEmpty" }).max(2_000, { message: "importTooLong" }),
  acceptedFigures: z.array(z.string().regex(/^\d+:\d+$/)).max(5_000),
});
export type ZImportTemplateInput = z.infer<typeof ZImportTemplateSchema>;

export const ZImportIntoReportSchema = ZImportTemplateSchema.extend({ reportId: id });
export type ZImportIntoReportInput = z.infer<typeof ZImportIntoReportSchema>;
