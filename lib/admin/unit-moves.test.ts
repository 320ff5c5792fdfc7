import { describe, expect, it } from "vitest";
import { moveRefusal } from "./unit-moves";

const units = [
  { id: "jd", parentId: null },
  { id: "xcb", parentId: "jd" },
  { id: "sq", parentId: "jd" },
  { id: "sq-1", parentId: "sq" },
];

describe("moving a unit within the tree", () => {
  it("refuses a move under itself or anything below it", () => {
    expect(moveRefusal(units, "sq", "sq")).toBe("unitErrors.moveIntoItself");
    expect(moveRefusal(units, "sq", "sq-1")).toBe("unitErrors.moveIntoItself");
    expect(moveRefusal(units, "jd", "sq-1")).toBe("unitErrors.moveIntoItself");
  });

  it("refuses a move to where it already is, allows any other parent", () => {
    expect(moveRefusal(units, "sq-1", "sq")).toBe("unitErrors.sameParent");
    expect(moveRefusal(units, "sq-1", "xcb")).toBeNull();
    expect(moveRefusal(units, "sq-1", "jd")).toBeNull();
  });
});
