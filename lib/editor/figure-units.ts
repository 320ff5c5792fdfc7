// Unit words that follow a figure in Chinese prose. Matching is longest-first so 人次 is not read as
// 人 and 个百分点 not as 个; the register's own COMMON_UNITS are always included so a unit offered in
// the metric form is always recognised in text.
import { COMMON_UNITS } from "@/lib/validation/limits";

const EXTRA_UNITS = [
  "个百分点", "亿元", "千元", "万人", "万户", "万册", "万名",
  "场次", "名", "期", "部", "条", "件", "所", "座", "套", "台", "辆", "批", "届", "轮", "组", "队", "位",
  "本", "册", "张", "间", "栋", "首", "种", "类", "门", "节", "课时", "分钟", "周", "倍", "户次",
  "平方米", "万平方米", "平方公里", "公顷", "米", "千米", "公里", "亩", "吨", "公斤", "千克",
  "天", "年", "月",
];

/** Every known unit, longest first. */
export const FIGURE_UNITS: readonly string[] = [...new Set([...COMMON_UNITS, ...EXTRA_UNITS])].sort(
  (a, b) => b.length - a.length,
);

/**
 * The longest unit starting at `index`, or "". `extra` adds units the caller knows of (a metric's
 * own unit typed freely in the register), which compete on length with the built-in list.
 */
export function matchUnitAt(text: string, index: number, extra: Iterable<string> = []): string {
  let best = "";
  for (const unit of [...FIGURE_UNITS, ...extra]) {
    if (unit.length > best.length && text.startsWith(unit, index)) best = unit;
  }
  return best;
}
