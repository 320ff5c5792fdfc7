// `npm run db:migrate` (README: upgrades) applies every migration to an empty database once, then nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listMigrations } from "@/lib/db/migrate.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "summa-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runMigrate() {
  const env: NodeJS.ProcessEnv = { ...process.env, SUMMA_DATA_DIR: dir };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ["scripts/migrate.mjs"], { cwd: path.resolve(__dirname, ".."), env, encoding: "utf8" });
}

describe("npm run db:migrate", () => {
  it("applies all migrations to a new SQLite database, then none on the second run", () => {
    const first = runMigrate();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`(${listMigrations("sqlite").length} applied now)`);
    const second = runMigrate();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("(0 applied now)");
  });
});
