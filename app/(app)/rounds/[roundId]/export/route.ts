import { keyText } from "@/lib/i18n/key-text";
import { getTranslations } from "@/lib/i18n/server-translations";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { getActor } from "@/lib/auth/current-actor";
import { requestMeta } from "@/lib/auth/request-meta";
import { contentDisposition } from "@/lib/export/content-disposition";
import { EXPORT_BASE_HEADERS, textResponse } from "@/lib/export/respond";
import { buildBoardXlsx } from "@/lib/export/xlsx/build-board-xlsx";
import { ForbiddenError, NotFoundError } from "@/lib/permissions";
import { getBoardWithRollup } from "@/lib/rollup/board-rollup";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Asia/Shanghai (no daylight saving), the time zone the app shows dates in (lib/i18n/request.ts). */
const UTC_OFFSET_MINUTES = 480;

/**
 * GET /rounds/:roundId/export — the round board as .xlsx: units × stage, deadline, submission and
 * approval dates, and the figures rolled up over the board. Same scope as the board (round.board): a
 * round the user watches no unit of is 404; anonymous users go to the sign-in page. Audited.
 */
export async function GET(_request: Request, context: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await context.params;
  const actor = await getActor();
  if (!actor) {
    return new Response(null, { status: 307, headers: { Location: `/login?next=${encodeURIComponent(`/rounds/${encodeURIComponent(roundId)}/export`)}`, "Cache-Control": "no-store" } });
  }
  const tErr = await getTranslations("export.errors");
  let board;
  try {
    board = await getBoardWithRollup(actor, roundId);
  } catch (e) {
    if (e instanceof NotFoundError || e instanceof ForbiddenError) return textResponse(404, tErr("notFound"));
    throw e;
  }
  const t = await getTranslations("rollup");
  const tStatus = await getTranslations("review.board.status");
  const L = (k: string) => keyText(t, `board.xlsx.${k}`, undefined, k);
  const labelOf = new Map(board.rollup.figures.map((f) => [f.key, f.label]));
  const ruleText = (f: (typeof board.rollup.figures)[number]) =>
    f.rule.kind === "RATIO"
      ? t("figures.rule.RATIO", { numerator: labelOf.get(f.rule.numeratorKey) ?? f.rule.numeratorKey, denominator: labelOf.get(f.rule.denominatorKey) ?? f.rule.denominatorKey })
      : f.rule.kind === "GROWTH"
        ? t("figures.rule.GROWTH", { base: labelOf.get(f.rule.baseKey) ?? f.rule.baseKey })
        : t(`figures.rule.${f.rule.kind}`);
  const bytes = await buildBoardXlsx({
    title: board.round.title,
    deadline: board.round.deadline,
    utcOffsetMinutes: UTC_OFFSET_MINUTES,
    labels: {
      progressSheet: L("progressSheet"), figuresSheet: L("figuresSheet"), unit: L("unit"), parent: L("parent"), status: L("status"), step: L("step"),
      overdue: L("overdue"), deadline: L("deadline"), submitted: L("submitted"), approved: L("approved"), updated: L("updated"), version: L("version"),
      yes: L("yes"), code: L("code"), figure: L("figure"), measure: L("measure"), rule: L("rule"), total: L("total"), coverage: L("coverage"),
    },
    rows: board.rows.map((r) => ({
      unit: r.unit.name,
      parent: r.parentName,
      status: tStatus(r.status),
      step: r.stepLabel,
      overdue: r.overdue,
      submittedAt: r.submittedAt,
      approvedAt: r.approvedAt,
      updatedAt: r.updatedAt,
      version: r.source ? t(`children.source.${r.source.kind}`, { n: r.source.versionNumber ?? 0 }) : null,
    })),
    figureUnits: board.rows.map((r) => r.unit.name),
    figures: board.rollup.figures.map((f) => ({
      key: f.key,
      label: f.label,
      unit: f.unit,
      rule: ruleText(f),
      total: f.value,
      coverage: `${f.counted}/${f.expected}`,
      perUnit: board.rows.map((r) => {
        if (!r.reportId) return tStatus("NOT_STARTED");
        const v = r.figures.get(f.key);
        return v?.value ?? t("figures.state.NO_VALUE");
      }),
    })),
  });
  await writeAudit(db, {
    actorId: actor.id,
    action: "round.export",
    targetType: "ReportingRound",
    targetId: board.round.id,
    reportId: null,
    data: { format: "xlsx" },
    ...(await requestMeta()),
  });
  return new Response(bytes, {
    status: 200,
    headers: {
      ...EXPORT_BASE_HEADERS,
      "Content-Type": XLSX,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": contentDisposition({ name: t("board.xlsx.fileName", { title: board.round.title }), extension: "xlsx", fallbackName: `summa-round-${board.round.year}` }),
    },
  });
}
