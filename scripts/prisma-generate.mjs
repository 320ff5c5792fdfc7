// postinstall: regenerate both schema files and both Prisma clients (lib/generated/{sqlite,postgres}).
// Prisma's own install scripts are disabled (package.json allowScripts) because they try to download
// native engines; this runs the CLI with the JavaScript engine instead (prisma.config.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, ["scripts/prisma-schemas.mjs"]);
const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
const env = { PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", PRISMA_DISABLE_WARNINGS: "1" };
run(process.execPath, [prismaCli, "generate"], { ...env, DATABASE_URL: "file:./data/summa.db" });
run(process.execPath, [prismaCli, "generate"], { ...env, DATABASE_URL: "postgresql://summa@localhost:5432/summa" });
