import { describe, expect, it } from "vitest";
import { delegationActive, delegationPhase, delegationRefusal, shanghaiDay } from "./delegation-rules";

const d = (startDay: string, endDay: string, cancelledAt: Date | null = null) => ({ startDay, endDay, cancelledAt });

describe("delegation windows (Asia/Shanghai days)", () => {
  it("reads the day in Beijing, not UTC or the server's zone", () => {
    expect(shanghaiDay(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
    expect(shanghaiDay(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });

  it("holds from the first day's midnight to the last day's end in Beijing, both included", () => {
    const w = d("2026-12-01", "2026-12-31");
    expect(delegationActive(w, new Date("2026-11-30T15:59:59Z"))).toBe(false); // 11-30 23:59:59 in Beijing
    expect(delegationActive(w, new Date("2026-11-30T16:00:00Z"))).toBe(true); // 12-01 00:00 in Beijing
    expect(delegationActive(w, new Date("2026-12-31T15:59:59Z"))).toBe(true);
    expect(delegationActive(w, new Date("2026-12-31T16:00:00Z"))).toBe(false); // 01-01 in Beijing: expired
  });

  it("expired, future and cancelled delegations grant nothing", () => {
    const now = new Date("2026-12-02T04:00:00Z");
    expect(delegationActive(d("2026-11-01", "2026-12-01"), now)).toBe(false);
    expect(delegationActive(d("2026-12-03", "2026-12-05"), now)).toBe(false);
    expect(delegationActive(d("2026-12-01", "2026-12-05", new Date()), now)).toBe(false);
    expect(delegationActive(d("2026-12-02", "2026-12-02"), now)).toBe(true);
    expect(delegationPhase(d("2026-11-01", "2026-12-01"), now)).toBe("EXPIRED");
    expect(delegationPhase(d("2026-12-03", "2026-12-05"), now)).toBe("FUTURE");
    expect(delegationPhase(d("2026-12-01", "2026-12-05", new Date()), now)).toBe("CANCELLED");
  });

  it("refuses delegating to oneself, by a non-leader, to a disabled user, backwards or past days", () => {
    const base = { fromId: "l", toId: "x", fromIsLeader: true, toIsActive: true, startDay: "2026-12-02", endDay: "2026-12-09", now: new Date("2026-12-02T04:00:00Z") };
    expect(delegationRefusal(base)).toBeNull();
    expect(delegationRefusal({ ...base, toId: "l" })).toBe("reviewErrors.delegationSelf");
    expect(delegationRefusal({ ...base, fromIsLeader: false })).toBe("reviewErrors.delegationNotLeader");
    expect(delegationRefusal({ ...base, toIsActive: false })).toBe("reviewErrors.delegateInvalid");
    expect(delegationRefusal({ ...base, endDay: "2026-12-01" })).toBe("reviewErrors.delegationDays");
    expect(delegationRefusal({ ...base, startDay: "2026-11-20", endDay: "2026-12-01" })).toBe("reviewErrors.delegationPast");
    expect(delegationRefusal({ ...base, startDay: "12/02/2026" })).toBe("reviewErrors.delegationDays");
  });
});
