import Link from "next/link";

/** The top of a report's sub-pages (history, versions): back to the report, the page title, the report's title. */
export function ReportSubpageHeader(props: { reportId: string; reportTitle: string; back: string; title: string }) {
  return (
    <div className="space-y-1">
      <Link href={`/reports/${props.reportId}`} className="text-sm text-blue-800 hover:underline">
        ← {props.back}
      </Link>
      <h1 className="text-xl font-semibold">{props.title}</h1>
      <p className="text-sm text-stone-600">{props.reportTitle}</p>
    </div>
  );
}
