import { describe, expect, it } from "vitest";
import { VersionedMemo } from "./versioned-memo";

describe("VersionedMemo", () => {
  it("keeps a value while the counter is where it was, per key, and nothing without a counter", () => {
    const memo = new VersionedMemo<string, string>(2);
    memo.set("a", 7, "A7");
    expect(memo.get("a", 7)).toBe("A7");
    expect(memo.get("a", 8)).toBeUndefined();
    expect(memo.get("b", 7)).toBeUndefined();
    memo.set("a", 8, "A8");
    expect(memo.get("a", 7)).toBeUndefined();
    expect(memo.get("a", 8)).toBe("A8");
    memo.set("n", null, "N");
    expect(memo.get("n", null)).toBeUndefined();
    expect(memo.get("a", null)).toBeUndefined();
    // bounded: the least recently used key goes
    memo.set("b", 8, "B8");
    memo.get("a", 8);
    memo.set("c", 8, "C8");
    expect(memo.get("b", 8)).toBeUndefined();
    expect(memo.get("a", 8)).toBe("A8");
  });
});
