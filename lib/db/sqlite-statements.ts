// better-sqlite3 statements, prepared once per SQL text. The Prisma adapter calls
// `prepare(sql).bind(args)` then run() / columns() / raw().all() for every query; bind() may be called
// only once per statement, so the reused statement is handed out behind a small view that passes the
// arguments to each call instead. Everything runs synchronously, so no two uses of a statement overlap.
import { LruCache } from "./plan-cache";

export interface SqliteStatement {
  reader: boolean;
  bind(...args: unknown[]): SqliteStatement;
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown[];
  columns(): unknown[];
  raw(on?: boolean): SqliteStatement;
}

// A prepared statement's result columns do not change (the schema does not change under a running app);
// better-sqlite3 builds new objects for them on every columns() call, so they are kept with the statement.
const columnsOf = new WeakMap<SqliteStatement, unknown[]>();

/** What the adapter sees: bind(args) returns a view of the cached statement with those arguments. */
function view(stmt: SqliteStatement, args: unknown[]): SqliteStatement {
  const bound: SqliteStatement = {
    reader: stmt.reader,
    bind: (...more) => view(stmt, more),
    run: () => stmt.run(...args),
    all: () => stmt.all(...args),
    columns: () => {
      let cols = columnsOf.get(stmt);
      if (!cols) columnsOf.set(stmt, (cols = stmt.columns()));
      return cols;
    },
    raw: (on = true) => {
      stmt.raw(on);
      return bound;
    },
  };
  return bound;
}

export function reusingStatements(prepare: (sql: string) => SqliteStatement, max = 500): (sql: string) => SqliteStatement {
  const cache = new LruCache<string, SqliteStatement>(max);
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = prepare(sql);
      cache.set(sql, stmt);
    }
    return view(stmt, []);
  };
}
