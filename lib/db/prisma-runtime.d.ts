// The WebAssembly query compiler's JS glue that the generated clients load (lib/generated/*/internal/class.ts);
// lib/db/plan-cache.ts wraps its compile methods. The package ships no declarations for these files.
declare module "@prisma/client/runtime/query_compiler_bg.sqlite.mjs" {
  export class QueryCompiler {
    compile(query: string): unknown;
    compileBatch(query: string): unknown;
  }
}
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export class QueryCompiler {
    compile(query: string): unknown;
    compileBatch(query: string): unknown;
  }
}
