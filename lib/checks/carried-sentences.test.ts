import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findUnboundNumbers } from "./unbound-numbers";
import { carriedFacts, carriedSpans, parseCarried, sentencesOf, splitSentences, stillCarried, storeCarried } from "./carried-sentences";

describe("splitSentences", () => {
  it("splits after Chinese and Latin stops and at line breaks, keeping closing quotes with the sentence", () => {
    const text = "全年开展宣讲{{m:talks}}。举办“文化惠民”活动！\n  群众满意度提高；是否继续？好";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["全年开展宣讲{{m:talks}}。", "举办“文化惠民”活动！", "群众满意度提高；", "是否继续？", "好"]);
    expect(splitSentences("他说：“好。”然后走了。").map((s) => s.text)).toEqual(["他说：“好。”", "然后走了。"]);
  });

  it("gives offsets that cut the text exactly", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("。", "；", "\n", " ", "宣", "讲", "8", "”") }), (text) => {
        for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 500 },
    );
  });
});

describe("carried sentences", () => {
  const heading = "抓实理论宣讲。";
  const body = "全年开展宣讲86场。于10月18日召开表彰会。覆盖居民5200余人次。";
  const carried = sentencesOf(heading, body);

  it("keeps a sentence while it reads as it came and drops it once edited", () => {
    expect(carried).toHaveLength(4);
    expect(stillCarried(carried, heading, body)).toEqual(carried);
    const edited = body.replace("于10月18日召开表彰会。", "于12月6日召开表彰会。");
    expect(stillCarried(carried, heading, edited)).toEqual(["抓实理论宣讲。", "全年开展宣讲86场。", "覆盖居民5200余人次。"]);
    // A sentence moved to another paragraph is still the same sentence.
    expect(stillCarried(carried, heading, body.replace("。于", "。\n于"))).toEqual(carried);
  });

  it("marks the carried sentences where they stand", () => {
    const spans = carriedSpans(body, new Set(["于10月18日召开表彰会。"]));
    expect(spans.map((s) => body.slice(s.start, s.end))).toEqual(["于10月18日召开表彰会。"]);
    expect(carriedSpans(body, new Set())).toEqual([]);
  });

  it("stores and reads the list, and reads anything else as none", () => {
    expect(parseCarried(storeCarried(["a。", "a。", "b。"]))).toEqual(["a。", "b。"]);
    expect(storeCarried([])).toBeNull();
    expect(parseCarried(null)).toEqual([]);
    expect(parseCarried("{")).toEqual([]);
    expect(parseCarried('{"a":1}')).toEqual([]);
    expect(parseCarried('["a。", 3]')).toEqual(["a。"]);
  });
});

describe("carriedFacts", () => {
  it("finds the dates and the figures typed as text in the carried sentences only", () => {
    const body = "全年开展宣讲{{m:talks}}，覆盖居民5200余人次。于10月18日召开表彰会。12月举办文化节，参与群众300人。";
    const carried = new Set(["全年开展宣讲{{m:talks}}，覆盖居民5200余人次。", "于10月18日召开表彰会。"]);
    const facts = carriedFacts(body, carried, findUnboundNumbers);
    expect(facts.map((f) => [f.kind, f.match, body.slice(f.index, f.index + f.length)])).toEqual([
      ["figure", "5200", "5200"],
      ["date", "10月18日", "10月18日"],
    ]);
    expect(carriedFacts(body, new Set(), findUnboundNumbers)).toEqual([]);
  });
});
