import { z } from "zod";

// The app's configuration, validated once at server start (instrumentation.ts). A wrong value stops the server
// instead of failing later on some request.
const ZEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|file:)/, "DATABASE_URL must start with postgres://, postgresql:// or file:")
    .optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (npm start generates one)"),
  SUMMA_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  SUMMA_LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SUMMA_LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(100),
  /** Use X-Forwarded-For for the client address only behind a reverse proxy you control. */
  SUMMA_TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Print the approved version's hash on the last page of exports (off by default: the .docx properties keep it). */
  SUMMA_EXPORT_VERIFICATION_LINE: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof ZEnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnvSchema.safeParse({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || undefined });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return (cached = parsed.data);
}
