// Finds the year-over-year changes a draft states in words (较上年增长12.5%, 提高3个百分点,
// 翻一番, 与上年持平) and checks each against the metric it describes, so a figure edited in the
// metrics table cannot silently leave a stale or miscalculated change behind in the prose.

import { formatDecimal, roundHalfAwayFromZero } from "@/lib/reports/text/decimal";
import {
  METRIC_TOKEN_SOURCE,
  type MetricToken,
  formatMetricValue,
  parseMetricTokens,
  renderMetrics,
} from "@/lib/reports/text/metric-tokens";
import { yearOverYear } from "@/lib/reports/text/year-over-year";
import { parseChineseNumeral } from "./chinese-numeral";

export type StatedChangeKind = "percent" | "points" | "absolute" | "multiple" | "flat";
export type StatedChangeDirection = "up" | "down" | "flat";

interface StatedChangeBase {
  /** UTF-16 offset of the phrase in the text. */
  index: number;
  length: number;
  kind: StatedChangeKind;
  direction: StatedChangeDirection;
  /**
   * Decimals the amount was written with (12.5% → 1, 12% → 0); for a multiple, those of the
   * multiplier (增长1.5倍 → 1). For a token amount, those the rendered figure will show.
   */
  decimals: number;
  /** The unit of an absolute change (增加5场 → 场). */
  unit?: string;
  /** The text as written, token included. */
  phrase: string;
  /**
   * Set when one verb carries several amounts (同比分别增长10%和13%): amounts pair with the
   * figures named before them in order, so the checker needs the position.
   */
  respectively?: { position: number; of: number };
}

/**
 * One stated change. `amount` is the magnitude (sign is in `direction`), in percent for
 * "percent" and "multiple" (增长2倍 → 200, 翻一番 → 100), in points or in `unit` otherwise, and
 * 0 for "flat". When the amount is itself a figure token, `amountKey` names its metric instead.
 */
export type StatedChange = StatedChangeBase &
  ({ amount: number; amountKey?: undefined } | { amount?: undefined; amountKey: string });

export interface ChangeCheckMetric {
  label: string;
  value: number | null;
  unit: string;
  previousValue: number | null;
}

export type ChangeFindingReason = "match" | "mismatch" | "use-points";

export interface ChangeFinding {
  index: number;
  length: number;
  phrase: string;
  /** The metric the change was taken to describe. */
  key: string;
  /** The stated change, signed, in the scale of `kind`. */
  stated: number;
  /**
   * The true change, signed: in the scale of `kind`, except for reason "use-points", where it is
   * the change in percentage points the text should have stated.
   */
  computed: number;
  ok: boolean;
  kind: StatedChangeKind;
  reason: ChangeFindingReason;
  /** zh-CN sentence for the reviewer. */
  message: string;
}

const NUM = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
const CN_NUM = "[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?";
// The shared source captures the key; here the key is re-read from the token text, and a
// capture would shift the named groups' numbering for no gain.
const TOKEN = METRIC_TOKEN_SOURCE.replace("(", "(?:");
// Comparison bases: 较上年, 比去年同期, 与上年相比, 较2023年, 同比. 环比 is deliberately absent:
// it compares with the previous period, not the previous year.
const PREFIX =
  "(?:(?:较|比|与|同)(?:上一?年度?|去年|前一年|[0-9]{4}年)(?:同期)?(?:相比[，,]?)?|同比)?";
