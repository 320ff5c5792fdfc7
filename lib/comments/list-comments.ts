import "server-only";
import { db } from "@/lib/db";
import { unitIdsFor, type Actor } from "@/lib/permissions";
import { userNames } from "@/lib/users/user-names";
import { listMyReports } from "@/lib/reports/list-reports";
import { anchorQuote, readingText, sectionSegments } from "./reading-text";

export interface CommentView {
  id: string;
  body: string;
  author: { id: string; name: string };
  createdAt: Date;
}

export interface CommentThread extends CommentView {
  status: "OPEN" | "RESOLVED";
  /** Where it is: a section (kind + number as the document numbers it), or the whole report. */
  section: { id: string; kind: string; ordinal: number } | null;
  /** The section was deleted after the comment was made. */
  sectionGone: boolean;
  quote: string | null;
  /** The quoted words no longer read like that in the section. */
  quoteChanged: boolean;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  replies: CommentView[];
}

/**
 * A report's comment threads, oldest first, each with its replies and with whether its quoted passage
 * still reads the same. The caller has loaded the report through the view permission check.
 */
export async function listReportComments(report: {
  id: string;
  sections: readonly { id: string; kind: string; position: number; heading: string; body: string }[];
  metrics: readonly { key: string; value: number | null; unit: string }[];
}): Promise<CommentThread[]> {
  const rows = await db.comment.findMany({
    where: { reportId: report.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  // Authors and resolvers in one query, none for a report without comments.
  const names = await userNames(rows.flatMap((r) => [r.authorId, r.resolvedById]));
  const metrics = new Map(report.metrics.map((m) => [m.key, m]));
  const sorted = [...report.sections].sort((a, b) => a.position - b.position);
  const ordinal = new Map<string, { kind: string; ordinal: number }>();
  const perKind = new Map<string, number>();
  for (const s of sorted) {
    const n = (perKind.get(s.kind) ?? 0) + 1;
    perKind.set(s.kind, n);
    ordinal.set(s.id, { kind: s.kind, ordinal: n });
  }
  const texts = new Map(sorted.map((s) => [s.id, readingText(sectionSegments(s, metrics))]));

  const view = (r: (typeof rows)[number]): CommentView => ({ id: r.id, body: r.body, author: { id: r.authorId, name: names.get(r.authorId) ?? "—" }, createdAt: r.createdAt });
  const threads: CommentThread[] = rows
    .filter((r) => !r.parentId)
    .map((r) => {
      const place = r.sectionId ? ordinal.get(r.sectionId) : undefined;
      const text = r.sectionId ? texts.get(r.sectionId) : undefined;
      return {
        ...view(r),
        status: r.status,
        section: place && r.sectionId ? { id: r.sectionId, ...place } : null,
        // sectionId is set to null when a section is deleted; a quote without a section tells that story.
        sectionGone: !r.sectionId && r.quote !== null,
        quote: r.quote,
        quoteChanged: r.quote !== null && (text === undefined || anchorQuote(text, r.quote, r.quoteStart).changed),
        resolvedBy: r.resolvedById ? (names.get(r.resolvedById) ?? null) : null,
        resolvedAt: r.resolvedAt,
        replies: rows.filter((x) => x.parentId === r.id).map(view),
      };
    });
  return threads;
}

/** Open comment threads on the reports the actor drafts (not yet approved), per report, for the home page. */
export async function listOpenCommentsForDrafter(actor: Actor) {
  const unitIds = unitIdsFor(actor, "report.edit");
  if (unitIds.length === 0) return [];
  const groups = await db.comment.groupBy({
    by: ["reportId"],
    where: { parentId: null, status: "OPEN", report: { unitId: { in: unitIds }, status: { not: "APPROVED" } } },
    _count: { _all: true },
  });
  if (groups.length === 0) return [];
  // The reports are the actor's own (report.edit, the same scope): their titles come from the home page's
  // list of them rather than from another query.
  const count = new Map(groups.map((g) => [g.reportId, g._count._all]));
  return (await listMyReports(actor))
    .filter((r) => count.has(r.id))
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .map((r) => ({ id: r.id, title: r.title, status: r.status, unit: { name: r.unit.name }, openComments: count.get(r.id)! }));
}

