import { sha256Hex } from "@/lib/audit/chain";

/** A stored version is intact when its snapshot still hashes to the hash frozen with it. */
export function verifyVersionHash(version: { snapshot: string; hash: string }): boolean {
  return sha256Hex(version.snapshot) === version.hash;
}
