// `npm start`: everything a fresh machine needs, in order — apply migrations, store an AUTH_SECRET if
// none is given, load the demo data into an empty database, build the app if it has not been built,
// then serve on PORT (default 3000). `--dev` serves with `next dev` instead.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "../lib/db/migrate.mjs";
import { resolveDatabaseTarget } from "../lib/db/target.mjs";
import { countUsers, ensureAuthSecret } from "../lib/db/bootstrap.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const log = (m) => console.log(`[summa] ${m}`);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

function runOrExit(args, label) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`[summa] ${label} failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

try {
  const target = resolveDatabaseTarget(env);
  log(`database: ${target.kind === "postgres" ? `PostgreSQL ${target.pg.host}:${target.pg.port}/${target.pg.database}` : `SQLite ${target.sqlite.file}`}`);
  await migrate(env, (m) => log(`migration ${m}`));
  env.AUTH_SECRET = await ensureAuthSecret(target, env);
  if ((await countUsers(target)) === 0) {
    log("empty database: loading demo data");
    runOrExit([path.join(root, "node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts"], "demo data");
  }
} catch (e) {
  console.error(`[summa] cannot start: ${e.message}`);
  process.exit(1);
}

if (!dev && !existsSync(path.join(root, env.SUMMA_NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
  log("no build found: building (once)");
  runOrExit([nextBin, "build"], "build");
}

const port = env.PORT || "3000";
// Production: scripts/server.mjs (Next's handler plus the client-address and request checks).
const args = dev ? [nextBin, "dev", "-p", port] : [path.join(root, "scripts/server.mjs")];
const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...env, PORT: port } });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => signal && log(`server ended by ${signal}`));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
