import path from "node:path";
import type { NextConfig } from "next";

// The bare page bench/http.bench.ts compares the app with: the same next and react, nothing else.
const config: NextConfig = {
  distDir: process.env.SUMMA_NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
};

export default config;
