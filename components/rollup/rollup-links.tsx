import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { sectionLabelText, type Translator } from "@/lib/i18n/section-label";
import { formatMetricValue } from "@/lib/reports/text";
import type { RollupLinks } from "@/lib/rollup/rollup-links";

/**
 * What the report took from its units: taken figures that are stale (a unit's report changed since —
 * old and new values, per unit and in total) and every pulled passage with a link to its source.
 */
export async function RollupLinksPanel({ links }: { links: RollupLinks }) {
  const t = await getTranslations("rollup");
  const tAll = (await getTranslations()) as unknown as Translator;
  const locale = await getLocale();
  const stale = links.taken.filter((f) => f.changes.length > 0);
  const v = (x: number | null, unit: string) => (x === null ? "—" : `${formatMetricValue(x)}${unit}`);
  if (links.pulled.length === 0 && links.taken.length === 0) return null;
  return (
    <div className="space-y-3">
      {stale.length > 0 && (
        <section aria-labelledby="stale-heading" className="space-y-1 rounded border border-red-300 bg-red-50 p-3 text-sm" data-testid="stale-figures">
          <h2 id="stale-heading" className="font-medium text-red-900">
            {t("stale.heading")}
          </h2>
          <ul className="space-y-2">
            {stale.map((f) => (
              <li key={f.key} data-testid="stale-figure" data-key={f.key}>
                <p className="font-medium">{t("stale.line", { label: f.label, old: v(f.taken, f.unit), new: v(f.now, f.unit) })}</p>
                <ul className="ml-4 list-disc text-stone-700">
                  {f.changes.map((c) => (
                    <li key={c.unitId}>{t("stale.unitLine", { unit: c.unitName, old: v(c.old, f.unit), new: v(c.new, f.unit), why: t(`stale.why.${c.why}`) })}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      {links.taken.length > 0 && stale.length === 0 && (
        <p className="text-sm text-stone-600" data-testid="taken-fresh">
          {t("stale.fresh")}
        </p>
      )}
      {links.pulled.length > 0 && (
        <section aria-labelledby="pulled-heading" className="space-y-1 rounded border border-stone-200 bg-white p-3 text-sm" data-testid="pulled-sources">
          <h2 id="pulled-heading" className="font-medium">
            {t("pull.sources")}
          </h2>
          <ul className="space-y-2">
            {links.pulled.map((p) => (
              <li key={p.id} data-testid="pulled-source">
                <Link href={p.href} className="text-blue-800 hover:underline">
                  {t("pull.sourceLine", {
                    section: p.sectionKind && p.sectionOrdinal ? sectionLabelText(tAll, locale, p.sectionKind, p.sectionOrdinal) : "—",
                    unit: p.sourceUnitName,
                    n: p.sourceVersion,
                    sourceSection: p.sourceSectionHeading || "—",
                  })}
                </Link>
                <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 font-serif text-stone-700">{p.text}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
