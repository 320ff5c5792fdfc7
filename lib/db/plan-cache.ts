// Prisma 6's Rust-free client compiles every query to a plan in WebAssembly on every call (no cache of
// its own: the profile of a report page spent ~17% of its CPU there). A query's plan is a pure function
// of the query's JSON (the schema is fixed), so the same query — the same page asked again, the session
// and membership reads of every request — can reuse it. Plans are frozen: one that something tried to
// change would throw, not leak into the next request. Bounded (least recently used goes first).

/** A small LRU map: get() refreshes an entry, set() drops the oldest beyond `max`. */
export class LruCache<K, V> {
  private map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }
  get size(): number {
    return this.map.size;
  }
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

type Compiler = { compile(query: string): unknown; compileBatch(query: string): unknown };

const PATCHED = Symbol.for("summa.planCache");

/** Makes every QueryCompiler of this runtime module reuse plans of identical queries (once per class). */
export function cachePlans(QueryCompiler: { prototype: Compiler }, max = 1000): void {
  const proto = QueryCompiler.prototype as Compiler & { [PATCHED]?: boolean };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  for (const method of ["compile", "compileBatch"] as const) {
    const original = proto[method];
    const cache = new LruCache<string, unknown>(max);
    proto[method] = function (this: Compiler, query: string) {
      const hit = cache.get(query);
      if (hit !== undefined) return hit;
      const plan = deepFreeze(original.call(this, query));
      cache.set(query, plan);
      return plan;
    };
  }
}
