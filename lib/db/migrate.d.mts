export function listMigrations(kind: "sqlite" | "postgres"): { name: string; sql: string; checksum: string }[];
export function migrate(env?: NodeJS.ProcessEnv, log?: (message: string) => void): Promise<number>;
