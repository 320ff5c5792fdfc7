import "server-only";
import { createDb, type Db, type DbKind } from "./db/create-client";
import type { Prisma } from "./generated/sqlite/client";

// One client per server process. The global survives Next's module reloads in development.
const globalForDb = globalThis as unknown as { summaDb?: { db: Db; kind: DbKind } };
const instance = (globalForDb.summaDb ??= createDb());

export const db: Db = instance.db;
export const dbKind: DbKind = instance.kind;
export type { Db };
export type Tx = Prisma.TransactionClient;
