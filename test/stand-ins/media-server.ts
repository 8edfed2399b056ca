// A static file server for a media folder, as a site or a bucket serves marketing/media/: channels whose
// provider fetches images itself (Instagram's image_url) are tested with the files served from here. It
// records the paths asked for and answers 404 for anything outside the folder.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";

/** A static file server for a media folder: Meta fetches `image_url` from where the files are served. */
export async function startMediaServer(
  dir: string,
): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server = createServer(async (req, res) => {
    const rel = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^\/+/,
      "",
    );
    hits.push(rel);
    const path = join(dir, rel);
    const s = await stat(path).catch(() => undefined);
    if (!s?.isFile() || rel.startsWith("..")) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Length": s.size });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
