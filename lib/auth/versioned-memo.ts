// Values computed from rows the AuthzVersion counter guards (prisma/models.prisma), kept per key while the
// counter stays where it was when they were computed. The caller reads the counter first and the rows
// after it: a change committed in between raises the counter, so at worst the value is computed again on
// the next request, never kept past a change. No counter (null) keeps nothing.
import { LruCache } from "@/lib/db/plan-cache";

export class VersionedMemo<K, V> {
  private entries: LruCache<K, { version: number; value: V }>;
  constructor(max: number) {
    this.entries = new LruCache(max);
  }
  /** The value kept for `key` under this counter value, if any. */
  get(key: K, version: number | null): V | undefined {
    if (version === null) return undefined;
    const e = this.entries.get(key);
    return e && e.version === version ? e.value : undefined;
  }
  set(key: K, version: number | null, value: V): void {
    if (version !== null) this.entries.set(key, { version, value });
  }
}
