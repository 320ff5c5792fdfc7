import { detectBlanks, formatMetricValue, splitByMetricTokens } from "@/lib/reports/text";
import type { EditorMetric } from "./types";

/**
 * How a section reads, shown under its text while editing: figures appear as chips (name and value),
 * unfilled blanks are highlighted.
 */
export function TextPreview({ text, metrics, emptyLabel }: { text: string; metrics: Map<string, EditorMetric>; emptyLabel: string }) {
  const segments = splitByMetricTokens(text);
  return (
    <div className="whitespace-pre-wrap break-words rounded bg-stone-50 p-2 font-doc text-[15px] leading-7 text-stone-800">
      {segments.map((seg, i) => {
        if (seg.type === "metric") {
          const m = metrics.get(seg.key);
          const filled = m && m.value !== null;
          return (
            <span
              key={i}
              className={`mx-0.5 inline-block rounded px-1.5 font-sans text-xs leading-6 ring-1 ${filled ? "bg-sky-50 text-sky-900 ring-sky-200" : "bg-amber-100 text-amber-900 ring-amber-300"}`}
              data-testid="metric-chip"
              data-key={seg.key}
            >
              {m ? `${m.label} ${m.value === null ? emptyLabel : formatMetricValue(m.value)}${m.unit}` : `{{m:${seg.key}}}`}
            </span>
          );
        }
        return <HighlightBlanks key={i} text={seg.text} />;
      })}
    </div>
  );
}

function HighlightBlanks({ text }: { text: string }) {
  const blanks = detectBlanks(text);
  if (blanks.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  blanks.forEach((b, i) => {
    parts.push(text.slice(at, b.index));
    parts.push(
      <mark key={i} className="rounded bg-amber-200 px-0.5" data-testid="blank-mark">
        {b.match}
      </mark>,
    );
    at = b.index + b.length;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}