// Nouns for the rate come before the verbs they start with (增长率 before 增长).
const UP_VERBS = [
  "增长率(?:为|达到|达)?", "增速(?:为|达到|达)?", "增幅(?:为|达到|达)?",
  "增长", "增加", "提高", "提升", "上升", "上涨", "增多", "扩大", "延长", "净增加", "净增",
];
const DOWN_VERBS = [
  "降幅(?:为|达到|达)?", "下降", "减少", "降低", "下滑", "回落", "减小", "缩短", "缩小", "压缩",
  "下跌", "净减少", "净减",
];
// 多/少 only mean a change after a comparison base (较上年多5场); alone they are quantifiers.
const COMPARATIVES = ["多", "少"];
const VERB = [...UP_VERBS, ...DOWN_VERBS, ...COMPARATIVES].join("|");
// No 到/至/为 here: 提高到43% and 下降为3% state the new level, not the change.
const QUALIFIER = "(?:了)?(?:近|约|超过|超|逾|达到|达|高达|将近)?";
// Longer units first wherever two share a first character (万人次 before 万人 before 万).
const UNITS = [
  "万人次", "万人", "万元", "万美元", "万平方米", "万户", "万", "亿元", "亿美元", "亿",
  "人次", "人", "家次", "家", "户次", "户", "千元", "千米", "元", "美元", "场", "个", "项", "次",
  "件", "名", "所", "篇", "期", "座", "公里", "公顷", "平方米", "亩", "吨", "台", "套", "辆", "条",
  "处", "批", "本", "册", "小时", "天", "岁", "床", "张", "部", "支", "位", "斤",
].join("|");
const AMOUNT =
  `(?<sign>[-−－])?\\s*(?:` +
  `(?<num>${NUM})\\s*(?<approx>余|多)?\\s*(?<suffix>%|％|个百分点|百分点|倍|${UNITS})` +
  `|(?<token>${TOKEN})(?:\\s*(?<tokenSuffix>个百分点|百分点|倍))?` +
  `|(?<cnTimes>${CN_NUM})\\s*倍` +
  `|百分之(?<cnPercent>${CN_NUM}))`;

const CHANGE_SOURCE = [
  // 持平 also sits inside other words (保持平稳, 维持平衡, 支持平台), so those neighbours are excluded.
  `(?<flat>${PREFIX}(?:保持)?(?<basic>基本)?(?<![保维坚扶支主把操])持平(?![稳衡台等均安价方坦常面]))`,
  `(?<fan>${PREFIX}(?:实现)?翻(?:了)?(?<fanCount>一|两|二|三)?番)`,
  `(?<level>(?:是|为|相当于)(?:上一?年|去年)(?:同期)?的\\s*(?<levelTimes>${NUM})\\s*倍)`,
  `(?<verbal>(?<respBefore>分别)?(?<prefix>${PREFIX})(?<resp>分别)?(?<verb>${VERB})${QUALIFIER}\\s*${AMOUNT})`,
].join("|");

const CONTINUATION_SOURCE = `\\s*(?:、|和|及|与|以及)\\s*${AMOUNT}`;

/** Units of figures that are themselves percentages, whose changes are in points. */
const PERCENT_UNITS = new Set(["%", "％", "个百分点"]);
const SENTENCE_END = /[。！？；!?;\n]/;
const FAN_MULTIPLES: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3 };

