import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, malformedActionBody, refuseRequest, refusalText } from "./guards.mjs";

const action = (headers: Record<string, string>) => ({ method: "POST", url: "/reports/x/edit", headers: { "next-action": "abc", host: "summa.local:3000", ...headers } });

describe("refuseRequest", () => {
  it("refuses malformed percent-encoding in the path with 400", () => {
    expect(refuseRequest({ url: "/reports/%E0%A4%A/edit", headers: {} })).toEqual({ status: 400, code: "badPath" });
    expect(refuseRequest({ url: "/reports/%zz", headers: {} })).toEqual({ status: 400, code: "badPath" });
    expect(refuseRequest({ url: "/reports/%E6%8A%A5?q=%zz", headers: {} })).toBeNull();
    expect(refuseRequest({ url: "/reports/%00/edit", headers: {} })).toEqual({ status: 400, code: "badPath" });
    expect(refuseRequest({ url: "/admin?error=a%00b", headers: {} })).toEqual({ status: 400, code: "badPath" });
    expect(refuseRequest({ url: "/reports/%ED%A0%80", headers: {} })).toEqual({ status: 400, code: "badPath" }); // a lone surrogate
  });
  it("refuses a server action from a foreign origin with 403, lets a same-origin one through", () => {
    expect(refuseRequest(action({ origin: "http://evil.example" }))).toEqual({ status: 403, code: "foreignOrigin" });
    expect(refuseRequest(action({ origin: "null" }))).toEqual({ status: 403, code: "foreignOrigin" });
    expect(refuseRequest(action({ origin: "not a url" }))).toEqual({ status: 403, code: "foreignOrigin" });
    expect(refuseRequest(action({ origin: "http://summa.local:3000" }))).toBeNull();
    expect(refuseRequest(action({}))).toBeNull();
    // An ordinary form POST (no Next-Action) is not a server action.
    expect(refuseRequest({ method: "POST", url: "/api/auth/signout", headers: { origin: "http://evil.example", host: "a" } })).toBeNull();
  });
  it("refuses a server-action body over 1 MB with 413", () => {
    expect(refuseRequest(action({ "content-length": String(ACTION_BODY_LIMIT + 1) }))).toEqual({ status: 413, code: "bodyTooLarge" });
    expect(refuseRequest(action({ "content-length": String(ACTION_BODY_LIMIT) }))).toBeNull();
  });
  it("says why in both languages, the request's first", () => {
    expect(refusalText("bodyTooLarge", "en-US,en;q=0.9")).toMatch(/^The submitted content is over 1 MB/);
    expect(refusalText("bodyTooLarge", "zh-CN")).toMatch(/^提交的内容超过 1 MB/);
  });
});

describe("malformedActionBody", () => {
  it("needs JSON for a non-multipart body", () => {
    expect(malformedActionBody("text/plain;charset=UTF-8", Buffer.from('["$K1"]'))).toBe(false);
    expect(malformedActionBody("text/plain", Buffer.from("["))).toBe(true);
    expect(malformedActionBody(undefined, Buffer.from("not json"))).toBe(true);
  });
  it("needs the boundary, and the body to start with it, for multipart", () => {
    expect(malformedActionBody("multipart/form-data; boundary=xyz", Buffer.from("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--xyz--"))).toBe(false);
    expect(malformedActionBody("multipart/form-data; boundary=xyz", Buffer.from("garbage"))).toBe(true);
    expect(malformedActionBody("multipart/form-data", Buffer.from("--xyz"))).toBe(true);
  });
});
