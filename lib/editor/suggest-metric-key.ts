// A key for a figure registered from the editor. Labels are Chinese and there is no pinyin table,
// so keys are neutral (fig_3) unless the label carries ASCII words of its own ("5G基站" → m_5g). Digits
// alone ("2025年投资") make no word worth keeping and give fig_<n> too.
import { METRIC_KEY_PATTERN } from "@/lib/reports/text/metric-tokens";

const MAX_KEY = 40;

function slug(label: string): string {
  const words = label.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let key = words.join("_");
  if (!/[a-z]/.test(key)) return "";
  // Keys start with a letter; a prefix keeps "2025" or "5g" readable.
  if (!/^[a-z]/.test(key)) key = `m_${key}`;
  return key.slice(0, MAX_KEY).replace(/_+$/, "");
}

/** A key matching METRIC_KEY_PATTERN that is not in `taken`: the label's ASCII slug when free, else fig_<n> with the smallest free n ≥ 1. */
export function suggestMetricKey(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const fromLabel = slug(label);
  if (fromLabel !== "" && METRIC_KEY_PATTERN.test(fromLabel) && !used.has(fromLabel)) return fromLabel;
  // At most used.size keys can be taken, so this stops by n = used.size + 1.
  for (let n = 1; ; n++) {
    const key = `fig_${n}`;
    if (!used.has(key)) return key;
  }
}
