import { describe, expect, it } from "vitest";
import { cachePlans, deepFreeze, LruCache } from "./plan-cache";

describe("LruCache", () => {
  it("keeps at most max entries and drops the least recently used", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("a")).toBe(1); // a is now the most recent
    c.set("c", 3);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe(1);
    expect(c.get("c")).toBe(3);
    expect(c.size).toBe(2);
  });
});

describe("cachePlans", () => {
  it("compiles each distinct query once and returns a frozen plan", () => {
    let calls = 0;
    class FakeCompiler {
      compile(q: string) {
        calls++;
        return { plan: q, nested: { args: [q] } };
      }
      compileBatch(q: string) {
        calls++;
        return [q];
      }
    }
    cachePlans(FakeCompiler, 10);
    cachePlans(FakeCompiler, 10); // patching twice does not wrap twice
    const c = new FakeCompiler();
    const p1 = c.compile('{"a":1}') as { nested: { args: string[] } };
    const p2 = c.compile('{"a":1}');
    expect(p2).toBe(p1);
    expect(calls).toBe(1);
    c.compile('{"a":2}');
    c.compileBatch('{"a":1}');
    expect(calls).toBe(3);
    expect(Object.isFrozen(p1.nested.args)).toBe(true);
    expect(() => p1.nested.args.push("x")).toThrow(TypeError);
  });

  it("deepFreeze freezes nested objects and arrays", () => {
    const o = deepFreeze({ a: [{ b: 1 }] });
    expect(Object.isFrozen(o.a[0])).toBe(true);
  });
});
