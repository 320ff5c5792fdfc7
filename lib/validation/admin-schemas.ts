import { z } from "zod";
import { id, text } from "./text";

// Schemas of the admin's user management, shared by the forms and the server actions.
const role = z.enum(["STAFF", "LEADER", "ADMIN"]);

/** Long enough to resist guessing while the rate limit holds; the user changes it later. */
export const PASSWORD_MIN = 10;

export const ZSetUserDisabledSchema = z.object({ userId: id, disabled: z.boolean() });
export const ZAddMembershipSchema = z.object({ userId: id, unitId: id, role });
export const ZRemoveMembershipSchema = z.object({ membershipId: id });
export const ZCreateUserSchema = z.object({
  email: text().trim().toLowerCase().email({ message: "emailInvalid" }).max(200, { message: "emailInvalid" }),
  name: text().trim().min(1, { message: "nameRequired" }).max(50, { message: "nameTooLong" }),
  password: text().min(PASSWORD_MIN, { message: "passwordTooShort" }).max(200, { message: "passwordTooLong" }),
  unitId: id,
  role,
});

// Units.
const unitName = text().trim().min(1, { message: "unitErrors.nameRequired" }).max(60, { message: "unitErrors.nameTooLong" });
export const ZCreateUnitSchema = z.object({
  name: unitName,
  code: text()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9_-]{1,39}$/, { message: "unitErrors.codeInvalid" }),
  parentId: id,
});
export const ZRenameUnitSchema = z.object({ unitId: id, name: unitName });
export const ZMoveUnitSchema = z.object({ unitId: id, parentId: id });
export const ZSetUnitDisabledSchema = z.object({ unitId: id, disabled: z.boolean() });
