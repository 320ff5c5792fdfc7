// A small organisation of a spec's own, made straight in the database (no UI creates units yet): a root unit
// with one or more child units, a drafter per child, a leader and an admin of the root, a one-step chain per
// child (any leader of the root) and a reporting round for `year` owed by the children. Idempotent, so a spec
// runs alone, after others, or again on the same database. Passwords are the demo password.
import { sql } from "./sql";
import { ACCOUNTS } from "./accounts";

export interface Org {
  rootId: string;
  roundId: string;
  units: { id: string; code: string; name: string; drafter: { email: string; name: string; id: string } }[];
  leader: { email: string; name: string; id: string };
  /** More leaders of the root (extraLeaders). */
  leaders: { email: string; name: string; id: string }[];
  admin: { email: string; name: string; id: string };
}

async function upsert(table: string, id: string, row: Record<string, unknown>) {
  if ((await sql(`SELECT 1 AS "x" FROM "${table}" WHERE "id" = ?`, [id])).length > 0) return;
  const cols = ["id", ...Object.keys(row)];
  await sql(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`, [id, ...Object.values(row)]);
}

export async function ensureOrg(opts: {
  prefix: string;
  rootName: string;
  unitNames: string[];
  year: number;
  deadline: Date;
  personNames: { leader: string; admin: string; drafters: string[]; extraLeaders?: string[] };
  /** The chain's one step names the leader (USER) instead of "any leader of the root". */
  namedApprover?: boolean;
}): Promise<Org> {
  const now = new Date().toISOString();
  const [demo] = await sql(`SELECT "passwordHash" FROM "User" WHERE "email" = ?`, [ACCOUNTS.staff.email]);
  const passwordHash = String(demo.passwordHash);
  const [tpl] = await sql(`SELECT "id" FROM "Template" ORDER BY "createdAt" ASC`);
  const p = opts.prefix;
  const rootId = `${p}-root`;
  await upsert("Unit", rootId, { code: `${p}-root`, name: opts.rootName, parentId: null, sortOrder: 0, createdAt: now });
  const person = async (key: string, name: string, unitId: string, role: string) => {
    const id = `${p}-user-${key}`;
    const email = `${p}-${key}@e2e.example`;
    await upsert("User", id, { email, name, passwordHash, createdAt: now, updatedAt: now });
    await upsert("Membership", `${p}-m-${key}-${role}`, { userId: id, unitId, role, createdAt: now });
    return { id, email, name };
  };
  const leader = await person("leader", opts.personNames.leader, rootId, "LEADER");
  const admin = await person("admin", opts.personNames.admin, rootId, "ADMIN");
  const leaders = [];
  for (const [i, name] of (opts.personNames.extraLeaders ?? []).entries()) leaders.push(await person(`leader${i + 2}`, name, rootId, "LEADER"));
  const roundId = `${p}-round-${opts.year}`;
  await upsert("ReportingRound", roundId, {
    year: opts.year,
    title: `${opts.year}年度${opts.rootName}工作总结`,
    deadline: opts.deadline.toISOString(),
    templateId: tpl.id,
    createdAt: now,
  });
  const units = [];
  for (const [i, name] of opts.unitNames.entries()) {
    const id = `${p}-unit-${i + 1}`;
    await upsert("Unit", id, { code: id, name, parentId: rootId, sortOrder: i + 1, createdAt: now });
    const drafter = await person(`drafter${i + 1}`, opts.personNames.drafters[i], id, "STAFF");
    await upsert(
      "ApprovalChainStep",
      `${p}-chain-${i + 1}`,
      opts.namedApprover
        ? { unitId: id, position: 1, label: "主要领导", approverKind: "USER", approverUserId: leader.id }
        : { unitId: id, position: 1, label: "主要领导", approverKind: "UNIT_LEADER", approverUnitId: rootId },
    );
    if ((await sql(`SELECT 1 AS "x" FROM "RoundUnit" WHERE "roundId" = ? AND "unitId" = ?`, [roundId, id])).length === 0)
      await sql(`INSERT INTO "RoundUnit" ("roundId", "unitId") VALUES (?, ?)`, [roundId, id]);
    units.push({ id, code: id, name, drafter });
  }
  return { rootId, roundId, units, leader, leaders, admin };
}
