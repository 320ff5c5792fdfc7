import "server-only";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { can, NotFoundError } from "@/lib/permissions";
import { auditChange } from "@/lib/audit/audit-change";
import type { ActionContext } from "@/lib/domain/action-context";
import { moveRefusal } from "./unit-moves";

// An admin manages the units of the subtree they administer: creates a unit below one of them, renames it,
// moves it under another unit they administer (never under itself), disables or enables it. Each change is
// one transaction with its audit event. The reach of everyone's roles follows the tree on their next request.

async function managedUnit(tx: Tx, ctx: ActionContext, unitId: string) {
  const unit = await tx.unit.findUnique({ where: { id: unitId } });
  if (!unit || !can(ctx.actor, "admin.units", unit.id)) throw new NotFoundError();
  return unit;
}

function uniqueCode(e: unknown): never {
  if ((e as { code?: string }).code === "P2002") throw new DomainError("unitErrors.codeTaken");
  throw e;
}

export async function createUnit(input: { name: string; code: string; parentId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const parent = await managedUnit(tx, ctx, input.parentId);
    if (parent.disabledAt) throw new DomainError("unitErrors.parentDisabled");
    const last = await tx.unit.findFirst({ where: { parentId: parent.id }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
    const unit = await tx.unit
      .create({ data: { name: input.name, code: input.code, parentId: parent.id, sortOrder: (last?.sortOrder ?? 0) + 1 } })
      .catch(uniqueCode);
    await auditChange(tx, ctx, "unit.create", { type: "Unit", id: unit.id }, { name: unit.name, code: unit.code, parentId: parent.id });
    return { id: unit.id };
  });
}

export async function renameUnit(input: { unitId: string; name: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const unit = await managedUnit(tx, ctx, input.unitId);
    if (unit.name === input.name) return { id: unit.id };
    await tx.unit.update({ where: { id: unit.id }, data: { name: input.name } });
    await auditChange(tx, ctx, "unit.rename", { type: "Unit", id: unit.id }, { from: unit.name, to: input.name });
    return { id: unit.id };
  });
}

export async function moveUnit(input: { unitId: string; parentId: string }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const unit = await managedUnit(tx, ctx, input.unitId);
    const parent = await managedUnit(tx, ctx, input.parentId);
    // The admin's own top unit has no parent they administer, so it cannot move (its new parent would be below it).
    const refusal = moveRefusal(await tx.unit.findMany({ select: { id: true, parentId: true } }), unit.id, parent.id);
    if (refusal) throw new DomainError(refusal);
    if (parent.disabledAt) throw new DomainError("unitErrors.parentDisabled");
    await tx.unit.update({ where: { id: unit.id }, data: { parentId: parent.id } });
    await auditChange(tx, ctx, "unit.move", { type: "Unit", id: unit.id }, { fromParentId: unit.parentId, toParentId: parent.id });
    return { id: unit.id };
  });
}

/**
 * Disables or enables a unit. A disabled unit is no longer offered for new reporting rounds; its reports
 * (drafts included), members and approval chain stay as they are, readable and exportable. Refused while a
 * unit below it is still enabled (disable those first), and for the admin's own unit.
 */
export async function setUnitDisabled(input: { unitId: string; disabled: boolean }, ctx: ActionContext) {
  return db.$transaction(async (tx) => {
    const unit = await managedUnit(tx, ctx, input.unitId);
    if (input.disabled === !!unit.disabledAt) return { disabled: input.disabled };
    if (input.disabled) {
      if (ctx.actor.memberships.some((m) => m.unitId === unit.id && m.role === "ADMIN")) throw new DomainError("unitErrors.ownUnit");
      const children = await tx.unit.count({ where: { parentId: unit.id, disabledAt: null } });
      if (children > 0) throw new DomainError("unitErrors.hasEnabledChildren", { count: children });
    } else if (unit.parentId) {
      const parent = await tx.unit.findUnique({ where: { id: unit.parentId }, select: { disabledAt: true } });
      if (parent?.disabledAt) throw new DomainError("unitErrors.parentDisabled");
    }
    await tx.unit.update({ where: { id: unit.id }, data: { disabledAt: input.disabled ? new Date() : null } });
    await auditChange(tx, ctx, input.disabled ? "unit.disable" : "unit.enable", { type: "Unit", id: unit.id });
    return { disabled: input.disabled };
  });
}

