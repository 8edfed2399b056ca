// One contender for the run lock, as a process of its own: opens the repository's local forge, says
// "ready", waits for a line on stdin (the test writes it to every contender at once, so they reach the
// lock within a millisecond or so), takes the lock, holds it HOLD_MS and releases it. Prints
// "acquired FROM TO" (epoch ms) or "refused: <message>".
// usage: node test/faults/lock-contender.ts REPO HOLD_MS
import { once } from "node:events";
import { LocalForge } from "../../src/forge/local.ts";

const [repoDir = ".", hold = "200"] = process.argv.slice(2);
const forge = await LocalForge.open({ repoDir });
process.stdout.write("ready\n");
await once(process.stdin, "data");
try {
  const release = await forge.lock();
  const from = Date.now();
  await new Promise((resolve) => setTimeout(resolve, Number(hold)));
  process.stdout.write(`acquired ${from} ${Date.now()}\n`);
  await release({ completed: true });
} catch (err) {
  process.stdout.write(`refused: ${(err as Error).message}\n`);
}
process.stdin.destroy();