/** Parses Arabic digits, full-width included, keeping the written precision. */
function parseArabic(text: string): { value: number; decimals: number } {
  const ascii = text.replace(/[０-９．]/g, (ch) =>
    ch === "．" ? "." : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
  const dot = ascii.indexOf(".");
  return { value: Number(ascii), decimals: dot < 0 ? 0 : ascii.length - dot - 1 };
}

// Ratios such as (2.3 − 1) × 100 carry binary noise (129.99999999999997) that would print.
function clean(value: number): number {
  return Number(value.toFixed(10)) + 0;
}

type AmountGroups = Record<string, string | undefined>;

interface ParsedAmount {
  kind: StatedChangeKind;
  amount?: number;
  amountKey?: string;
  decimals: number;
  unit?: string;
  negative: boolean;
}

function parseAmount(g: AmountGroups): ParsedAmount | null {
  const negative = g.sign !== undefined;
  if (g.num !== undefined) {
    const { value, decimals } = parseArabic(g.num);
    const suffix = g.suffix!;
    if (suffix === "%" || suffix === "％") return { kind: "percent", amount: value, decimals, negative };
    if (suffix === "个百分点" || suffix === "百分点") return { kind: "points", amount: value, decimals, negative };
    if (suffix === "倍") return { kind: "multiple", amount: clean(value * 100), decimals, negative };
    return { kind: "absolute", amount: value, decimals, unit: suffix, negative };
  }
  if (g.token !== undefined) {
    const key = parseMetricTokens(g.token)[0].key;
    // Without a written suffix the kind depends on the amount metric's unit; "percent" stands in
    // until checkStatedChanges can look it up.
    const kind: StatedChangeKind =
      g.tokenSuffix === "倍" ? "multiple" : g.tokenSuffix !== undefined ? "points" : "percent";
    return { kind, amountKey: key, decimals: 0, negative };
  }
  if (g.cnTimes !== undefined) {
    const n = parseChineseNumeral(g.cnTimes);
    if (n === null) return null;
    return { kind: "multiple", amount: clean(n.value * 100), decimals: n.decimals, negative };
  }
  if (g.cnPercent !== undefined) {
    const n = parseChineseNumeral(g.cnPercent);
    if (n === null) return null;
    return { kind: "percent", amount: n.value, decimals: n.decimals, negative };
  }
  return null;
}

function isDownVerb(verb: string): boolean {
  return verb === "少" || DOWN_VERBS.some((source) => new RegExp(`^(?:${source})$`).test(verb));
}

function toChange(
  index: number,
  phrase: string,
  verbDown: boolean,
  parsed: ParsedAmount,
  respectively?: { position: number; of: number },
): StatedChange {
  const down = verbDown !== parsed.negative;
  const base: StatedChangeBase = {
    index,
    length: phrase.length,
    kind: parsed.kind,
    direction: down ? "down" : "up",
    decimals: parsed.decimals,
    phrase,
    ...(parsed.unit !== undefined ? { unit: parsed.unit } : {}),
    ...(respectively ? { respectively } : {}),
  };
  return parsed.amountKey !== undefined
    ? { ...base, amountKey: parsed.amountKey }
    : { ...base, amount: parsed.amount! };
}

/** Every change the text states, in order of appearance. */
export function findStatedChanges(text: string): StatedChange[] {
  const changes: StatedChange[] = [];
  const re = new RegExp(CHANGE_SOURCE, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m.groups as AmountGroups;
    const index = m.index;
    if (g.flat !== undefined) {
      changes.push({ index, length: m[0].length, kind: "flat", direction: "flat", amount: 0, decimals: 0, phrase: m[0] });
      continue;
    }
    if (g.fan !== undefined) {
      // Doubling n times multiplies by 2ⁿ: 翻两番 is ×4, a 300% increase.
      const times = FAN_MULTIPLES[g.fanCount ?? "一"];
      changes.push({
        index, length: m[0].length, kind: "multiple", direction: "up",
        amount: (2 ** times - 1) * 100, decimals: 0, phrase: m[0],
      });
      continue;
    }
    if (g.level !== undefined) {
      const { value, decimals } = parseArabic(g.levelTimes!);
      const change = clean((value - 1) * 100);
      changes.push({
        index, length: m[0].length, kind: "multiple",
        direction: change > 0 ? "up" : change < 0 ? "down" : "flat",
        amount: Math.abs(change), decimals, phrase: m[0],
      });
      continue;
    }
    const verb = g.verb!;
    if (COMPARATIVES.includes(verb) && !g.prefix) continue;
    const first = parseAmount(g);
    if (first === null) continue;
    const verbDown = isDownVerb(verb);
    if (g.resp === undefined && g.respBefore === undefined) {
      changes.push(toChange(index, m[0], verbDown, first));
      continue;
    }
    const group: { index: number; phrase: string; parsed: ParsedAmount }[] = [
      { index, phrase: m[0], parsed: first },
    ];
    const cont = new RegExp(CONTINUATION_SOURCE, "y");
    cont.lastIndex = re.lastIndex;
    let c: RegExpExecArray | null;
    while ((c = cont.exec(text)) !== null) {
      const parsed = parseAmount(c.groups as AmountGroups);
      if (parsed === null) break;
      // The phrase is the amount itself; the joining 和 belongs to neither side.
      const amountText = c[0].replace(/^\s*(?:、|和|及|与|以及)\s*/, "");
      group.push({ index: c.index + c[0].length - amountText.length, phrase: amountText, parsed });
      re.lastIndex = cont.lastIndex;
    }
    group.forEach((item, position) =>
      changes.push(
        toChange(item.index, item.phrase, verbDown, item.parsed, group.length > 1 ? { position, of: group.length } : undefined),
      ),
    );
  }
  return changes;
}

function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (SENTENCE_END.test(text[i])) return i + 1;
  return 0;
}

