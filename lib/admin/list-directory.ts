import "server-only";
import { db } from "@/lib/db";
import { assertCanAnywhere, unitIdsFor, type Actor } from "@/lib/permissions";

/** Units and users an admin manages: those in the subtrees of the units they administer. */
export async function listDirectory(actor: Actor) {
  assertCanAnywhere(actor, "admin.view");
  const unitIds = unitIdsFor(actor, "admin.view");
  const [units, users] = await Promise.all([
    db.unit.findMany({
      where: { id: { in: unitIds } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: {
        id: true,
        code: true,
        name: true,
        parentId: true,
        disabledAt: true,
        parent: { select: { name: true } },
        _count: { select: { memberships: true, reports: true } },
      },
    }),
    db.user.findMany({
      where: { memberships: { some: { unitId: { in: unitIds } } } },
      orderBy: { email: "asc" },
      select: {
        id: true,
        name: true,
        email: true,
        disabled: true,
        memberships: { select: { id: true, role: true, unitId: true, unit: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      },
    }),
  ]);
  return { units, users };
}
