// Checks made on every request before Next sees it (scripts/server.mjs), for what Next itself would
// answer with a 500: a malformed percent-encoded path, a server action posted from another origin, and a
// server-action body over the limit. Pure functions of the request line and headers; unit-tested.

/** The header carrying the TCP peer's address, set by scripts/server.mjs (a client's own value is replaced). */
export const PEER_HEADER = "x-summa-peer";

/** Server-action request bodies above this are refused with 413 (Next's own limit is 1 MB too). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @returns {{ status: number, code: string } | null} a refusal, or null to let the request through
 */
export function refuseRequest(req) {
  const url = req.url ?? "/";
  const [pathname, query = ""] = url.split(/\?(.*)/s);
  try {
    // A NUL reaches the database as part of an id (PostgreSQL refuses it with an error): refused here.
    if (decodeURIComponent(pathname).includes("\u0000") || /%00/.test(query)) return { status: 400, code: "badPath" };
  } catch {
    return { status: 400, code: "badPath" };
  }
  const header = (name) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  if ((req.method ?? "GET").toUpperCase() === "POST" && header("next-action") !== undefined) {
    const origin = header("origin");
    const host = header("x-forwarded-host") ?? header("host");
    if (origin !== undefined && origin !== "null") {
      let originHost = null;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = null;
      }
      if (!host || originHost !== host.split(",")[0].trim()) return { status: 403, code: "foreignOrigin" };
    } else if (origin === "null") {
      return { status: 403, code: "foreignOrigin" };
    }
    const length = Number(header("content-length") ?? 0);
    if (Number.isFinite(length) && length > ACTION_BODY_LIMIT) return { status: 413, code: "bodyTooLarge" };
  }
  return null;
}

/**
 * A server-action body Next would fail to decode (and answer with an error instead of a refusal):
 * a non-multipart body must be JSON; a multipart one must carry its boundary and start with it.
 * @param {string | undefined} contentType
 * @param {Buffer} body
 */
export function malformedActionBody(contentType, body) {
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
    const b = boundary?.[1] ?? boundary?.[2];
    if (!b) return true;
    return !body.subarray(0, b.length + 4).toString("latin1").replace(/^\r?\n/, "").startsWith(`--${b}`);
  }
  try {
    JSON.parse(body.toString("utf8"));
    return false;
  } catch {
    return true;
  }
}

/** Is this a server-action request (Next routes it by the Next-Action header)? */
export function isActionRequest(req) {
  return (req.method ?? "GET").toUpperCase() === "POST" && req.headers["next-action"] !== undefined;
}

const MESSAGES = {
  badPath: ["请求地址无效（含有无法解码的字符）。", "The address is malformed (it has characters that cannot be decoded)."],
  foreignOrigin: ["请求来自其他网站，已拒绝。", "The request came from another site and was refused."],
  bodyTooLarge: ["提交的内容超过 1 MB，已拒绝。", "The submitted content is over 1 MB and was refused."],
  badActionBody: ["提交的数据格式无效，已拒绝。", "The submitted data is malformed and was refused."],
};

/** The refusal as a small bilingual text body (the page that shows it has not been reached yet). */
export function refusalText(code, acceptLanguage = "") {
  const [zh, en] = MESSAGES[code] ?? ["请求无效。", "Bad request."];
  return /^\s*en\b/i.test(acceptLanguage) ? `${en}\n${zh}\n` : `${zh}\n${en}\n`;
}
