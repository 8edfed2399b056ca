// `npm run walkthrough`: one turn of the loop on the embedded default, in a temporary repository — no
// network, no API key, no GitHub. It runs the real CLI, step by step, and says where to look afterwards.
// (`npm start` is the 90-day journey: scripts/journey.ts.)
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "src/cli.ts");
const dir = await mkdtemp(join(tmpdir(), "loopcast-demo-"));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "Demo Owner",
  GIT_AUTHOR_EMAIL: "owner@example.com",
  GIT_COMMITTER_NAME: "Demo Owner",
  GIT_COMMITTER_EMAIL: "owner@example.com",
};

const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env, encoding: "utf8" });
const step = (title: string) => console.log(`\n━━ ${title}`);
function loopcast(...args: string[]): string {
  console.log(`$ loopcast ${args.join(" ")}`);
  const out = execFileSync(process.execPath, [cli, ...args], { cwd: dir, env, encoding: "utf8" });
  process.stdout.write(`${out.trimEnd().replace(/^/gm, "  ")}\n`);
  return out;
}

step(`A new repository with the example configuration (Loopcast marketing itself): ${dir}`);
await cp(join(root, "marketing"), join(dir, "marketing"), {
  recursive: true,
  filter: (src) =>
    !/\/(content|ledger|reports|metrics|exceptions|decisions)(\/|$)/.test(
      src.slice(join(root, "marketing").length),
    ),
});
git("init", "-q", "-b", "main");
git("add", ".");
git("commit", "-q", "-m", "Marketing strategy, guardrails and benchmarks as code");
loopcast("validate");

const monday = "2026-11-30T12:00:00Z";
step("Monday 12:00 UTC: the scheduled run plans and proposes what is due");
loopcast("plan", "--at", monday);
loopcast("run", "--at", monday);
loopcast("review", "list");

step("A person reviews: approves the blog post after editing it, rejects the social post");
const blog = "weekly-blog@20261201T0800Z";
git("switch", "-q", `loopcast/${blog}`);
const path = `marketing/content/weekly-blog/${blog}.md`;
execFileSync("sed", ["-i", "s/^## About Loopcast$/## About us/", path], { cwd: dir });
git("commit", "-q", "-am", "Tighten the wording");
git("switch", "-q", "main");
loopcast("review", "approve", blog);
loopcast("review", "reject", "daily-social@20261201T1130Z", "--reason", "not this week");

step("Tuesday 08:05 UTC, after the blog post's slot: the next run records the outcomes and publishes");
loopcast("run", "--at", "2026-12-01T08:05:00Z");
step("The same run again: nothing is published twice");
loopcast("run", "--at", "2026-12-01T08:05:00Z");

step("Where to look");
console.log(
  `  published site:  ${join(dir, "site/blog")}  (${(await readdir(join(dir, "site/blog"))).join(", ")})`,
);
console.log(`  ledger:          ${join(dir, "marketing/ledger")}`);
console.log(`  content:         ${join(dir, "marketing/content")}`);
console.log(`  history:         git -C ${dir} log --oneline --graph --all`);
console.log(git("log", "--oneline", "--graph", "--all").trimEnd().replace(/^/gm, "    "));
