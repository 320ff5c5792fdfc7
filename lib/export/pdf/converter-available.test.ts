// Whether the export menu offers PDF: looked up at most once a minute (pages ask on every request).
import { afterEach, describe, expect, it } from "vitest";
import { converterAvailable } from "./convert-to-pdf";

describe("converterAvailable", () => {
  const saved = process.env.SUMMA_SOFFICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.SUMMA_SOFFICE;
    else process.env.SUMMA_SOFFICE = saved;
  });

  it("remembers the answer for a minute, then looks again", () => {
    const t0 = 1_000_000_000_000;
    process.env.SUMMA_SOFFICE = "/nonexistent/soffice";
    expect(converterAvailable(t0)).toBe(false);
    process.env.SUMMA_SOFFICE = process.execPath; // an executable file
    expect(converterAvailable(t0 + 30_000)).toBe(false);
    expect(converterAvailable(t0 + 61_000)).toBe(true);
    process.env.SUMMA_SOFFICE = "/nonexistent/soffice";
    expect(converterAvailable(t0 + 62_000)).toBe(true);
    expect(converterAvailable(t0 + 122_000)).toBe(false);
  });
});
