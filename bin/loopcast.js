#!/usr/bin/env node
// Runs the TypeScript sources directly (Node 24 strips types). The Action uses the bundle in dist/.
import { runCli } from "../src/cli.ts";

await runCli();
