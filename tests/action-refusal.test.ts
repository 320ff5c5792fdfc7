// An action's refusal carries its text, translated on the server (lib/actions/action-refusal.ts): the
// browser is sent no error catalogue to turn the key into words. The key and values stay for logic and
// tests. Unit tests translate with the Chinese catalogue (tests/next-intl-server-stub.ts); the English
// answer after a switch of language is proved in the browser (e2e/shell.spec.ts).
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/permissions";

const state: { actor: Actor | null } = { actor: null };
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => state.actor, requireActor: async () => state.actor }));
vi.mock("@/lib/auth/request-meta", () => ({ requestMeta: async () => ({ ip: "127.0.0.1", userAgent: "test" }) }));

const { defineAction } = await import("@/lib/actions/action-client");
const { DomainError } = await import("@/lib/errors");
const { ForbiddenError } = await import("@/lib/permissions");

const schema = z.object({ heading: z.string().max(3, { message: "headingTooLong" }), fail: z.enum(["none", "domain", "forbidden"]) });
const action = defineAction(schema, async (input) => {
  if (input.fail === "domain") throw new DomainError("tooManySections", { max: 50 });
  if (input.fail === "forbidden") throw new ForbiddenError("report.edit");
  return { heading: input.heading };
});

describe("an action's refusal", () => {
  it("says why in the user's language, with the key and values kept", async () => {
    state.actor = null;
    expect(await action({ heading: "a", fail: "none" })).toEqual({ ok: false, error: "errors.signedOut", message: "登录已失效，请重新登录。您输入的内容仍保留在本页。" });
    state.actor = { id: "u1" } as Actor;
    expect(await action({ heading: "abcd", fail: "none" })).toEqual({ ok: false, error: "errors.headingTooLong", message: "标题过长（最多 300 字）。" });
    expect(await action({ heading: "a", fail: "domain" })).toEqual({ ok: false, error: "errors.tooManySections", values: { max: 50 }, message: "一份报告最多 50 节，不能再添加。" });
    expect(await action({ heading: "a", fail: "forbidden" })).toMatchObject({ ok: false, error: "errors.forbidden", message: expect.any(String) });
    // a forged request's wrong types: zod's own message is no key
    expect(await action({ heading: 5, fail: "none" } as never)).toEqual({ ok: false, error: "errors.invalidInput", message: "提交的内容无效，请检查后重试。" });
    expect(await action({ heading: "a", fail: "none" })).toEqual({ ok: true, data: { heading: "a" } });
  });

  it("never shows a raw key: an unknown one reads as the generic failure", async () => {
    state.actor = { id: "u1" } as Actor;
    const odd = defineAction(z.object({}), async () => {
      throw new DomainError("noSuchKeyAnywhere");
    });
    expect(await odd({})).toEqual({ ok: false, error: "errors.noSuchKeyAnywhere", values: {}, message: "出错了，请稍后重试。" });
  });
});
