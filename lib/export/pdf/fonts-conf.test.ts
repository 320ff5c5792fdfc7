import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { defaultFontconfigFile } from "./convert-to-pdf";

const FONTS_CONF = path.resolve(process.cwd(), "config/fonts/fonts.conf");

/** family and style fontconfig picks for a requested family, with the project config. */
function fcMatch(family: string): string {
  // "-" separates family from size in fontconfig's pattern syntax, so escape it.
  return execFileSync("fc-match", [family.replace(/-/g, "\\-"), "family", "style"], {
    encoding: "utf8",
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
  }).trim();
}

describe("config/fonts/fonts.conf", () => {
  it("exists, includes the system configuration and is the converter's default", () => {
    expect(existsSync(FONTS_CONF)).toBe(true);
    expect(readFileSync(FONTS_CONF, "utf8")).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(defaultFontconfigFile()).toBe(FONTS_CONF);
  });

  it.each([
    ["方正小标宋简体", /^Noto Serif CJK SC:style=Bold$/],
    ["小标宋", /^Noto Serif CJK SC:style=Bold$/],
    ["FZXiaoBiaoSong-B05S", /^Noto Serif CJK SC:style=Bold$/],
    ["仿宋_GB2312", /^FandolFang/],
    ["仿宋", /^FandolFang/],
    ["FangSong", /^FandolFang/],
    ["FangSong_GB2312", /^FandolFang/],
    ["黑体", /^Noto Sans CJK SC:style=Regular$/],
    ["SimHei", /^Noto Sans CJK SC:style=Regular$/],
    ["楷体_GB2312", /^FandolKai:style=Regular$/],
    ["楷体", /^FandolKai:style=Regular$/],
    ["KaiTi", /^FandolKai:style=Regular$/],
    ["KaiTi_GB2312", /^FandolKai:style=Regular$/],
    ["宋体", /^Noto Serif CJK SC:style=Regular$/],
    ["SimSun", /^Noto Serif CJK SC:style=Regular$/],
  ])("maps %s", (family, expected) => {
    expect(fcMatch(family)).toMatch(expected);
  });
});
