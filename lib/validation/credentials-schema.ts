import { z } from "zod";
import { text } from "@/lib/validation/text";

/** Shared by the sign-in form's server action and next-auth's authorize(). */
export const ZCredentialsSchema = z.object({
  email: text().trim().toLowerCase().email().max(200),
  password: text().min(1).max(200),
});
