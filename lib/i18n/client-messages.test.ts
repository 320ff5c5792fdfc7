import { describe, expect, it } from "vitest";
import { pickClientMessages, PAGE_SCOPED_NAMESPACES } from "./client-messages";
import zh from "./messages/editor.zh-CN.json";

const all = { app: { name: "Summa" }, editor: { save: "保存" }, review: { x: "审核" }, import: { y: "导入" }, export: { z: "导出" }, notify: { n: "通知" } };

describe("pickClientMessages", () => {
  it("leaves out the page-scoped namespaces and keeps every other one (new areas included)", () => {
    expect(Object.keys(pickClientMessages(all)).sort()).toEqual(["app", "notify"]);
  });

  it("adds the page-scoped namespaces a page asks for", () => {
    expect(Object.keys(pickClientMessages(all, ["editor", "import"])).sort()).toEqual(["app", "editor", "import", "notify"]);
    expect(pickClientMessages(all, ["review"]).review).toBe(all.review);
  });

  it("adds one part of a namespace when asked for a dotted path", () => {
    const m = { app: { a: 1 }, import: { openImport: "导入文档", wizard: { x: "长" } }, editor: { save: "保存" } };
    expect(pickClientMessages(m, ["editor", "import.openImport"])).toEqual({ app: { a: 1 }, editor: { save: "保存" }, import: { openImport: "导入文档" } });
    expect(pickClientMessages(m, ["import.wizard.x"])).toEqual({ app: { a: 1 }, import: { wizard: { x: "长" } } });
    // a missing path adds nothing; the whole namespace wins over a part of it
    expect(pickClientMessages(m, ["import.nope"])).toEqual({ app: { a: 1 } });
    expect(pickClientMessages(m, ["import", "import.openImport"]).import).toBe(m.import);
  });

  it("names namespaces that exist in the catalogues", () => {
    expect(PAGE_SCOPED_NAMESPACES).toContain("editor");
    expect(Object.keys(zh)).toEqual(["editor"]);
  });
});
