import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  ROLE_ACTIONS,
  ROLES,
  assertCan,
  buildActor,
  can,
  ForbiddenError,
  NotFoundError,
  scopeWhere,
  subtreeIds,
  type Action,
} from "./index";

// 街道 → 宣传办, 社区A, 社区B ; another 街道 → 社区C
const units = [
  { id: "jd", parentId: null },
  { id: "xcb", parentId: "jd" },
  { id: "sqA", parentId: "jd" },
  { id: "sqB", parentId: "jd" },
  { id: "jd2", parentId: null },
  { id: "sqC", parentId: "jd2" },
];
const user = { id: "u", name: "U", email: "u@x" };

describe("role → action table", () => {
  it("is exactly this table (changing it must be a deliberate, reviewed act)", () => {
    const table = Object.fromEntries(ROLES.map((r) => [r, [...ROLE_ACTIONS[r]].sort()]));
    expect(table).toEqual({
      STAFF: ["report.comment", "report.create", "report.edit", "report.export", "report.rollup", "report.submit", "report.view"],
      LEADER: ["report.comment", "report.export", "report.review", "report.rollup", "report.view", "review.delegate", "round.board", "round.remind"],
      ADMIN: [
        "admin.chains",
        "admin.delegations",
        "admin.rounds",
        "admin.units",
        "admin.users",
        "admin.view",
        "report.export",
        "report.reassign",
        "report.reopen",
        "report.rollup",
        "report.view",
        "round.board",
        "round.remind",
        "template.edit",
      ],
    });
  });

  it("grants only known actions", () => {
    for (const r of ROLES) for (const a of ROLE_ACTIONS[r]) expect(ACTIONS).toContain(a);
  });

  it("keeps drafting and reviewing apart: no role both edits and reviews", () => {
    for (const r of ROLES) {
      const acts = ROLE_ACTIONS[r];
      expect(acts.includes("report.edit") && acts.includes("report.review")).toBe(false);
    }
  });
});

describe("reach", () => {
  it("computes subtrees and survives cycles", () => {
    expect([...subtreeIds(units, "jd")].sort()).toEqual(["jd", "sqA", "sqB", "xcb"]);
    expect([...subtreeIds([{ id: "a", parentId: "b" }, { id: "b", parentId: "a" }], "a")].sort()).toEqual(["a", "b"]);
  });

  it("limits staff to their own unit", () => {
    const staff = buildActor(user, [{ unitId: "sqA", role: "STAFF" }], units);
    expect(can(staff, "report.edit", "sqA")).toBe(true);
    expect(can(staff, "report.edit", "sqB")).toBe(false);
    expect(can(staff, "report.view", "jd")).toBe(false);
    expect(can(staff, "report.review", "sqA")).toBe(false);
    expect(can(staff, "admin.view", "sqA")).toBe(false);
  });

  it("lets leaders see and review their unit's subtree, not other trees", () => {
    const leader = buildActor(user, [{ unitId: "jd", role: "LEADER" }], units);
    for (const u of ["jd", "xcb", "sqA", "sqB"]) expect(can(leader, "report.review", u)).toBe(true);
    expect(can(leader, "report.view", "sqC")).toBe(false);
    expect(can(leader, "report.edit", "sqA")).toBe(false);
  });

  it("combines several memberships", () => {
    const a = buildActor(user, [{ unitId: "sqA", role: "STAFF" }, { unitId: "jd2", role: "LEADER" }], units);
    expect(can(a, "report.edit", "sqA")).toBe(true);
    expect(can(a, "report.review", "sqC")).toBe(true);
    expect(can(a, "report.edit", "sqC")).toBe(false);
    expect(a.roles.has("LEADER") && a.roles.has("STAFF")).toBe(true);
  });

  it("denies everything to nobody and to users without memberships", () => {
    const none = buildActor(user, [], units);
    for (const action of ACTIONS as readonly Action[]) {
      expect(can(null, action, "jd")).toBe(false);
      expect(can(none, action, "jd")).toBe(false);
    }
  });
});

describe("assertCan and scoping", () => {
  const staff = buildActor(user, [{ unitId: "sqA", role: "STAFF" }], units);

  it("hides other units' records as not found", () => {
    expect(() => assertCan(staff, "report.view", "sqB")).toThrow(NotFoundError);
    expect(() => assertCan(null, "report.view", "sqA")).toThrow(NotFoundError);
  });

  it("refuses visible records as forbidden", () => {
    expect(() => assertCan(staff, "report.review", "sqA")).toThrow(ForbiddenError);
    expect(() => assertCan(staff, "report.edit", "sqA")).not.toThrow();
  });

  it("builds a Prisma where from the reach", () => {
    const leader = buildActor(user, [{ unitId: "jd", role: "LEADER" }], units);
    expect(scopeWhere(leader, "report.view").unitId.in.sort()).toEqual(["jd", "sqA", "sqB", "xcb"]);
    expect(scopeWhere(staff, "report.review")).toEqual({ unitId: { in: [] } });
    expect(scopeWhere(null, "report.view")).toEqual({ unitId: { in: [] } });
  });
});
