// Preloaded into the Action's process in tests (`node --import`): any connection to a host other than
// this machine fails and is reported on stderr, so a request that escaped the fake (say, to api.github.com
// through some library's own HTTP client) fails the test instead of reaching the internet.
import net from "node:net";

const LOCAL = new Set(["127.0.0.1", "localhost", "::1", undefined, ""]);
const connect = net.Socket.prototype.connect as (...args: unknown[]) => net.Socket;

net.Socket.prototype.connect = function patched(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  const opts = Array.isArray(first) ? first[0] : first;
  const host =
    typeof opts === "object" && opts !== null
      ? (opts as { path?: string; host?: string }).path
        ? ""
        : (opts as { host?: string }).host
      : typeof args[1] === "string"
        ? args[1]
        : undefined;
  if (!LOCAL.has(host)) {
    process.stderr.write(`no-network: blocked a connection to ${host}\n`);
    throw new Error(`no-network: connections outside 127.0.0.1 are blocked in tests (${host})`);
  }
  return connect.apply(this, args);
} as typeof net.Socket.prototype.connect;
