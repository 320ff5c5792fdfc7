import Link from "next/link";

/** The top of a sub-page: a link back, the page title and one line of context under it. */
export function PageHeader(props: { backHref: string; back: string; title: string; subtitle?: string }) {
  return (
    <div className="space-y-1">
      <Link href={props.backHref} className="text-sm text-blue-800 hover:underline">
        ← {props.back}
      </Link>
      <h1 className="text-xl font-semibold">{props.title}</h1>
      {props.subtitle && <p className="text-sm text-stone-600">{props.subtitle}</p>}
    </div>
  );
}
