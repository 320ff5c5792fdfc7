// Prisma CLI configuration. The CLI runs with the JavaScript schema engine and a driver adapter, so it
// never needs a native engine downloaded from the internet (see README, "Database").
// The engine is chosen like the app chooses it: DATABASE_URL=postgres… → PostgreSQL, otherwise SQLite.
import path from "node:path";
import type { PrismaConfig } from "prisma";
import { cliAdapterFactory, resolveDatabaseTarget } from "./lib/db/target.mjs";

const target = resolveDatabaseTarget(process.env);
// The schema's datasource url must parse for its provider even though the adapter does the connecting.
process.env.DATABASE_URL = target.prismaUrl;

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", target.kind, "schema.prisma"),
  migrations: { path: path.join("prisma", target.kind, "migrations") },
  adapter: async () => cliAdapterFactory(target),
} satisfies PrismaConfig;