function decimalsOf(printed: string): number {
  const dot = printed.indexOf(".");
  return dot < 0 ? 0 : printed.length - dot - 1;
}

interface ResolvedChange {
  kind: StatedChangeKind;
  direction: StatedChangeDirection;
  amount: number;
  decimals: number;
  unit?: string;
}

// A token amount takes its value, and unless a suffix was written its kind, from its metric.
function resolveAmount(change: StatedChange, metrics: ReadonlyMap<string, ChangeCheckMetric>): ResolvedChange | null {
  if (change.amountKey === undefined) {
    return { kind: change.kind, direction: change.direction, amount: change.amount, decimals: change.decimals, unit: change.unit };
  }
  const metric = metrics.get(change.amountKey);
  if (metric === undefined || metric.value === null || !Number.isFinite(metric.value)) return null;
  const magnitude = Math.abs(metric.value);
  const decimals = decimalsOf(formatMetricValue(magnitude));
  const flipped = metric.value < 0;
  const direction: StatedChangeDirection =
    flipped ? (change.direction === "up" ? "down" : "up") : change.direction;
  const writtenSuffix = /(?:百分点|倍)$/.test(change.phrase);
  let kind = change.kind;
  let unit: string | undefined;
  if (!writtenSuffix) {
    if (metric.unit === "个百分点" || metric.unit === "百分点") kind = "points";
    else if (metric.unit === "倍") kind = "multiple";
    else if (PERCENT_UNITS.has(metric.unit)) kind = "percent";
    else {
      kind = "absolute";
      unit = metric.unit;
    }
  }
  const amount = kind === "multiple" ? clean(magnitude * 100) : magnitude;
  return { kind, direction, amount, decimals, unit };
}

/**
 * True when the stated magnitude is the computed one rounded half away from zero, or cut off,
 * at the stated precision: drafts truncate (11.68 → 11.6) about as often as they round.
 */
function matchesAtPrecision(computed: number, stated: number, decimals: number): boolean {
  const d = Math.min(decimals, 6);
  const f = 10 ** d;
  const statedInt = Math.round(stated * f);
  const roundedInt = Math.round(roundHalfAwayFromZero(computed, d) * f);
  // toFixed first: 0.29 × 100 is 28.999999999999996, which would truncate to 28.
  const truncatedInt = Math.floor(Number((computed * f).toFixed(6)));
  return statedInt === roundedInt || statedInt === truncatedInt;
}

function describeChange(kind: StatedChangeKind, computed: number, unit: string): string {
  const magnitude = Math.abs(computed);
  if (kind === "points") {
    if (roundHalfAwayFromZero(magnitude, 2) === 0) return "与上年持平";
    return `${computed > 0 ? "提高" : "下降"}${formatDecimal(magnitude, 2)}个百分点`;
  }
  if (kind === "absolute") {
    if (roundHalfAwayFromZero(magnitude, 2) === 0) return "与上年持平";
    return `${computed > 0 ? "增加" : "减少"}${formatDecimal(magnitude, 2)}${unit}`;
  }
  if (roundHalfAwayFromZero(magnitude, 2) === 0) return "与上年持平";
  if (kind === "multiple" && computed > 0) return `增长${formatDecimal(magnitude / 100, 2)}倍`;
  return `${computed > 0 ? "增长" : "下降"}${formatDecimal(magnitude, 2)}%`;
}

function candidatesFor(
  text: string,
  nearestFirst: readonly MetricToken[],
  change: StatedChange,
  resolved: ResolvedChange,
  metrics: ReadonlyMap<string, ChangeCheckMetric>,
): string[] {
  const start = sentenceStart(text, change.index);
  const keys: string[] = [];
  for (const token of nearestFirst) {
    if (token.index < start || token.index + token.length > change.index) continue;
    const metric = metrics.get(token.key);
    if (metric === undefined || metric.value === null || metric.previousValue === null) continue;
    // A points change can only describe a percentage, an absolute one only a figure in its unit;
    // a percent change is not filtered, because one written after a percentage is exactly the
    // 增长244%-for-12.5%→43% slip this check exists to catch.
    if (resolved.kind === "points" && !PERCENT_UNITS.has(metric.unit)) continue;
    if (resolved.kind === "absolute" && metric.unit !== resolved.unit) continue;
    keys.push(token.key);
  }
  return keys;
}

