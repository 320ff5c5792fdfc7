// A first guess at label and unit for a figure the writer is registering from prose ("开展宣讲86场" →
// 开展宣讲 / 场), so the register form opens pre-filled. Only a guess: the form stays editable.
import { matchUnitAt } from "./figure-units";

export interface FigureGuess {
  /** The number typed; null for a placeholder (X, XX, X余) or anything unparsable. */
  value: number | null;
  label: string;
  unit: string;
  /** Characters from `end` covered by the unit, including a skipped 余/多 ("余人次" → 3). */
  unitLength: number;
}

const HAN = /\p{Script=Han}/u;
const PLACEHOLDER = /^[XxＸｘ×]+(?:\.[XxＸｘ×]+)?$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
// What may end the walk right before the phrase and means "a figure ended here", so the phrase
// starts with that figure's unit ("投入85万元建设书屋3个": 万元 belongs to 85, not to 书屋).
const FIGURE_END = /[0-9０-９XxＸｘ×}%]/;
const APPROX = ["余", "多"];
const MAX_LABEL = 12;
// How far back to look at all; a clause longer than this is not a label anyway.
const MAX_WALK = 40;

// Counting words around a figure that say how it was counted, not what it counts. Longest first
// so 共计 goes before 共.
const LEADING_WORDS = [
  "本年度", "不少于", "共计", "累计", "全年", "年内", "今年", "达到", "超过", "突破", "其中", "总计", "合计",
  "共", "达", "为", "约", "新", "并", "另",
];
const TRAILING_WORDS = [
  "不少于", "不低于", "共计", "达到", "累计", "超过", "突破", "高达", "多达", "总计", "合计",
  "达", "为", "约", "共", "近", "逾",
];
// 新 before these is part of the verb (新建社区书屋, 新增), not the adverb "newly".
const NEW_VERB_TAILS = ["建", "增"];
// Nouns that end like a counting word (不文明行为X起, 居民公约X份): stripping would cut the noun.
const KEEP_ENDINGS = ["行为", "作为", "公约", "条约", "合约", "契约", "签约", "预约", "节约"];

// After "社区、楼栋开展宣讲" the phrase starts with the last item of a list of places or objects; the
// figure's own phrase starts at the verb.
const DOING_VERBS = [
  "开展", "举办", "组织", "推送", "张贴", "发放", "接待", "覆盖", "参加", "参与", "获得", "完成", "建成",
  "新建", "组建", "投资", "投入", "评出", "推出", "召开", "走访", "慰问", "培训", "宣讲", "开放",
  "形成", "引导",
];

function parseValue(literal: string): number | null {
  const bare = APPROX.includes(literal.at(-1) ?? "") ? literal.slice(0, -1) : literal;
  if (PLACEHOLDER.test(bare)) return null;
  const normalised = bare
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, ".")
    .replace(/,/g, "");
  if (!NUMBER.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

function unitAfter(text: string, end: number): { unit: string; unitLength: number } {
  const direct = matchUnitAt(text, end);
  if (direct) return { unit: direct, unitLength: direct.length };
  // 余/多 counts only when a unit follows: "5200余人" is about people, a bare "多" may be anything.
  if (APPROX.includes(text[end] ?? "")) {
    const unit = matchUnitAt(text, end + 1);
    if (unit) return { unit, unitLength: unit.length + 1 };
  }
  return { unit: "", unitLength: 0 };
}

function stripLeading(phrase: string): string {
  for (;;) {
    const word = LEADING_WORDS.find((w) => phrase.startsWith(w));
    if (!word) return phrase;
    if (word === "新" && NEW_VERB_TAILS.some((t) => phrase.startsWith(t, 1))) return phrase;
    phrase = phrase.slice(word.length);
  }
}

function stripTrailing(phrase: string): string {
  for (;;) {
    if (KEEP_ENDINGS.some((e) => phrase.endsWith(e))) return phrase;
    const word = TRAILING_WORDS.find((w) => phrase.endsWith(w));
    if (!word) return phrase;
    phrase = phrase.slice(0, -word.length);
  }
}

/** The list-item cut described at DOING_VERBS, plus "A、B、C等先进典型" → 先进典型. */
function afterList(phrase: string): string {
  const deng = phrase.lastIndexOf("等");
  if (deng >= 0 && deng < phrase.length - 1) return phrase.slice(deng + 1);
  let cut = -1;
  for (const verb of DOING_VERBS) {
    const at = phrase.indexOf(verb, 1);
    if (at > 0 && (cut < 0 || at < cut)) cut = at;
  }
  return cut > 0 ? phrase.slice(cut) : phrase;
}

/**
 * The last MAX_LABEL characters, started at a verb inside them when there is one, so a long clause
 * gives 开展送戏进社区演出 rather than the cut-off 业院团开展送戏进社区演出.
 */
function keepEnd(phrase: string): string {
  const tail = phrase.slice(-MAX_LABEL);
  let cut = -1;
  for (const verb of DOING_VERBS) {
    const at = tail.indexOf(verb);
    if (at >= 0 && (cut < 0 || at < cut)) cut = at;
  }
  return cut >= 0 ? tail.slice(cut) : tail;
}

function guessLabel(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_WALK && HAN.test(text[from - 1])) from--;
  let phrase = text.slice(from, start);
  const before = text[from - 1] ?? "";
  if (FIGURE_END.test(before)) {
    const approx = APPROX.includes(phrase[0] ?? "") ? 1 : 0;
    const unit = matchUnitAt(phrase, approx);
    if (unit) phrase = phrase.slice(approx + unit.length);
  }
  if (before === "、") phrase = afterList(phrase);
  phrase = stripLeading(stripTrailing(phrase));
  return phrase.length > MAX_LABEL ? keepEnd(phrase) : phrase;
}

/** Guesses label, unit and value for the number (or blank) at [start, end) of `text`. */
export function guessFigure(text: string, start: number, end: number): FigureGuess {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`not a range of the text: [${start}, ${end}) of ${text.length}`);
  }
  return { value: parseValue(text.slice(start, end)), label: guessLabel(text, start), ...unitAfter(text, end) };
}
