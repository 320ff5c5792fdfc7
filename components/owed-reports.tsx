import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { Button } from "@/components/ui/button";

export interface OwedReport {
  roundId: string;
  roundTitle: string;
  year: number;
  deadline: Date;
  unit: { id: string; name: string };
  hasPrevious: boolean;
}

/** Rounds in which the user's unit still owes a report, with the two ways to start it. */
export async function OwedReports({ rows, action }: { rows: OwedReport[]; action: (form: FormData) => Promise<void> }) {
  const t = await getTranslations("home");
  const format = await getFormatter();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="owed" className="space-y-2">
      <h2 id="owed" className="text-lg font-medium">
        {t("owed")}
      </h2>
      <ul className="space-y-2">
        {rows.map((r) => (
          <li key={`${r.roundId}:${r.unit.id}`} className="flex flex-col gap-2 rounded border border-amber-200 bg-amber-50 p-3 sm:flex-row sm:items-center">
            <div className="sm:flex-1">
              <p className="font-medium">{t("owedLine", { unit: r.unit.name, title: r.roundTitle })}</p>
              <p className="text-xs text-stone-600">{t("deadline", { date: format.dateTime(r.deadline, { dateStyle: "long" }) })}</p>
            </div>
            <form action={action} className="flex flex-wrap gap-2">
              <input type="hidden" name="roundId" value={r.roundId} />
              <input type="hidden" name="unitId" value={r.unit.id} />
              {r.hasPrevious && (
                <Button type="submit" variant="primary" name="source" value="previous">
                  {t("startFromPrevious", { year: r.year - 1 })}
                </Button>
              )}
              <Button type="submit" name="source" value="template">
                {t("startFromTemplate")}
              </Button>
              <Button type="submit" name="source" value="import">
                {t("startFromImport")}
              </Button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
