import { describe, expect, it } from "vitest";
import { chooseSource } from "./child-source";

const snap = (title: string) => ({ title, sections: [], metrics: [], planItems: [] });
const versions = [
  { id: "v1", number: 1, snapshot: snap("submitted") },
  { id: "v2", number: 2, snapshot: snap("approved") },
  { id: "v3", number: 3, snapshot: snap("reopened") },
];

describe("chooseSource", () => {
  it("reads the approved version of an approved report", () => {
    expect(chooseSource({ status: "APPROVED", approvedVersionId: "v2", versions: versions.slice(0, 2), live: snap("live") })).toMatchObject({ kind: "APPROVED", versionNumber: 2, versionId: "v2" });
  });
  it("reads the latest frozen version of a report not approved (e.g. reopened)", () => {
    expect(chooseSource({ status: "DRAFT", approvedVersionId: null, versions, live: snap("live") })).toMatchObject({ kind: "LATEST_VERSION", versionNumber: 3, snapshot: { title: "reopened" } });
  });
  it("reads a never-frozen draft as it stands", () => {
    expect(chooseSource({ status: "DRAFT", approvedVersionId: null, versions: [], live: snap("live") })).toEqual({ kind: "DRAFT", versionId: null, versionNumber: null, snapshot: snap("live") });
  });
});
