import { describe, expect, it } from "vitest";
import { auditEventHash, canonicalJson, checkChain, checkHead, GENESIS_HASH, type AuditFields } from "./chain";

function chain(n: number) {
  const out: (AuditFields & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const f: AuditFields = {
      seq: i,
      createdAt: new Date(Date.UTC(2026, 0, i)),
      actorId: "u1",
      action: "section.save",
      targetType: "Section",
      targetId: `s${i}`,
      reportId: "r1",
      data: canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }),
      ip: "127.0.0.1",
      userAgent: "test",
      prevHash: prev,
    };
    const hash = auditEventHash(f);
    out.push({ ...f, hash });
    prev = hash;
  }
  return out;
}

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { z: 1, y: [3, 1] } })).toBe('{"a":{"y":[3,1],"z":1},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe("checkChain", () => {
  it("accepts an intact chain", () => {
    expect(checkChain(chain(5))).toEqual({ ok: true, checked: 5 });
  });

  it("detects an edited field", () => {
    const events = chain(5);
    events[2] = { ...events[2], action: "report.approve" };
    expect(checkChain(events).brokenAt).toEqual({ seq: 3, reason: "hash" });
  });

  it("detects a deleted row", () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(checkChain(events).brokenAt).toEqual({ seq: 3, reason: "link" });
  });

  it("detects a row whose hash was recomputed after editing (the next link breaks)", () => {
    const events = chain(4);
    const edited = { ...events[1], ip: "10.0.0.1" };
    events[1] = { ...edited, hash: auditEventHash(edited) };
    expect(checkChain(events).brokenAt).toEqual({ seq: 3, reason: "link" });
  });
});

describe("checkHead", () => {
  const events = chain(4);
  const head = { seq: 4, count: 4, hash: events[3].hash };
  it("accepts a chain that ends at the recorded head", () => {
    expect(checkHead(events[3], 4, head).ok).toBe(true);
    expect(checkHead(null, 0, null).ok).toBe(true);
  });
  it("detects a deleted newest event", () => {
    expect(checkHead(events[2], 3, head).brokenAt).toEqual({ seq: 4, reason: "head" });
  });
  it("detects a newest event edited with its hash recomputed", () => {
    const edited = { ...events[3], action: "report.approve" };
    const rehashed = { ...edited, hash: auditEventHash(edited) };
    expect(checkChain([...events.slice(0, 3), rehashed]).ok).toBe(true); // the chain alone cannot tell
    expect(checkHead(rehashed, 4, head).brokenAt).toEqual({ seq: 4, reason: "head" });
  });
  it("detects a deleted head row, and a count that does not match", () => {
    expect(checkHead(events[3], 4, null).brokenAt?.reason).toBe("head");
    expect(checkHead(events[3], 3, head).brokenAt?.reason).toBe("head");
  });
});
