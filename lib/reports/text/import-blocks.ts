// Splits pasted text (a summary copied from a web page, a .docx or a chat) into typed blocks for
// the import screen: title, opening, the three parts with one block per item, closing, 落款, and
// the junk lines a copy from a template site brings along. Nothing is dropped: junk becomes a
// REMOVED block with its reason, so the user can see and restore it.

import { matchLeadingNumber } from "./numbering";

export type ImportBlockKind =
  | "TITLE"
  | "OPENING"
  | "ACHIEVEMENTS_TITLE"
  | "ACHIEVEMENT"
  | "PROBLEMS_TITLE"
  | "PROBLEM"
  | "PLAN_TITLE"
  | "PLAN"
  | "CLOSING"
  | "SIGNATURE"
  | "REMOVED";
export type RemovalReason = "ad" | "contact" | "url" | "notice" | "compiler" | "page-marker";
export interface ImportBlock {
  kind: ImportBlockKind;
  text: string;
  reason?: RemovalReason;
}

const CN = "[一二三四五六七八九十]+";
const HAN = "\\p{Script=Han}";

// ---------------------------------------------------------------------------------------------
// Junk lines. Only short lines are candidates: real paragraphs are long, and a long paragraph
// that mentions 会员 or 版权 is content, not a site notice.
const JUNK_MAX = 90;

