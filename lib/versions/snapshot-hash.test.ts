import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { snapshotJsonAndHash, type SnapshotSource } from "@/lib/reports/snapshot";
import { verifyVersionHash } from "./verify-version";

// A report as two databases might return it: same content, rows in another order, other ids and times.
const source: SnapshotSource = {
  title: "2025年青山街道宣传文化与志愿服务工作总结",
  sections: [
    { kind: "ACHIEVEMENT", position: 1, heading: "抓实理论宣讲。", body: "开展宣讲{{m:lectures}}。" },
    { kind: "OPENING", position: 0, heading: "", body: "今年以来。" },
  ],
  metrics: [
    { key: "volunteers", label: "注册志愿者", value: 1860, unit: "人", previousValue: 1653, target: null },
    { key: "lectures", label: "开展宣讲", value: 86, unit: "场", previousValue: null, target: 90 },
  ],
  planItems: [
    { position: 1, text: "完善志愿服务制度。" },
    { position: 0, text: "创新理论宣讲方式。" },
  ],
};

function shuffled(): SnapshotSource {
  const withNoise = <T extends object>(rows: T[]) => rows.map((r) => ({ id: Math.random().toString(36), updatedAt: new Date(), ...r })).reverse();
  return {
    title: source.title,
    sections: withNoise(source.sections),
    metrics: withNoise(source.metrics),
    planItems: withNoise(source.planItems),
  };
}

describe("version hash canonicalisation", () => {
  it("hashes the same content the same way whatever the row order, ids or timestamps", () => {
    expect(snapshotJsonAndHash(shuffled()).hash).toBe(snapshotJsonAndHash(source).hash);
    expect(snapshotJsonAndHash(shuffled()).snapshot).toBe(snapshotJsonAndHash(source).snapshot);
  });

  it("is the SHA-256 of the canonical JSON: sorted keys, document order, no ids", () => {
    const { snapshot, hash } = snapshotJsonAndHash(source);
    expect(hash).toBe(createHash("sha256").update(snapshot, "utf8").digest("hex"));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshot.startsWith('{"metrics":[{"key":"lectures","label":"开展宣讲","previousValue":null,"target":90,"unit":"场","value":86}')).toBe(true);
    expect(snapshot).not.toContain('"id"');
    const parsed = JSON.parse(snapshot);
    expect(parsed.sections.map((s: { kind: string }) => s.kind)).toEqual(["OPENING", "ACHIEVEMENT"]);
    expect(parsed.planItems).toEqual([{ text: "创新理论宣讲方式。" }, { text: "完善志愿服务制度。" }]);
  });

  it("changes with any character or figure", () => {
    const h = snapshotJsonAndHash(source).hash;
    const edited = { ...source, sections: [{ ...source.sections[0], body: "开展宣讲{{m:lectures}}!" }, source.sections[1]] };
    expect(snapshotJsonAndHash(edited).hash).not.toBe(h);
    const refigured = { ...source, metrics: [{ ...source.metrics[0], value: 1861 }, source.metrics[1]] };
    expect(snapshotJsonAndHash(refigured).hash).not.toBe(h);
    // 1 and 1.0 are the same figure: the same JSON, the same hash.
    const sameFigure = { ...source, metrics: [{ ...source.metrics[0], value: 1860.0 }, source.metrics[1]] };
    expect(snapshotJsonAndHash(sameFigure).hash).toBe(h);
  });

  it("freezes last year's plan verdicts, and hashes a report without any as before", () => {
    const h = snapshotJsonAndHash(source).hash;
    expect(snapshotJsonAndHash({ ...source, planReviews: [] }).hash).toBe(h);
    const reviewed = { ...source, planReviews: [{ position: 0, text: "开展宣讲100场。", verdict: "PARTLY", evidence: null }] };
    const frozen = snapshotJsonAndHash(reviewed);
    expect(frozen.hash).not.toBe(h);
    expect(JSON.parse(frozen.snapshot).planReviews).toEqual([{ evidence: "", text: "开展宣讲100场。", verdict: "PARTLY" }]);
    const judged = { ...reviewed, planReviews: [{ ...reviewed.planReviews[0]!, verdict: "DONE" }] };
    expect(snapshotJsonAndHash(judged).hash).not.toBe(frozen.hash);
  });

  it("verifies a stored version against its hash and detects tampering", () => {
    const { snapshot, hash } = snapshotJsonAndHash(source);
    expect(verifyVersionHash({ snapshot, hash })).toBe(true);
    expect(verifyVersionHash({ snapshot: snapshot.replace("86", "87"), hash })).toBe(false);
  });
});
