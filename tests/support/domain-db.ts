// The setup the domain-level test files share: a throwaway database of one engine (skipped when it is
// PostgreSQL and none answers), the demo data loaded, the modules under test imported against it, and the
// request context of a demo account — so each file states only what it tests. Call inside describe():
//   const d = seededDomain(kind, async () => ({ save: await import("@/lib/reports/save-section") }));
//   it("…", async (c) => { if (d.skip) return c.skip(); await d.m.save.saveSection(…, await d.ctxOf(email)); });
import { afterAll, beforeAll } from "vitest";
import type { DbKind } from "@/lib/db/create-client";
import type { ActionContext } from "@/lib/domain/action-context";
import { createTestDb, pgAvailable, useEngine, type TestDb } from "./test-db";

export interface SeededDomain<M> {
  /** True when the engine is not available here: every test returns c.skip(). */
  skip: boolean;
  t: TestDb;
  /** The modules `load` imported, bound to this database. */
  m: M;
  /** The context a signed-in demo account's request would give the domain. */
  ctxOf(email: string, userAgent?: string): Promise<ActionContext>;
  /** The id of a unit's report for a year (e.g. 青山街道宣传办's 2025 draft: "qingshan-xcb", 2025). */
  reportOf(unitCode: string, year: number): Promise<string>;
  /** "ok", the DomainError's code, or "notFound" / "forbidden" for a permission refusal. */
  outcome(p: Promise<unknown>): Promise<string>;
}

export function seededDomain<M>(kind: DbKind, load: () => Promise<M>, opts: { seed?: boolean; timeout?: number } = {}): SeededDomain<M> {
  // Filled by beforeAll; the tests read it after that has run.
  const d = { skip: false } as SeededDomain<M>;
  let modules: { perms: typeof import("@/lib/permissions"); errors: typeof import("@/lib/errors") };
  beforeAll(async () => {
    if (kind === "postgres" && !(await pgAvailable())) {
      d.skip = true;
      return;
    }
    d.t = await createTestDb(kind, { seed: opts.seed ?? true });
    d.m = await useEngine(d.t, load);
    // The same module instances `load` got (useEngine reset the registry just before it).
    modules = { perms: await import("@/lib/permissions"), errors: await import("@/lib/errors") };
  }, opts.timeout ?? 180_000);
  afterAll(async () => d.t?.drop());

  d.ctxOf = async (email, userAgent = "vitest") => {
    const units = await d.t.db.unit.findMany({ select: { id: true, parentId: true } });
    const u = await d.t.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    return { actor: modules.perms.buildActor(u, u.memberships, units), meta: { ip: "127.0.0.1", userAgent } };
  };
  d.reportOf = async (unitCode, year) => {
    const unit = await d.t.db.unit.findUniqueOrThrow({ where: { code: unitCode } });
    return (await d.t.db.report.findFirstOrThrow({ where: { unitId: unit.id, year } })).id;
  };
  d.outcome = async (p) => {
    try {
      await p;
      return "ok";
    } catch (e) {
      if (e instanceof modules.errors.DomainError) return e.code;
      if (e instanceof modules.perms.NotFoundError) return "notFound";
      if (e instanceof modules.perms.ForbiddenError) return "forbidden";
      throw e;
    }
  };
  return d;
}