const PAGE_MARKER = /^(?:第\s*\d+\s*页\s*[,，/、]?\s*共\s*\d+\s*页|[-—－]\s*\d+\s*[-—－]|\d+\s*\/\s*\d+|[`'"~^]{1,4})$/u;
const PAGE_MARKER_PREFIX = /^第\s*\d+\s*页\s*[,，/、]?\s*共\s*\d+\s*页/u;
const URL = /https?:\/\/|www\.|[a-z0-9-]+\.(?:com|cn|net|org|cc|top)\b/iu;
const CONTACT = /(?:QQ|qq|微信|VX|vx|电话|手机|热线|邮箱)\s*(?:号|群)?\s*[:：]?\s*[0-9A-Za-z_@.-]{5,}/u;
const COMPILER = /小编|范文作者|[作]者[:：]|来源[:：]|來源[:：]|为大家整理|收集整理|某某整理|整理[:：]/u;
const NOTICE =
  /仅供(?:学习|参考|站内)|僅供|禁止外传|版[权權](?:说明|說明|所有|归|歸|声明|聲明)|本文档由|内容提供方|^(?:内容预览|文本内容|正文内容|全文预览)[:：]?$|全文共\d+字|^-?\s*\d+(?:\.\d+)?\s*[KM]B$|^-?\s*\d{4}-\d{1,2}-\d{1,2}\s*发布$|^(?:时间[:：]\s*)?\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\.(?:docx?|pdf|wps)$/u;
const AD =
  /我要投稿|投诉建议|点此注册|刷新页面|正式會員|会员|VIP|相关文档|相關文檔|您可能关注|文档评论|下载本文|收藏本页|位置[:：]|^第[一二三四五六七八九十0-9]+篇[:：]|内容页$|篇\s*[0-9一二三四五六七八九十]+$/u;
// Listing headings of template sites: "…(范文推荐)", "…(汇总14篇)", "…范文".
const LISTING = /范文|範文|汇总\d+篇|精选\d*篇|\d+篇$/u;

function junkReason(line: string): RemovalReason | null {
  if (PAGE_MARKER.test(line)) return "page-marker";
  if (line.length > JUNK_MAX) return null;
  if (URL.test(line)) return "url";
  if (CONTACT.test(line)) return "contact";
  if (COMPILER.test(line)) return "compiler";
  if (NOTICE.test(line)) return "notice";
  // Ad words (会员, VIP, 相关文档) also occur in real sentences; only a short line is a site widget.
  if (line.length <= 30 && AD.test(line)) return "ad";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Titles.
const TITLE_WORD = /(?:总结|總結|报告|報告|计划|計劃|計畫|述职|述職|汇报|匯報|发言|發言|情况|情況)/u;
const TITLE_WORD_END = /(?:工作总结|工作總結|总结|總結|述职报告|述職報告|工作报告|工作報告|工作回顾|工作回顧|工作汇报|工作匯報)/gu;
const SENTENCE_PUNCT = /[。，,；;！？!?]/u;

function stripTitleDecor(line: string): string {
  return line
    .replace(/^(?:标题|標題)\s*[:：]\s*/u, "")
    .replace(/\s*[|｜]\s*$/u, "")
    .trim();
}

function isTitleLike(line: string): boolean {
  return (
    line.length <= 50 && !SENTENCE_PUNCT.test(line) && matchLeadingNumber(line) === null && TITLE_WORD.test(line)
  );
}

/** "2024年工作总结2024年，我社区…" → ["2024年工作总结", "2024年，我社区…"]; null when not fused. */
function splitFusedTitle(line: string): [string, string] | null {
  const bracketed = /^【([^】]{2,40})】\s*(.+)$/u.exec(line);
  if (bracketed && TITLE_WORD.test(bracketed[1])) return [bracketed[1], bracketed[2]];
  const head = line.split(/[，,。：:；;]/u)[0];
  let cut = -1;
  for (const m of head.matchAll(TITLE_WORD_END)) {
    if (m.index + m[0].length <= 40) cut = m.index + m[0].length;
  }
  if (cut < 4) return null;
  const rest = line.slice(cut).trim();
  // The rest must read as prose; "…总结及2026年工作计划" is still the title.
  if (rest.length < 15 || !SENTENCE_PUNCT.test(rest)) return null;
  return [line.slice(0, cut).trim(), rest];
}

// ---------------------------------------------------------------------------------------------
// Part titles, tested on the text after its typed number and any "第一板块：" prefix.
const PART_PREFIX = new RegExp(`^第${CN}(?:板块|部分|章|篇)[:：]?\\s*`, "u");
const YEAR_PREFIX = `(?:[0-9]{4}|[XxＸ×*＊]{2,4}|20[XxＸ×*＊]{2}|[一二三四五六七八九十〇○零]{4})年度?`;
const ACHIEVEMENTS_TITLE = new RegExp(
  `^(?:${YEAR_PREFIX}|上半年|下半年|本年度|今年|本学期|全年|一年来)?(?:${HAN}{0,8}?)?(?:主要)?工作(?:完成情况|总结|總結|回顾|回顧|成效|成绩|成績|开展情况|開展情況|进展情况)$|^(?:${YEAR_PREFIX})?(?:主要成绩|主要做法|工作成效|主要工作及成效|工作开展情况)$`,
  "u",
);
const PROBLEMS_TITLE =
  /^(?:[^。，,；;！？!?]{0,12}?)(?:存在的?(?:主要|突出)?(?:问题|問題|不足)|(?:问题|問題)(?:与|和|及|與)不足|不足之处|不足之處|不足与改进|不足與改進|困难和问题|问题和困难)(?:(?:与|和|及|與)(?:不足|改进措施|整改措施|原因分析|建议))?$/u;
const PLAN_TITLE = new RegExp(
  [
    `^(?:${YEAR_PREFIX}|下一步|下步|明年|来年|今后|下半年|下学期|新的一年|新一年)(?:的)?(?:工作)?(?:计划|計劃|計畫|打算|思路|设想|設想|安排|重点|方向|目标)(?:(?:和|与|及)(?:措施|打算|目标))?$`,
    `^(?:工作)(?:计划|計劃|打算|思路|设想|安排)$`,
    `^(?:未来规划(?:与目标)?|未来展望|今后努力方向|今后的努力方向|努力方向|相关建议|意见建议|下一步工作)$`,
  ].join("|"),
  "u",
);

type Part = "ACHIEVEMENT" | "PROBLEM" | "PLAN";

function partTitleOf(bare: string): { part: Part | "ACHIEVEMENTS"; title: string } | null {
  const title = bare.replace(PART_PREFIX, "").replace(/[：:。]$/u, "").trim();
  if (title.length > 30 || title === "") return null;
  if (PROBLEMS_TITLE.test(title)) return { part: "PROBLEM", title };
  if (PLAN_TITLE.test(title)) return { part: "PLAN", title };
  if (ACHIEVEMENTS_TITLE.test(title)) return { part: "ACHIEVEMENTS", title };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Item numbers. Levels beyond GB/T 9704's four: 一是 (5), 第一，/首先 (6), "- " bullets (7),
// "1.1" section numbers (8) and bare one-line headings over bullets (9).
type Level = number;
interface Numbered {
  level: Level;
  rest: string;
}

const ORDINAL_WORD = /^(?:第[一二三四五六七八九十]+[，,、]|首先[，,]|其次[，,]|再次[，,]|再者[，,])/u;
const YISHI = new RegExp(`^${CN}是`, "u");
const CIRCLED = /^[①-⑳]\s*/u;
const SECTION_NUMBER = /^[0-9]+\.[0-9]+(?=\p{Script=Han})(?![万亿億元])/u;
const DIGIT_SPACE = /^[0-9]{1,2}[ \u3000]+(?=\p{Script=Han})/u;
const DIGIT_COMMA = /^[0-9]{1,2}[,，](?=\p{Script=Han})/u;
const BULLET = /^[-•·●▪]\s+/u;

function numberOf(line: string): Numbered | null {
  const gb = matchLeadingNumber(line);
  if (gb) return { level: gb.level, rest: gb.rest };
  const section = SECTION_NUMBER.exec(line);
  if (section) return { level: 8, rest: line.slice(section[0].length).trim() };
  for (const [re, level] of [
    [CIRCLED, 4],
    [DIGIT_SPACE, 3],
    [DIGIT_COMMA, 3],
    [BULLET, 7],
  ] as const) {
    const m = re.exec(line);
    if (m) return { level, rest: line.slice(m[0].length).trim() };
  }
  // 一是… keeps its words: "一是主动学思" reads as a sentence, the number is part of it.
  if (YISHI.test(line)) return { level: 5, rest: line };
  if (ORDINAL_WORD.test(line)) return { level: 6, rest: line };
  return null;
}

// ---------------------------------------------------------------------------------------------
// A document pasted as one line: split before inline numbers that follow a sentence end or a space.
// Breaks before 一、 （一） 1、 after a sentence end, or before 一、 （一） after a space.
const INLINE_BREAK = new RegExp(
  `(?<=[。；;！？!?])\\s*(?=${CN}、|[（(]${CN}[）)]|[0-9]{1,2}、)|(?<=\\S)[ \\u3000]+(?=${CN}、|[（(]${CN}[）)])`,
  "gu",
);
// 一是/二是 break a piece only inside a numbered heading's text ("一、成效 一是… 二是…"): in an
// unnumbered opening paragraph they are the sentence's own enumeration and stay in it.
const YISHI_BREAK = new RegExp(`(?<=[。；;！？!?]|\\S[ \\u3000])[ \\u3000]*(?=${CN}是)`, "gu");
const MAJOR_NUMBER = new RegExp(`^(?:${CN}、|[（(]${CN}[）)])`, "u");

function splitInline(line: string): string[] {
  const out: string[] = [];
  for (const piece of line.split(INLINE_BREAK)) {
    const trimmed = piece.trim();
    if (trimmed === "") continue;
    if (!MAJOR_NUMBER.test(trimmed)) {
      out.push(trimmed);
      continue;
    }
    for (const sub of trimmed.split(YISHI_BREAK)) if (sub.trim() !== "") out.push(sub.trim());
  }
  return out;
}

/** "2014年工作总结  2014年，是…" → heading and body, when a short heading is followed by a space. */
function splitHeadingAtSpace(rest: string): [string, string] | null {
  const m = /^(\S{2,30}?)[ \u3000]+(\S.*)$/u.exec(rest);
  if (!m || SENTENCE_PUNCT.test(m[1])) return null;
  return [m[1], m[2]];
}

// ---------------------------------------------------------------------------------------------
const CLOSING_START = /^(?:总之|總之|总而言之|綜上|综上所述|新的一年|新的一年里|展望未来|展望20|回首|最后，我们|我们相信|我们坚信)/u;
const SIGN_DATE = new RegExp(
  `^(?:[0-9]{4}|[一二三四五六七八九十〇○零]{4}|20[XxＸ×*＊_]{2})年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[XxＸ×*＊_]{1,2})月(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[XxＸ×*＊_]{1,2})日)?$`,
  "u",
);
const SIGN_LINE = /^(?:述职人|汇报人|报告人|撰写人|填报人|落款)[:：]|^(?=.{2,30}$)[^，。,；;！？!?：:]*(?:委员会|党支部|党委|党总支|社区|街道办事处|街道|办事处|公司|学校|医院|法院|卫生院|局|中心|小学|中学|大学|学院|村委会|居委会)$/u;

/** Splits pasted text into import blocks; see the file comment. */
export function parseImportBlocks(text: string): ImportBlock[] {
  const raw = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");

  // Pass 1: junk, page markers glued to text, inline headings.
  // `sign` marks 落款 lines; a flag, not an index, because fused titles splice pieces in later.
  type Piece = { text: string; junk: RemovalReason | null; sign?: boolean };
  const pieces: Piece[] = [];
  for (const line of raw) {
    const reason = junkReason(line);
    if (reason) {
      pieces.push({ text: line, junk: reason });
      continue;
    }
    let body = line;
    const marker = PAGE_MARKER_PREFIX.exec(body);
    if (marker) {
      pieces.push({ text: marker[0], junk: "page-marker" });
      body = body.slice(marker[0].length).trim();
    }
    for (const piece of splitInline(body)) pieces.push({ text: piece, junk: null });
  }

  // Listing headings: a title-like line with 范文/汇总N篇 right before the real title.
  const content = pieces.map((p, i) => ({ ...p, i })).filter((p) => p.junk === null);
  const listing = (l: string) => LISTING.test(l) && l.length <= 50 && !SENTENCE_PUNCT.test(l);
  if (content.length >= 2 && listing(content[0].text)) {
    const next = stripTitleDecor(content[1].text);
    if (isTitleLike(next) || splitFusedTitle(next) !== null) pieces[content[0].i].junk = "ad";
  }

  // Signature: trailing date and unit lines.
  const signature: Piece[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if (p.junk) continue;
    if (SIGN_DATE.test(p.text) || SIGN_LINE.test(p.text)) signature.push(p);
    else break;
  }
  // A lone unit line with no date is more likely a heading; keep it only with a date.
  if (signature.some((p) => SIGN_DATE.test(p.text))) for (const p of signature) p.sign = true;

  const blocks: ImportBlock[] = [];
  let titled = false;
  let seenContent = false;
  let part: Part = "ACHIEVEMENT";
  let itemLevel: Level | null = null;
  let current: ImportBlock | null = null;
  let closing = false;
  let anyItem = false;

  const startItem = (first: string, level: Level | null) => {
    itemLevel = level;
    current = { kind: part, text: first };
    blocks.push(current);
    anyItem = true;
  };
  const startPart = (p: Part | "ACHIEVEMENTS", title: string) => {
    const kind = p === "ACHIEVEMENTS" ? "ACHIEVEMENTS_TITLE" : p === "PROBLEM" ? "PROBLEMS_TITLE" : "PLAN_TITLE";
    blocks.push({ kind, text: title });
    part = p === "ACHIEVEMENTS" ? "ACHIEVEMENT" : p;
    itemLevel = null;
    current = null;
    closing = false;
  };

  for (let i = 0; i < pieces.length; i++) {
    const { text: line, junk, sign } = pieces[i];
    if (junk) {
      blocks.push({ kind: "REMOVED", text: line, reason: junk });
      continue;
    }
    if (sign) {
      blocks.push({ kind: "SIGNATURE", text: line });
      continue;
    }

    // Title: only the first content line can be one.
    if (!seenContent) {
      seenContent = true;
      const decor = stripTitleDecor(line);
      if (isTitleLike(decor)) {
        blocks.push({ kind: "TITLE", text: decor });
        titled = true;
        continue;
      }
      const fused = splitFusedTitle(decor);
      if (fused) {
        blocks.push({ kind: "TITLE", text: fused[0] });
        titled = true;
        // The rest is the opening; it may itself hold inline headings.
        pieces.splice(i + 1, 0, { text: fused[1], junk: null });
        continue;
      }
    } else if (titled && !anyItem && blocks.every((b) => b.kind !== "OPENING")) {
      // The title repeated at the head of the opening (copied page header + body).
      const title = blocks.find((b) => b.kind === "TITLE")?.text;
      if (title && line.startsWith(title) && line.length > title.length) {
        blocks.push({ kind: "TITLE", text: title });
        pieces.splice(i + 1, 0, { text: line.slice(title.length).trim(), junk: null });
        continue;
      }
    }

    const numbered = numberOf(line);
    let bare = numbered ? numbered.rest : line;
    // "三、存在问题与改进措施 尽管…": a part title followed by its first paragraph.
    let tail: string | null = null;
    const atSpace = splitHeadingAtSpace(bare);
    if (atSpace && partTitleOf(atSpace[0])) [bare, tail] = atSpace;

    const partTitle = bare.length <= 34 ? partTitleOf(bare) : null;
    if (partTitle && (partTitle.part !== "ACHIEVEMENTS" || (!anyItem && part === "ACHIEVEMENT"))) {
      startPart(partTitle.part, partTitle.title);
      if (tail !== null) pieces.splice(i + 1, 0, { text: tail, junk: null });
      continue;
    }

    if (closing || (CLOSING_START.test(line) && numbered === null && anyItem)) {
      closing = true;
      blocks.push({ kind: "CLOSING", text: line });
      continue;
    }

    // A one-line heading over "- " bullets is an item of its own (审判工作质效显著提升).
    const next = pieces[i + 1];
    const bareHeading =
      numbered === null &&
      line.length <= 24 &&
      !/[。，,；;：:！？!?、]/u.test(line) &&
      next !== undefined &&
      next.junk === null &&
      BULLET.test(next.text);
    const level = numbered ? numbered.level : bareHeading ? 9 : null;

    if (level !== null && (itemLevel === null || level === itemLevel)) {
      // A numbered line that would start the first item but is followed by more text on the same
      // line after a space keeps that text: "一、2014年工作总结  2014年…" was handled above.
      startItem(numbered ? numbered.rest : line, level);
    } else if (current !== null) {
      const item: ImportBlock = current;
      item.text += `\n${line}`;
    } else if (part === "ACHIEVEMENT") {
      blocks.push({ kind: "OPENING", text: line });
    } else {
      // An unnumbered first paragraph of the problems or plan part is kept as an item.
      startItem(line, null);
      itemLevel = null;
    }
  }
  return blocks;
}

/** Items per part, for the quality bench and quick checks. */
export function countImportItems(blocks: readonly ImportBlock[]): { achievements: number; problems: number; plan: number } {
  return {
    achievements: blocks.filter((b) => b.kind === "ACHIEVEMENT").length,
    problems: blocks.filter((b) => b.kind === "PROBLEM").length,
    plan: blocks.filter((b) => b.kind === "PLAN").length,
  };
}
