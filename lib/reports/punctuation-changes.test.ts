import { describe, expect, it } from "vitest";

import { punctuationChanges } from "./punctuation-changes";

describe("punctuationChanges", () => {
  it("leaves correct text alone", () => {
    expect(punctuationChanges("开展“文化惠民”活动86场。")).toEqual({ fixed: "开展“文化惠民”活动86场。", snippets: [] });
  });

  it("gives one snippet per changed place, with context", () => {
    const text = '全年开展"文化惠民"活动{{m:events}}，覆盖群众5200人次。下一步,我们将继续努力...';
    const { fixed, snippets } = punctuationChanges(text);
    expect(fixed).toBe("全年开展“文化惠民”活动{{m:events}}，覆盖群众5200人次。下一步，我们将继续努力……");
    expect(snippets).toEqual([
      { before: '全年开展"文化惠民"活动{{m:', after: "全年开展“文化惠民”活动{{m:" },
      // places closer than twice the context are one snippet
      { before: "人次。下一步,我们将继续努力...", after: "人次。下一步，我们将继续努力……" },
    ]);
  });

  it("keeps tokens, figures and English as they are", () => {
    expect(punctuationChanges("完成率 3.5%, see www.example.com").snippets).toEqual([]);
  });
});
