import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { owingUnits, remindUnit } from "@/lib/notifications/remind-units";
import { dueReminder } from "./due-reminder";

const DAY = 86_400_000;

/**
 * Reminds, before each open round's deadline, the units that have not submitted. Each (round, unit,
 * "before:d") is sent once, however many instances run this at the same moment: the ReminderSent row is
 * inserted in the same transaction as the notifications and its unique key refuses the second insert
 * (that transaction rolls back, so nobody gets a second copy). Returns how many units were reminded.
 */
export async function sendDeadlineReminders(now: Date, daysBefore: readonly number[]): Promise<number> {
  if (daysBefore.length === 0) return 0;
  const rounds = await db.reportingRound.findMany({
    where: { status: "OPEN", deadline: { gt: now, lte: new Date(now.getTime() + Math.max(...daysBefore) * DAY) } },
    select: { id: true, title: true, deadline: true, units: { select: { unitId: true } } },
  });
  let reminded = 0;
  for (const round of rounds) {
    const days = dueReminder(round.deadline, now, daysBefore);
    if (days === null) continue;
    const key = `before:${days}`;
    const sent = new Set((await db.reminderSent.findMany({ where: { roundId: round.id, key }, select: { unitId: true } })).map((r) => r.unitId));
    const owing = await owingUnits(db, round.id, round.units.map((u) => u.unitId).filter((u) => !sent.has(u)));
    for (const unit of owing) {
      try {
        await db.$transaction(async (tx) => {
          await tx.reminderSent.create({ data: { roundId: round.id, unitId: unit.unitId, key } });
          const people = await remindUnit(tx, round, unit, { actor: null, auto: true, days });
          await writeAudit(tx, { actorId: null, action: "round.remind", targetType: "ReportingRound", targetId: round.id, data: { units: [unit.unitId], people, auto: true, key } });
        });
        reminded++;
      } catch (e) {
        if ((e as { code?: string }).code === "P2002") continue; // another instance sent this one
        throw e;
      }
    }
  }
  return reminded;
}
