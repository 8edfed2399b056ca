// The metrics ingest the Action hands to its repository_dispatch route: the payload goes through the
// same code path as inbox files and `loopcast ingest` (validated, matched or quarantined, judged, spend
// settled); the Action commits the files it returns.
import { parseDispatchPayload } from "../metrics/index.ts";
import { measureFiles } from "../pipeline/measure.ts";
import { readLedger } from "../state/ledger.ts";
import type { MetricsIngest } from "./dispatch-metrics.ts";

export const ingestMetrics: MetricsIngest = async ({ payload, config, repoDir, now }) => {
  const ledger = await readLedger(config.dir);
  const leftOut = ledger.invalid?.length ?? 0;
  const source = parseDispatchPayload(payload);
  // A large refused payload is summarised in the quarantine; the rows themselves stay with the event.
  const kept =
    "the repository_dispatch event's payload (kept by GitHub with the Actions run that received it)";
  const { report, files } = await measureFiles({ config, repoDir, now }, ledger, {
    sources: [{ ...source, kept }],
  });
  const s = report.ingest;
  return {
    accepted: s?.accepted ?? 0,
    quarantined: s?.quarantined ?? 0,
    paths: files,
    summary: `${s?.rows ?? 0} row(s): ${s?.accepted ?? 0} accepted, ${s?.duplicates ?? 0} duplicate(s), ${s?.corrections ?? 0} correction(s), ${s?.quarantined ?? 0} quarantined; ${report.judged.length} verdict(s)${leftOut ? `; ${leftOut} invalid ledger line(s) left out (the next run sets them aside)` : ""}`,
  };
};
