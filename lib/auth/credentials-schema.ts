import { z } from "zod";

/** Shared by the sign-in form's server action and next-auth's authorize(). */
export const ZCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(200),
  password: z.string().min(1).max(200),
});
