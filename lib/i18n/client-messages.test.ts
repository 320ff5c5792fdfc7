import { describe, expect, it } from "vitest";
import { pickClientMessages } from "./client-messages";

const all = { app: { name: "Summa" }, editor: { save: "保存" }, review: { x: "审核", sectionLabel: "{kind}（{n}）" }, import: { y: "导入" } };

describe("pickClientMessages", () => {
  it("sends nothing unless asked", () => {
    expect(pickClientMessages(all)).toEqual({});
  });

  it("sends the whole namespaces asked for, as they are", () => {
    expect(Object.keys(pickClientMessages(all, ["editor", "import"])).sort()).toEqual(["editor", "import"]);
    expect(pickClientMessages(all, ["review"]).review).toBe(all.review);
  });

  it("sends one part of a namespace when asked for a dotted path", () => {
    const m = { app: { a: 1 }, import: { openImport: "导入文档", wizard: { x: "长" } }, editor: { save: "保存" } };
    expect(pickClientMessages(m, ["editor", "import.openImport"])).toEqual({ editor: { save: "保存" }, import: { openImport: "导入文档" } });
    expect(pickClientMessages(m, ["import.wizard.x"])).toEqual({ import: { wizard: { x: "长" } } });
    expect(pickClientMessages(all, ["review.sectionLabel"])).toEqual({ review: { sectionLabel: "{kind}（{n}）" } });
    // a missing path adds nothing; the whole namespace wins over a part of it, in either order
    expect(pickClientMessages(m, ["import.nope", "nope"])).toEqual({});
    expect(pickClientMessages(m, ["import", "import.openImport"]).import).toBe(m.import);
    expect(pickClientMessages(m, ["import.openImport", "import"]).import).toBe(m.import);
  });
});
