// `npm run db:new-migration -- <name>`: after editing prisma/models.prisma, writes the migration that
// brings each engine's committed migrations up to the models — one folder per engine, same name.
// The PostgreSQL diff needs a server for its temporary shadow database: SUMMA_TEST_PG_URL, else the local
// one at 127.0.0.1:5432 (the role needs CREATEDB).
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const prisma = path.join(root, "node_modules/prisma/build/index.js");
// The SQLite diff opens a scratch database there; a fresh clone has no data/ folder yet.
mkdirSync(path.join(root, "data", "migration-shadow"), { recursive: true });

spawnSync(process.execPath, ["scripts/prisma-generate.mjs"], { cwd: root, stdio: "inherit" });
const engines = {
  sqlite: { SUMMA_DATA_DIR: path.join(root, "data", "migration-shadow") },
  postgres: { DATABASE_URL: process.env.SUMMA_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
};
for (const [kind, env] of Object.entries(engines)) {
  const r = spawnSync(
    process.execPath,
    [prisma, "migrate", "diff", "--from-migrations", `prisma/${kind}/migrations`, "--to-schema-datamodel", `prisma/${kind}/schema.prisma`, "--script"],
    { cwd: root, encoding: "utf8", env: { ...process.env, ...env } },
  );
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  if (/^\s*(-- This is an empty migration\.)?\s*$/.test(r.stdout)) {
    console.log(`${kind}: no changes`);
    continue;
  }
  const dir = path.join(root, "prisma", kind, "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), r.stdout);
  console.log(`${kind}: wrote ${path.relative(root, dir)}/migration.sql`);
}
