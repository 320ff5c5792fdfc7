import { readdirSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { smtpPortFor } from "./e2e/support/smtp-port";

// Drives the production build in Debian's Chromium (never a downloaded browser). scripts/test.mjs runs
// this once per database engine, choosing the engine through DATABASE_URL / SUMMA_DATA_DIR.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The app sends notification e-mails to a local SMTP sink that e2e/global-setup.ts starts on this port.
const smtpPort = smtpPortFor(port);

// E2E_REVERSE=1 runs the spec files last to first: each file is a project of its own, listed in reverse
// name order, and Playwright (one worker) runs projects in the order listed — the proof that no spec
// depends on one that sorts before it. Without it, one project and the files in name order.
const reversed = readdirSync("e2e")
  .filter((f) => f.endsWith(".spec.ts"))
  .sort()
  .reverse();
const projects =
  process.env.E2E_REVERSE === "1"
    ? reversed.map((file) => ({ name: file, testMatch: new RegExp(`/e2e/${file.replace(/\./g, "\\.")}$`) }))
    : [{ name: "chromium" }];

export default defineConfig({
  testDir: "e2e",
  // One worker: the two cores are shared with the server, and tests share one database per engine.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.E2E_JSON_REPORT
    ? [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT }]]
    : [["list"]],
  // Per port, so parallel runs (one per engine, or several developers) do not clobber each other.
  outputDir: `test-results/${port}`,
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects,
  globalSetup: "./e2e/global-setup.ts",
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // A cold production build on a busy 2-core machine takes minutes; the build is not what is tested here.
    timeout: 600_000,
    env: {
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      SUMMA_SMTP_HOST: "127.0.0.1",
      SUMMA_SMTP_PORT: String(smtpPort),
      SUMMA_SMTP_FROM: "Summa <summa@e2e.example>",
      SUMMA_PUBLIC_URL: baseURL,
      // Ticks often enough for a spec to see a deadline reminder go out (and only once).
      SUMMA_SCHEDULER_INTERVAL_SECONDS: "3",
    },
    stdout: "pipe",
    stderr: "pipe",
  },
});
