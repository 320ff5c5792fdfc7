import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { type Translator, sectionLabelText } from "@/lib/i18n/section-label";
import { getRollupSource } from "@/lib/rollup/get-rollup-source";

/** A frozen version of a unit's report, as the parent's roll-up read it: the target of every source link. */
export default async function RollupSourcePage({ params }: { params: Promise<{ reportId: string; sourceReportId: string; version: string }> }) {
  const { reportId, sourceReportId, version } = await params;
  const n = Number(version);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) notFound();
  const actor = await requireActor(`/reports/${reportId}/rollup/source/${sourceReportId}/${n}`);
  const data = await orNotFound(getRollupSource(actor, reportId, sourceReportId, n));
  const t = await getTranslations();
  const locale = await getLocale();
  const format = await getFormatter();
  const ordinals = new Map<string, number>();
  return (
    <div className="space-y-4">
      <PageHeader
        backHref={`/reports/${reportId}/rollup`}
        back={t("rollup.pull.sourceBack")}
        title={t("rollup.pull.sourceTitle", { unit: data.source.unitName, n: data.version.number })}
        subtitle={`${data.title} · ${t(`review.versions.reason.${data.version.reason}`)} · ${format.dateTime(data.version.createdAt, { dateStyle: "medium", timeStyle: "short" })}`}
      />
      <article className="mx-auto max-w-[42rem] space-y-4 bg-white p-4 font-serif leading-8 shadow-sm">
        {data.sections.map((s) => {
          const ordinal = (ordinals.get(s.kind) ?? 0) + 1;
          ordinals.set(s.kind, ordinal);
          return (
            <section key={s.index} id={`s${s.index}`} aria-label={sectionLabelText(t as unknown as Translator, locale, s.kind, ordinal)} className="scroll-mt-4 target:bg-amber-50" data-testid="source-section">
              <h2 className="font-sans text-xs text-stone-500">{sectionLabelText(t as unknown as Translator, locale, s.kind, ordinal)}</h2>
              {s.heading && <p className="font-medium">{s.heading}</p>}
              {s.body.split("\n").filter(Boolean).map((p, i) => (
                <p key={i} className="indent-8">
                  {p}
                </p>
              ))}
            </section>
          );
        })}
      </article>
    </div>
  );
}
