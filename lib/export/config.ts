import { exportEnv } from "@/lib/env";

/**
 * Export settings from the environment (see README, "Configuration").
 *
 * SUMMA_EXPORT_VERIFICATION_LINE: "0" (default) leaves the line out; "1" prints a small line with
 * the approved version's sha-256 at the end of exported approved documents. Off by default because
 * a document handed on as an official file must not end with a software notice (issue 15); the
 * hash stays in the .docx core properties either way.
 */
export function verificationLineEnabled(value: string | undefined = exportEnv().verificationLine): boolean {
  const v = (value ?? "").trim();
  if (v === "1") return true;
  if (v === "" || v === "0") return false;
  throw new Error(`Invalid configuration: SUMMA_EXPORT_VERIFICATION_LINE must be 0 or 1, not ${JSON.stringify(value)}`);
}
