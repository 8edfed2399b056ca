#!/usr/bin/env -S node --max-semi-space-size=4
// Runs the TypeScript sources directly (Node 24 strips types). The Action uses the bundle in dist/.
// A small young generation keeps the peak memory of a run over a year of history near 250 MB instead
// of 365 MB (reading tens of thousands of small state files), and is no slower.
import { runCli } from "../src/cli.ts";

await runCli();
