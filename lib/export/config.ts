/**
 * Export settings from the environment (see README, "Configuration").
 *
 * SUMMA_EXPORT_VERIFICATION_LINE: "1" (default) prints a small line with the approved version's
 * sha-256 at the end of exported approved documents; "0" leaves it out (the hash stays in the .docx
 * properties either way).
 */
export function verificationLineEnabled(value: string | undefined = process.env.SUMMA_EXPORT_VERIFICATION_LINE): boolean {
  const v = (value ?? "").trim();
  if (v === "" || v === "1") return true;
  if (v === "0") return false;
  throw new Error(`Invalid configuration: SUMMA_EXPORT_VERIFICATION_LINE must be 0 or 1, not ${JSON.stringify(value)}`);
}
