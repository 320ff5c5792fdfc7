import { describe, expect, it } from "vitest";
import { ancestorsOrSelf } from "./unit-tree";

describe("ancestorsOrSelf", () => {
  it("walks up to the root, nearest first, and survives cycles", () => {
    const units = [
      { id: "jd", parentId: null },
      { id: "xcb", parentId: "jd" },
      { id: "a", parentId: "b" },
      { id: "b", parentId: "a" },
    ];
    expect(ancestorsOrSelf(units, "xcb")).toEqual(["xcb", "jd"]);
    expect(ancestorsOrSelf(units, "jd")).toEqual(["jd"]);
    expect(ancestorsOrSelf(units, "a")).toEqual(["a", "b"]);
  });
});
