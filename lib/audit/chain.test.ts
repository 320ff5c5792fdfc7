import { describe, expect, it } from "vitest";
import { auditEventHash, canonicalJson, checkChain, GENESIS_HASH, type AuditFields } from "./chain";

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
