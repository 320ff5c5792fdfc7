// A year before the report's year, written as a year of events ("2024年，青山街道…", "2024年10月召开"), in a
// report started from last year's text is almost always a sentence carried over unedited. A comparison with
// that year (较2024年, 比2024年增长, 与2024年相比, 2024年同期, 2024年底的) names it on purpose and is not raised.
export interface StaleYear {
  index: number;
  length: number;
  year: number;
}

const YEAR = /(?<![\d])((?:19|20)\d{2})年/g;
const COMPARED_BEFORE = /(?:较|比|与|同|对比|相比|高于|低于|超过|自|从)$/;
const COMPARED_AFTER = /^(?:同期|底|末|相比|比较|以来|的基础上|水平)/;

export function findStaleYears(text: string, reportYear: number): StaleYear[] {
  const out: StaleYear[] = [];
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year >= reportYear) continue;
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const after = text.slice(m.index + m[0].length);
    if (COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(after)) continue;
    // Inside a title 《2024年…》 it names a document, which may well be last year's.
    const open = text.lastIndexOf("《", m.index);
    if (open >= 0 && text.lastIndexOf("》", m.index) < open) continue;
    out.push({ index: m.index, length: m[0].length, year });
  }
  return out;
}
