// The production HTTP server (started by scripts/start.mjs): Next's request handler behind a few checks
// Next cannot make itself.
//  - The client address: Next keeps a client-sent X-Forwarded-For, so without a trusted proxy the
//    address would be the client's choice. The TCP peer's address goes into PEER_HEADER (replacing any
//    value the client sent), and lib/auth/client-ip.ts reads it.
//  - Requests Next would answer with a 500 are refused here with 400/403/413 (lib/http/guards.mjs).
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { PEER_HEADER, refuseRequest, refusalText } from "../lib/http/guards.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  const refusal = refuseRequest(req);
  if (refusal) {
    res.writeHead(refusal.status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
    res.end(refusalText(refusal.code, req.headers["accept-language"]));
    return;
  }
  handle(req, res).catch((e) => {
    console.error(e);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});
server.listen(port, hostname, () => console.log(`[summa] ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
