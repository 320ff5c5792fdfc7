export type DatabaseTarget =
  | {
      kind: "postgres";
      prismaUrl: string;
      pg: { host: string; port: number; database: string; user: string; password?: string; ssl?: { rejectUnauthorized: boolean } };
    }
  | { kind: "sqlite"; prismaUrl: string; sqlite: { file: string } };
export function resolveDatabaseTarget(env: NodeJS.ProcessEnv): DatabaseTarget;
export function openSqlite(file: string): Promise<import("better-sqlite3").Database>;
export function applySqlitePragmas(db: import("better-sqlite3").Database): void;
export function cliAdapterFactory(target: DatabaseTarget): Promise<import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory>;
