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
