// The process that runs the local PDS for bluesky-pds.ts: @atproto/dev-env's TestNetworkNoAppView (a PDS
// and a PLC directory, in memory), one account with an app password, its addresses and credentials as one
// JSON line on stdout. It stops when its stdin closes. A process of its own, so the PDS's work and its
// native database stay out of the test's process, which runs Loopcast and counts what arrived.
import { AtpAgent } from "@atproto/api";
import { TestNetworkNoAppView } from "@atproto/dev-env";

const handle = process.argv[2] ?? "bakery.test";
const network = await TestNetworkNoAppView.create({});
const owner = new AtpAgent({ service: network.pds.url });
await owner.createAccount({ handle, email: `owner@${handle}`, password: "account-password" });
const appPassword = (await owner.com.atproto.server.createAppPassword({ name: "loopcast" })).data.password;
process.stdout.write(
  `${JSON.stringify({ url: network.pds.url, handle, did: owner.session?.did, appPassword })}\n`,
);

process.stdin.resume();
process.stdin.on("close", () => {
  void network.close().finally(() => process.exit(0));
});
