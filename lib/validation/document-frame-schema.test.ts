import { describe, expect, it } from "vitest";

import { ZDocumentFrameSchema } from "./report-schemas";

const base = { reportId: "r1", title: "2050年青山街道工作总结", signatureUnit: "", documentDate: "" };

describe("ZDocumentFrameSchema", () => {
  it("turns an empty issuer and date into the defaults (null)", () => {
    expect(ZDocumentFrameSchema.parse(base)).toEqual({ ...base, signatureUnit: null, documentDate: null });
  });

  it("parses a calendar date and trims the issuer and title, dropping line breaks", () => {
    const r = ZDocumentFrameSchema.parse({ ...base, title: " 2050年青山街道\n工作总结 ", signatureUnit: " 青山街道办事处 ", documentDate: "2050-12-31" });
    expect(r).toEqual({ reportId: "r1", title: "2050年青山街道工作总结", signatureUnit: "青山街道办事处", documentDate: { year: 2050, month: 12, day: 31 } });
  });

  it.each([
    [{ title: "  " }, "reportTitleRequired"],
    [{ title: "年".repeat(121) }, "reportTitleTooLong"],
    [{ signatureUnit: "单".repeat(61) }, "signatureUnitTooLong"],
    [{ documentDate: "2050-02-30" }, "documentDateInvalid"],
    [{ documentDate: "31.12.2050" }, "documentDateInvalid"],
  ])("refuses %o with %s", (patch, message) => {
    const r = ZDocumentFrameSchema.safeParse({ ...base, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toBe(message);
  });
});