/**
 * Checks each stated change against the nearest figure before it in its sentence that has both
 * years' values. Changes with no such figure are not reported: there is nothing to check them by.
 */
export function checkStatedChanges(
  text: string,
  metrics: ReadonlyMap<string, ChangeCheckMetric>,
): ChangeFinding[] {
  const findings: ChangeFinding[] = [];
  const nearestFirst = parseMetricTokens(text).reverse();
  for (const change of findStatedChanges(text)) {
    const resolved = resolveAmount(change, metrics);
    if (resolved === null) continue;
    const keys = candidatesFor(text, nearestFirst, change, resolved, metrics);
    // Respective amounts pair with the last `of` figures in order: the first with the farthest.
    const pick = change.respectively ? keys[change.respectively.of - 1 - change.respectively.position] : keys[0];
    if (pick === undefined) continue;
    const metric = metrics.get(pick)!;
    const finding = judge(change, resolved, pick, metric, metrics);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}

function judge(
  change: StatedChange,
  resolved: ResolvedChange,
  key: string,
  metric: ChangeCheckMetric,
  metrics: ReadonlyMap<string, ChangeCheckMetric>,
): ChangeFinding | null {
  const value = metric.value!;
  const previous = metric.previousValue!;
  if (!Number.isFinite(value) || !Number.isFinite(previous)) return null;
  const yoy = yearOverYear(value, previous)!;
  const isPercentFigure = PERCENT_UNITS.has(metric.unit);
  const sign = resolved.direction === "down" ? -1 : resolved.direction === "up" ? 1 : 0;
  const stated = clean(sign * resolved.amount);
  const quoted = renderMetrics(change.phrase, metrics);
  const fromTo = `${metric.label}由${formatMetricValue(previous)}${metric.unit}到${formatMetricValue(value)}${metric.unit}`;
  const base = { index: change.index, length: change.length, phrase: change.phrase, key, stated, kind: resolved.kind };
  const verdict = (ok: boolean, computed: number, reason: ChangeFindingReason, describedAs: StatedChangeKind): ChangeFinding => {
    const description = describeChange(describedAs, computed, metric.unit);
    const message = ok
      ? `“${quoted}”与指标计算结果相符：${fromTo}，${description}`
      : `“${quoted}”与指标计算结果不符：${fromTo}，应为${description}`;
    return { ...base, computed, ok, reason, message };
  };

  if (resolved.kind === "flat") {
    const computed = isPercentFigure || yoy.ratio === null ? yoy.delta : clean(yoy.ratio * 100);
    const describedAs = isPercentFigure ? "points" : yoy.ratio === null ? "absolute" : "percent";
    // 基本持平 tolerates what rounds away at the precision formatChange prints; plain 持平 does not.
    const tolerance = describedAs === "percent" ? 0.05 : 0.005;
    const ok = yoy.delta === 0 || (/基本/.test(change.phrase) && Math.abs(computed) < tolerance);
    return verdict(ok, computed, ok ? "match" : "mismatch", describedAs);
  }
  if ((resolved.kind === "percent" || resolved.kind === "multiple") && isPercentFigure) {
    return verdict(false, yoy.delta, "use-points", "points");
  }
  let computed: number;
  let statedScaled = resolved.amount;
  let computedScaled: number;
  switch (resolved.kind) {
    case "percent":
      if (yoy.ratio === null) return null; // no base year to take a percentage of
      computed = clean(yoy.ratio * 100);
      computedScaled = computed;
      break;
    case "multiple":
      if (yoy.ratio === null) return null;
      computed = clean(yoy.ratio * 100);
      // Precision was written on the multiplier (增长1.5倍), so compare there.
      computedScaled = yoy.ratio;
      statedScaled = resolved.amount / 100;
      break;
    default:
      computed = yoy.delta;
      computedScaled = computed;
  }
  const ok =
    yoy.direction === resolved.direction &&
    matchesAtPrecision(Math.abs(computedScaled), statedScaled, resolved.decimals);
  return verdict(ok, computed, ok ? "match" : "mismatch", resolved.kind);
}
