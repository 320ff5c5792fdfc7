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
  /** The LibreOffice executable for the PDF export; without it, soffice or libreoffice on PATH. */
  SUMMA_SOFFICE: z.string().min(1).optional(),
  /** The fontconfig file the PDF export renders with; without it, config/fonts/fonts.conf. */
  SUMMA_FONTCONFIG_FILE: z.string().min(1).optional(),
  /** E-mail copies of notifications go out over SMTP when a host is set; without it, notifications stay in-app. */
  SUMMA_SMTP_HOST: z.string().min(1).optional(),
  SUMMA_SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** 1 = TLS from the first byte (usually port 465); 0 = plain, upgraded with STARTTLS when the server offers it. */
  SUMMA_SMTP_SECURE: z.enum(["0", "1"]).default("0"),
  SUMMA_SMTP_USER: z.string().min(1).optional(),
  SUMMA_SMTP_PASSWORD: z.string().min(1).optional(),
  SUMMA_SMTP_FROM: z.string().min(3).default("Summa <summa@localhost>"),
  /** The address users open the app at, for links in e-mails (e.g. https://summa.example.gov.cn). */
  SUMMA_PUBLIC_URL: z.url().optional(),
  /** Seconds between scheduler ticks (deadline reminders, e-mail retries); 0 turns the scheduler off. */
  SUMMA_SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Days before a round's deadline on which units that have not submitted are reminded, e.g. "3,1". */
  SUMMA_REMINDER_DAYS_BEFORE: z
    .string()
    .regex(/^\s*(\d{1,3}\s*(,\s*\d{1,3}\s*)*)?$/, "SUMMA_REMINDER_DAYS_BEFORE must be a comma-separated list of whole days, e.g. 3,1")
    .default("3,1"),
});

/** SUMMA_REMINDER_DAYS_BEFORE as numbers, largest first, without duplicates or zero. */
export function reminderDaysBefore(e: Env = env()): number[] {
  return [...new Set(e.SUMMA_REMINDER_DAYS_BEFORE.split(",").map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0))].sort((a, b) => b - a);
}

export type Env = z.infer<typeof ZEnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  // An empty value of an optional setting means "not set" (as in a compose file's `SUMMA_SMTP_HOST=`).
  const unset = (k: string) => process.env[k] || undefined;
  const parsed = ZEnvSchema.safeParse({
    ...process.env,
    DATABASE_URL: unset("DATABASE_URL"),
    SUMMA_SMTP_HOST: unset("SUMMA_SMTP_HOST"),
    SUMMA_SMTP_USER: unset("SUMMA_SMTP_USER"),
    SUMMA_SMTP_PASSWORD: unset("SUMMA_SMTP_PASSWORD"),
    SUMMA_PUBLIC_URL: unset("SUMMA_PUBLIC_URL"),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return (cached = parsed.data);
}

/**
 * The export's settings, read from the environment at each call rather than from the cached env(): the
 * PDF converter is also used by scripts and tests that have no AUTH_SECRET and that change these values
 * between calls. Values are checked where they are used (lib/export/config.ts, convert-to-pdf.ts).
 */
export function exportEnv(): { verificationLine: string | undefined; soffice: string | undefined; fontconfigFile: string | undefined; path: string } {
  return {
    verificationLine: process.env.SUMMA_EXPORT_VERIFICATION_LINE,
    soffice: process.env.SUMMA_SOFFICE || undefined,
    fontconfigFile: process.env.SUMMA_FONTCONFIG_FILE || undefined,
    path: process.env.PATH ?? "",
  };
}

/** The environment a child process (LibreOffice) inherits, with the caller's additions on top. */
export function childProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
