/**
 * The static export served by a server of the spec's own, whose sw.js can be
 * changed between visits: what a school sees when a new version is published
 * while a student has the app open. Listens on a port the system picks, so
 * it never collides with the suite's server.
 */
import { readFileSync, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const OUT = path.join(__dirname, "../../out");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".ts": "text/javascript",
  ".css": "text/css",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

export interface VersionedSite {
  origin: string;
  /** Publishes a new version: the service worker script changes, as any rebuild changes it. */
  publish(version: number): void;
  close(): Promise<void>;
}

export async function serveVersionedSite(): Promise<VersionedSite> {
  const original = readFileSync(path.join(OUT, "sw.js"), "utf8");
  let sw = original;
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (pathname === "/sw.js") {
      response.writeHead(200, { "content-type": TYPES[".js"]!, "cache-control": "no-cache" });
      response.end(sw);
      return;
    }
    let file = path.join(OUT, pathname);
    if (!file.startsWith(OUT)) file = path.join(OUT, "404.html");
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    const found = existsSync(file);
    if (!found) file = path.join(OUT, "404.html");
    response.writeHead(found ? 200 : 404, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(request.method === "HEAD" ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    publish(version) {
      sw = `${original}\n// version ${version}\n`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
