import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { fixChinesePunctuation as fix } from "./punctuation";

describe("fixChinesePunctuation: Chinese context", () => {
  it.each([
    ['他说"好的"然后', "他说“好的”然后"],
    ["他说'好'", "他说‘好’"],
    ['"中"\'文\'', "“中”‘文’"],
    ['("好")', "（“好”）"],
    ["全年开展宣讲86场,覆盖居民5200余人次.", "全年开展宣讲86场，覆盖居民5200余人次。"],
    ["现将工作情况总结如下:", "现将工作情况总结如下："],
    ["一是抓学习;二是抓落实", "一是抓学习；二是抓落实"],
    ["是否完成?", "是否完成？"],
    ["成效显著!", "成效显著！"],
    ["增长3.5%,同比", "增长3.5%，同比"],
    ["宣讲(含线上)86场", "宣讲（含线上）86场"],
    ["(1)加强学习", "（1）加强学习"],
    ["WPS (金山办公)", "WPS（金山办公）"],
    ["宣讲 , 覆盖", "宣讲，覆盖"],
    ["等等...", "等等……"],
    ["等等......", "等等……"],
    ["还有。。。", "还有……"],
    ["增长3.5%...", "增长3.5%……"],
    ["工作--成效", "工作——成效"],
    ["工作 -- 成效", "工作——成效"],
    ["使用WPS,提高效率", "使用WPS，提高效率"],
  ])("%s → %s", (input, expected) => {
    expect(fix(input)).toBe(expected);
  });
});

describe("fixChinesePunctuation: left alone", () => {
  it.each([
    "时间10:30开始",
    "共3,500人",
    "增长3.5个百分点",
    "1.加强学习",
    "Hello, world! (see) \"x\" don't 'y'...",
    "a--b",
    "文件名report.docx",
    "版本v1.2",
    "（一）已经是全角，“引号”也是。",
  ])("%s", (input) => {
    expect(fix(input)).toBe(input);
  });

  it("converts the colon after Chinese but not the one inside a time", () => {
    expect(fix("时间:10:30开始")).toBe("时间：10:30开始");
  });

  it("keeps apostrophes inside English words", () => {
    expect(fix("don't 说'OK'")).toBe("don't 说‘OK’");
  });

  it("keeps URLs and e-mail addresses byte for byte, converting only what follows them", () => {
    expect(fix("详见https://example.com/a?b=1,c=(2),谢谢")).toBe("详见https://example.com/a?b=1,c=(2)，谢谢");
    expect(fix("登录www.example.gov.cn/x?y=1查询")).toBe("登录www.example.gov.cn/x?y=1查询");
    expect(fix("联系a.b@example.com,谢谢")).toBe("联系a.b@example.com，谢谢");
  });

  it("keeps figure tokens and converts around them", () => {
    expect(fix("开展{{m:talks}}场,覆盖{{m:people_x}}人")).toBe("开展{{m:talks}}场，覆盖{{m:people_x}}人");
    expect(fix('"{{m:a}}"')).toBe('"{{m:a}}"');
  });

  it("pairs quotes within a line, not across lines", () => {
    expect(fix('他说"好\n然后"')).toBe('他说"好\n然后"');
  });
});

// Text that mixes Chinese, ASCII punctuation, digits, Latin, spaces, line breaks and tokens.
const piece = fc.oneof(
  fc.constantFrom("宣讲", "场", "覆盖", "。", "，", "“", "”", "（", "）", "……"),
  fc.constantFrom('"', "'", ",", ";", ":", "?", "!", "(", ")", ".", "...", "--", "-", "。。。"),
  fc.constantFrom("86", "3.5", "10:30", "3,500", "WPS", "don't", "Hello, world", " ", "\n", "https://a.cn/x?y=1,z"),
  fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/).map((k) => `{{m:${k}}}`),
);
const mixed = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));

describe("fixChinesePunctuation: properties", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const once = fix(text);
        expect(fix(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps every {{m:…}} token, in order", () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const tokens = (s: string) => s.match(/\{\{m:[a-z0-9_]+\}\}/g) ?? [];
        expect(tokens(fix(text))).toEqual(tokens(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("never changes text without Chinese", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab1 ,;:?!()'\".-{}m\n") , maxLength: 40 }), (text) => {
        expect(fix(text)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("only changes punctuation and spaces: Chinese characters, digits and letters stay in order", () => {
    const kept = (s: string) => s.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, "");
    fc.assert(
      fc.property(mixed, (text) => {
        expect(kept(fix(text))).toBe(kept(text));
      }),
      { numRuns: 2000 },
    );
  });
});
