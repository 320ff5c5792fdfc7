import { describe, expect, it } from "vitest";
import { dueReminder } from "./due-reminder";

const deadline = new Date("2047-01-15T16:00:00Z");
const before = (hours: number) => new Date(deadline.getTime() - hours * 3_600_000);

describe("which deadline reminder is due", () => {
  it("none until the first configured day, then the smallest that has come", () => {
    expect(dueReminder(deadline, before(24 * 3 + 1), [3, 1])).toBeNull();
    expect(dueReminder(deadline, before(24 * 3), [3, 1])).toBe(3);
    expect(dueReminder(deadline, before(30), [3, 1])).toBe(3);
    expect(dueReminder(deadline, before(24), [3, 1])).toBe(1);
    expect(dueReminder(deadline, before(1), [1, 3])).toBe(1);
  });

  it("none once the deadline has passed, or with no days configured", () => {
    expect(dueReminder(deadline, deadline, [3, 1])).toBeNull();
    expect(dueReminder(deadline, before(-5), [3, 1])).toBeNull();
    expect(dueReminder(deadline, before(1), [])).toBeNull();
  });
});
