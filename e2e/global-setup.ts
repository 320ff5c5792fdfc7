// Before the browser tests: the local SMTP sink the app sends its notification e-mails to (see
// playwright.config.ts for the port). Returns its teardown.
import { mailDir, startSmtpSink } from "./support/smtp-sink";
import { smtpPortFor } from "./support/smtp-port";

export default async function globalSetup() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const stop = await startSmtpSink(smtpPortFor(port), mailDir(port));
  return stop;
}
