import { describe, expect, it } from "vitest";
import { SessionMemo, sessionTokenOf } from "./session-memo";

describe("sessionTokenOf", () => {
  it("reads the Auth.js session cookie, chunks in order, and nothing else", () => {
    expect(sessionTokenOf([{ name: "summa_locale", value: "en" }])).toBeNull();
    expect(sessionTokenOf([{ name: "authjs.csrf-token", value: "x" }, { name: "authjs.session-token", value: "abc" }])).toBe("authjs.session-token=abc");
    expect(
      sessionTokenOf([
        { name: "__Secure-authjs.session-token.10", value: "k" },
        { name: "__Secure-authjs.session-token.2", value: "c" },
        { name: "__Secure-authjs.session-token.1", value: "b" },
      ]),
    ).toBe("__Secure-authjs.session-token.1=b;__Secure-authjs.session-token.2=c;__Secure-authjs.session-token.10=k");
  });
});

describe("SessionMemo", () => {
  it("decodes a token once within the time to live, again after it", async () => {
    let t = 1000;
    let decodes = 0;
    const memo = new SessionMemo<{ id: string }>(10, 100, () => t);
    const decode = async () => ({ id: `u${++decodes}` });
    expect(await memo.get("tok", decode)).toEqual({ id: "u1" });
    t += 99;
    expect(await memo.get("tok", decode)).toEqual({ id: "u1" });
    expect(decodes).toBe(1);
    t += 2;
    expect(await memo.get("tok", decode)).toEqual({ id: "u2" });
    expect(await memo.get("other", decode)).toEqual({ id: "u3" });
  });

  it("does not remember a token that decodes to no session", async () => {
    let decodes = 0;
    const memo = new SessionMemo<{ id: string }>();
    const none = async () => {
      decodes++;
      return null;
    };
    expect(await memo.get("bad", none)).toBeNull();
    expect(await memo.get("bad", none)).toBeNull();
    expect(decodes).toBe(2);
  });
});
