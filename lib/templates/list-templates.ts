import "server-only";
import { db } from "@/lib/db";
import { assertCanAnywhere, NotFoundError, type Actor } from "@/lib/permissions";
import type { TemplateChange } from "./template-changes";

/** 模板管理: every template with its newest version and how many rounds and reports use it. */
export async function listTemplates(actor: Actor) {
  assertCanAnywhere(actor, "template.edit");
  const templates = await db.template.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true, name: true, description: true, version: true, code: true,
      _count: { select: { rounds: true, reports: true, sections: true, metrics: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { createdAt: true, createdBy: { select: { name: true } } } },
    },
  });
  return templates.map(({ versions, _count, ...t }) => ({ ...t, counts: _count, savedAt: versions[0]?.createdAt ?? null, savedBy: versions[0]?.createdBy?.name ?? null }));
}

function changesOf(json: string): TemplateChange[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as TemplateChange[]) : [];
  } catch {
    return [];
  }
}

/** One template as the editor loads it (its current rows) and its version history, newest first. */
export async function getTemplateForEdit(actor: Actor, templateId: string) {
  assertCanAnywhere(actor, "template.edit");
  const t = await db.template.findUnique({
    where: { id: templateId },
    select: {
      id: true, name: true, description: true, titlePattern: true, version: true, code: true,
      sections: { orderBy: { position: "asc" }, select: { id: true, kind: true, heading: true, body: true } },
      metrics: { orderBy: { position: "asc" }, select: { key: true, label: true, unit: true, aggregation: true, numeratorKey: true, denominatorKey: true } },
      versions: {
        orderBy: { number: "desc" },
        select: { id: true, number: true, createdAt: true, changes: true, createdBy: { select: { name: true } }, _count: { select: { reports: true, rounds: true } } },
      },
      _count: { select: { rounds: true, reports: true } },
    },
  });
  if (!t) throw new NotFoundError();
  return {
    id: t.id,
    version: t.version,
    counts: t._count,
    draft: {
      name: t.name,
      description: t.description ?? "",
      titlePattern: t.titlePattern,
      sections: t.sections.map((s) => ({ ref: s.id, kind: s.kind, heading: s.heading, body: s.body })),
      metrics: t.metrics.map((m) => ({ key: m.key, label: m.label, unit: m.unit, aggregation: m.aggregation ?? ("" as const), numeratorKey: m.numeratorKey ?? "", denominatorKey: m.denominatorKey ?? "" })),
    },
    versions: t.versions.map((v) => ({ id: v.id, number: v.number, createdAt: v.createdAt, by: v.createdBy?.name ?? null, changes: changesOf(v.changes), reports: v._count.reports, rounds: v._count.rounds })),
  };
}
