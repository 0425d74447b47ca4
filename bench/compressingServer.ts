import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { serveStatic } from "../tests/e2e/staticServer.ts";
import { headersFor, parseHeadersFile, type HeaderRule } from "../tests/unit/quality/securityHeaders.ts";

/** One response as it left the server. */
export interface Sent {
  path: string;
  type: string;
  /** Size of the file. */
  bytes: number;
  /** Size of the body on the wire (gzipped when the browser accepts it and the type compresses). */
  sent: number;
}

const COMPRESSIBLE =
  /^(text\/|application\/(javascript|json|xml|manifest\+json|x-protobuf|geo\+json))|image\/svg\+xml/;

/**
 * Serves a built folder the way a static host or CDN does: tests/e2e/staticServer.ts finds the
 * file, and this front adds gzip (level 9) for text types and the headers of `_headers` (cache,
 * security). Every response is logged, so a measurement can say what was sent. `extra` adds pages
 * that are not in the folder (path → HTML), served the same way: the bench's floor pages.
 */
export async function serveCompressed(
  root: string,
  extra: Record<string, string> = {},
): Promise<{ url: string; log: Sent[]; close: () => Promise<void> }> {
  const files = await serveStatic(root);
  const headersFile = path.join(root, "_headers");
  const rules: HeaderRule[] = existsSync(headersFile)
    ? parseHeadersFile(readFileSync(headersFile, "utf8"))
    : [];
  const log: Sent[] = [];
  const server = createServer(async (req, res) => {
    try {
      const own = extra[new URL(req.url ?? "/", "http://localhost").pathname];
      const upstream =
        own === undefined
          ? await fetch(`${files.url}${req.url ?? "/"}`)
          : new Response(own, { headers: { "content-type": "text/html; charset=utf-8" } });
      const body = Buffer.from(await upstream.arrayBuffer());
      const type = upstream.headers.get("content-type") ?? "application/octet-stream";
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && COMPRESSIBLE.test(type);
      const out = gzip ? gzipSync(body, { level: 9 }) : body;
      const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
      const headers: Record<string, string> = { "Content-Type": type, "Content-Length": String(out.length) };
      if (gzip) Object.assign(headers, { "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
      if (upstream.ok) {
        for (const [name, values] of headersFor(rules, pathname)) headers[name] = values.join(", ");
      }
      res.writeHead(upstream.status, headers);
      res.end(req.method === "HEAD" ? undefined : out);
      log.push({ path: pathname, type, bytes: body.length, sent: out.length });
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await files.close();
    },
  };
}
