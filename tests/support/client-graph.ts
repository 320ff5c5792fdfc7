// Which message namespaces each page's client components use, read off the source (no build needed).
//
// A module with "use client" is where the browser's part starts; every module it imports runs in the
// browser too. A client module's `useTranslations("a.b")` needs "a.b" in the messages the page sends
// the browser (lib/i18n/client-messages.ts). `useTranslations()` with no namespace (run-time keys such as
// section names) or a computed one says what it reads in a comment:
//   // client-messages: sectionKind review.sectionLabel
// (a declaration replaces what the module's literal calls say, so it can also narrow "import" to the
// one part it uses). Server modules are followed from each page and layout until they reach a client module.
//
// An action's refusal arrives translated (lib/actions/action-refusal.ts); only the refusals the browser
// finds itself need their text there. A module that produces one declares its keys, in addition to what
// it reads otherwise:
//   // client-keys: reviewErrors.reasonRequired
// and every error key written in a client module's code ("errors.x", "reviewErrors.x") must be declared
// by some module of the page (a key computed at run time cannot be seen, so its module declares it).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");

interface ModuleInfo {
  file: string;
  client: boolean;
  imports: string[];
  /** Namespaces the module reads with useTranslations, literal or declared. */
  namespaces: string[];
  /** Calls of useTranslations whose namespace is neither literal nor declared. */
  undeclared: number;
  /** Error keys written in the module's code ("errors.generic"): the browser shows them, so a page must send them. */
  errorKeys: string[];
}

/** An error message key as written in code: "errors.x", "reviewErrors.x", "rollup.errors.x". */
export const ERROR_KEY = /["`]((?:[a-z]+\.)?(?:errors|[a-z]+Errors)\.[a-zA-Z_]+)/g;

/** The code of a module without its comments (they name example keys). */
export function codeOf(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

/** The words of `// <label>: a b (a comment)` lines (a line of its own, not a mention in a doc comment). */
function declaredWords(src: string, label: string): string[] {
  return [...src.matchAll(new RegExp(`^\\s*//\\s*${label}:\\s*([^\\n(]+)`, "gm"))].flatMap((m) => m[1].trim().split(/\s+/));
}

const cache = new Map<string, ModuleInfo>();

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null; // a package: its own messages are none of ours
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function moduleInfo(file: string): ModuleInfo {
  const hit = cache.get(file);
  if (hit) return hit;
  const src = readFileSync(file, "utf8");
  const client = /^\s*(?:\/\/[^\n]*\n\s*)*["']use client["']/.test(src);
  const imports: string[] = [];
  // static imports and re-exports; `import type` brings no code
  for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)) {
    const r = resolveImport(file, m[1]);
    if (r) imports.push(r);
  }
  const namespaces: string[] = [];
  let undeclared = 0;
  for (const m of src.matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*([^)]*)\)/g)) {
    if (m[1] !== undefined && !m[2]) namespaces.push(m[1]);
    else undeclared++;
  }
  // A declaration is the module's whole list (it may narrow a literal one: "import" → "import.openImport").
  // Words in brackets after it are a comment.
  const declared = declaredWords(src, "client-messages");
  // The keys of the refusals the module finds itself, added to whatever else it reads.
  const keys = declaredWords(src, "client-keys");
  for (const w of [...declared, ...keys]) if (!/^[a-zA-Z][\w.-]*$/.test(w)) throw new Error(`${path.relative(root, file)}: not a namespace or key: ${w}`);
  const errorKeys = [...new Set([...codeOf(src).matchAll(ERROR_KEY)].map((m) => m[1]))];
  const info = declared.length
    ? { file, client, imports, namespaces: [...declared, ...keys], undeclared: 0, errorKeys }
    : { file, client, imports, namespaces: [...namespaces, ...keys], undeclared, errorKeys };
  cache.set(file, info);
  return info;
}

/** Every module the browser runs for these client modules (themselves included). */
function clientClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...moduleInfo(f).imports);
  }
  return seen;
}

/** The client modules a server module reaches, following server imports only. */
export function clientEntriesOf(file: string): string[] {
  const entries = new Set<string>();
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const info = moduleInfo(f);
    if (info.client) entries.add(f);
    else stack.push(...info.imports);
  }
  return [...entries];
}

export interface ClientNeeds {
  namespaces: Set<string>;
  /** Client modules that call useTranslations without a literal or declared namespace. */
  undeclared: string[];
  /** Error keys written in the browser's code that no module of the page declares ("file: key"). */
  undeclaredKeys: string[];
}

/** What the browser needs for the client modules this server module (a page, a layout) renders. */
export function clientNeedsOf(file: string): ClientNeeds {
  const namespaces = new Set<string>();
  const undeclared: string[] = [];
  const closure = clientClosure(clientEntriesOf(file));
  for (const f of closure) {
    const info = moduleInfo(f);
    for (const ns of info.namespaces) namespaces.add(ns);
    if (info.undeclared) undeclared.push(path.relative(root, f));
  }
  const undeclaredKeys = [...closure].flatMap((f) => moduleInfo(f).errorKeys.filter((k) => !covered(k, namespaces)).map((k) => `${path.relative(root, f)}: ${k}`));
  return { namespaces, undeclared, undeclaredKeys };
}

/**
 * The namespaces a module's <ClientMessages namespaces={[…]}> send: literal lists, in which
 * `...NAME` stands for the named constant's list (given in `constants`).
 */
export function providedNamespaces(file: string, constants: Record<string, readonly string[]>): string[] {
  const src = readFileSync(file, "utf8");
  return [...src.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
    m[1]
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean)
      .flatMap((x) => {
        const spread = /^\.\.\.(\w+)$/.exec(x);
        if (spread) {
          const list = constants[spread[1]];
          if (!list) throw new Error(`${path.relative(root, file)}: unknown constant ${spread[1]}`);
          return [...list];
        }
        const lit = /^"([^"]+)"$/.exec(x);
        if (!lit) throw new Error(`${path.relative(root, file)}: not a literal namespace: ${x}`);
        return [lit[1]];
      }),
  );
}

/** Every page and special file (not-found, error, loading) under app/. */
export function pages(dir = path.join(root, "app")): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...pages(p));
    else if (/^(page|not-found|error|global-error|loading|template)\.tsx$/.test(name)) out.push(p);
  }
  return out;
}

/** The layouts above a page (root first). */
export function layoutsOf(page: string): string[] {
  const out: string[] = [];
  let dir = path.dirname(page);
  const appDir = path.join(root, "app");
  for (;;) {
    const l = path.join(dir, "layout.tsx");
    if (existsSync(l)) out.unshift(l);
    if (dir === appDir) break;
    dir = path.dirname(dir);
  }
  return out;
}

/** Whether `ns` ("editor.save") is covered by one of `provided` ("editor", "editor.save"). */
export function covered(ns: string, provided: Iterable<string>): boolean {
  for (const p of provided) if (ns === p || ns.startsWith(`${p}.`)) return true;
  return false;
}
