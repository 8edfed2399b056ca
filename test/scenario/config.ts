// The configuration both ladder scenarios run on: the example's daily social post alone, at L3, posting
// to a Mastodon stand-in every day at 12:30 Berlin, judged on engagement, with no blackouts. A level is
// earned after SCENARIO_MIN_CYCLES reviewed cycles instead of the default 30: the scenarios show the
// ladder's mechanics end to end (promotion proposals, grants, review windows, demotion), and the
// thresholds themselves, 30 included, are tested where they live (src/autonomy/track-record.test.ts).
import { parseDocument } from "yaml";

export const SCENARIO_MIN_CYCLES = 10;

export const REMOVED = ["marketing/workflows/weekly-blog.yaml", "marketing/workflows/weekly-newsletter.yaml"];

export function edited(text: string, change: (d: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(text);
  change(doc);
  return doc.toString();
}

/** The example's files (path → text) turned into the scenario's; the paths in REMOVED are left out. */
export function scenarioFiles(example: Record<string, string>, mastodonUrl: string): Record<string, string> {
  const files = { ...example };
  for (const path of REMOVED) delete files[path];
  const f = (path: string) => files[path] as string;
  files["marketing/workflows/daily-social.yaml"] = edited(f("marketing/workflows/daily-social.yaml"), (d) => {
    d.set("level", "L3");
    d.set("cadence", "30 12 * * *");
  });
  files["marketing/strategy.yaml"] = edited(f("marketing/strategy.yaml"), (d) =>
    d.setIn(["channels", 2, "instanceUrl"], mastodonUrl),
  );
  files["marketing/benchmarks.yaml"] = edited(f("marketing/benchmarks.yaml"), (d) =>
    d.set(
      "benchmarks",
      d.createNode([
        {
          id: "social-engagement",
          channel: "mastodon",
          metric: "engagement_rate",
          min: 0.015,
          minSample: { metric: "impressions", value: 300 },
          window: "48h",
          primary: true,
        },
      ]),
    ),
  );
  files["marketing/guardrails.yaml"] = edited(f("marketing/guardrails.yaml"), (d) => {
    d.deleteIn(["channels", "blackouts"]);
    d.deleteIn(["budget", "perWorkflow", "weekly-newsletter"]);
    d.setIn(["autonomy", "minCycles"], SCENARIO_MIN_CYCLES);
  });
  return files;
}
