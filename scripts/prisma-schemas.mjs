// Writes the two provider-specific Prisma schema files from prisma/models.prisma.
// Why two: Prisma's generated client and migration SQL are provider-specific (see README, "Database").
// `--check` exits 1 when a committed schema file is stale, so CI notices a forgotten regeneration.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const models = readFileSync(path.join(root, "prisma/models.prisma"), "utf8");

export const PROVIDERS = {
  sqlite: { provider: "sqlite", exampleUrl: "file:./data/summa.db" },
  postgres: { provider: "postgresql", exampleUrl: "postgresql://summa@localhost:5432/summa" },
};

export function schemaText(name) {
  const { provider } = PROVIDERS[name];
  return `// GENERATED from prisma/models.prisma by scripts/prisma-schemas.mjs — do not edit.

generator client {
  provider   = "prisma-client"
  output     = "../../lib/generated/${name}"
  engineType = "client"
}

datasource db {
  provider = "${provider}"
  // Unused at run time (the app connects through a driver adapter, lib/db.ts) but must parse.
  url      = env("DATABASE_URL")
}

${models}`;
}

export function schemaPath(name) {
  return path.join(root, "prisma", name, "schema.prisma");
}

function main() {
  const check = process.argv.includes("--check");
  let stale = false;
  for (const name of Object.keys(PROVIDERS)) {
    const file = schemaPath(name);
    const text = schemaText(name);
    const current = existsSync(file) ? readFileSync(file, "utf8") : null;
    if (current === text) continue;
    if (check) {
      console.error(`stale: ${path.relative(root, file)} (run npm run db:schemas)`);
      stale = true;
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
