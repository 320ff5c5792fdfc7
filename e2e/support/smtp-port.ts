/** The SMTP sink's port for an app on `appPort`: its own per run (parallel runs use different app ports). */
export function smtpPortFor(appPort: number): number {
  return Number(process.env.E2E_SMTP_PORT ?? appPort + 1000);
}
