// The production HTTP server (started by scripts/start.mjs): Next's request handler behind a few checks
// Next cannot make itself.
//  - The client address: Next keeps a client-sent X-Forwarded-For, so without a trusted proxy the
//    address would be the client's choice. The TCP peer's address goes into PEER_HEADER (replacing any
//    value the client sent), and lib/auth/client-ip.ts reads it.
//  - Requests Next would answer with a 500 are refused here with 400/403/413 (lib/http/guards.mjs).
//  - A server action's body is read here (at most 1 MB, chunked or not), checked, and handed to Next
//    through its request meta ("actionBody", which Next's action handler reads instead of the stream).
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { ACTION_BODY_LIMIT, isActionRequest, malformedActionBody, PEER_HEADER, refuseRequest, refusalText } from "../lib/http/guards.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const NEXT_REQUEST_META = Symbol.for("NextInternalRequestMeta");

function refuse(req, res, status, code) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(refusalText(code, req.headers["accept-language"]));
}

/** Reads a body of at most `limit` bytes; null when it is larger (the rest is drained, not kept). */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

const server = createServer(async (req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  const refusal = refuseRequest(req);
  if (refusal) return refuse(req, res, refusal.status, refusal.code);
  if (isActionRequest(req)) {
    let body;
    try {
      body = await readBody(req, ACTION_BODY_LIMIT);
    } catch {
      return res.destroy();
    }
    if (body === null) return refuse(req, res, 413, "bodyTooLarge");
    if (malformedActionBody(req.headers["content-type"], body)) return refuse(req, res, 400, "badActionBody");
    req[NEXT_REQUEST_META] = { ...(req[NEXT_REQUEST_META] ?? {}), actionBody: body };
  }
  handle(req, res).catch((e) => {
    console.error(e);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});
server.listen(port, hostname, () => console.log(`[summa] ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    console.log(`[summa] ${sig}: stopping`);
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref(); // keep-alive connections must not hold the exit
  });
}
