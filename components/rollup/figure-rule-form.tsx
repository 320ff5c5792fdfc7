"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";

const RULES = ["SUM", "MEAN", "RATIO", "GROWTH", "NONE"] as const;
type Rule = "" | (typeof RULES)[number];
type SetRule = (input: { metricId: string; aggregation: Rule; numeratorKey: string | null; denominatorKey: string | null }) => Promise<ActionResult<unknown>>;

/** One template figure's roll-up rule: the rule and, for RATIO / GROWTH, the figures it is computed from. */
export function FigureRuleForm(props: {
  metric: { id: string; key: string; label: string; unit: string; aggregation: Rule | null; numeratorKey: string | null; denominatorKey: string | null };
  others: { key: string; label: string }[];
  action: SetRule;
}) {
  const t = useTranslations("rollup.rules");
  const m = props.metric;
  const [rule, setRule] = useState<Rule>(m.aggregation ?? "");
  const [numerator, setNumerator] = useState(m.numeratorKey ?? "");
  const [denominator, setDenominator] = useState(m.denominatorKey ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      setMessage(null);
      const result = await props.action({ metricId: m.id, aggregation: rule, numeratorKey: numerator || null, denominatorKey: denominator || null });
      setMessage(result.ok ? { ok: true, text: t("saved") } : { ok: false, text: result.message });
    });
  };
  const select = (value: string, set: (v: string) => void, label: string) => (
    <select aria-label={label} value={value} onChange={(e) => set(e.target.value)} className="rounded border border-stone-300 bg-white px-2 py-1">
      <option value="">{t("none")}</option>
      {props.others.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label}
        </option>
      ))}
    </select>
  );
  return (
    <form onSubmit={save} aria-label={m.label} className="flex flex-wrap items-center gap-2 border-b border-stone-100 py-2 text-sm" data-testid="figure-rule" data-key={m.key}>
      <span className="min-w-[9rem] font-medium">
        {m.label}
        <span className="ml-1 font-normal text-stone-500">（{m.unit}）</span>
      </span>
      <select aria-label={t("ruleOf", { label: m.label })} value={rule} onChange={(e) => setRule(e.target.value as Rule)} className="rounded border border-stone-300 bg-white px-2 py-1">
        <option value="">{t("default")}</option>
        {RULES.map((r) => (
          <option key={r} value={r}>
            {t(`options.${r}`)}
          </option>
        ))}
      </select>
      {(rule === "RATIO" || rule === "GROWTH") && select(numerator, setNumerator, t("numeratorOf", { label: m.label }))}
      {rule === "RATIO" && select(denominator, setDenominator, t("denominatorOf", { label: m.label }))}
      <button type="submit" disabled={pending} className="rounded border border-stone-300 px-3 py-1 hover:bg-stone-100 disabled:opacity-60">
        {t("save")}
      </button>
      {message && (
        <span role={message.ok ? "status" : "alert"} className={message.ok ? "text-emerald-800" : "text-red-800"}>
          {message.text}
        </span>
      )}
    </form>
  );
}
