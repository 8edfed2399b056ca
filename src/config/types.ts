// The typed configuration. The shapes come from the JSON Schemas (src/schema-types/*.generated.ts).
import type { Benchmarks } from "../schema-types/benchmarks.generated.ts";
import type { Guardrails } from "../schema-types/guardrails.generated.ts";
import type { Channel, Pillar, Strategy } from "../schema-types/strategy.generated.ts";
import type { Workflow } from "../schema-types/workflow.generated.ts";
import type { YamlSource } from "./yaml-source.ts";

export type { Benchmarks, Channel, Guardrails, Pillar, Strategy, Workflow };
export type Benchmark = Benchmarks["benchmarks"][number];
export type Level = Workflow["level"];
export const LEVELS: readonly Level[] = ["L0", "L1", "L2", "L3", "L4", "L5"];

export interface Config {
  /** Absolute path of the configuration folder (the repository's `marketing/`). */
  dir: string;
  strategy: Strategy;
  guardrails: Guardrails;
  benchmarks: Benchmarks;
  workflows: Workflow[];
  /** marketing/voice.md: the prose guide handed to the generator. */
  voiceGuide: string;
  /** Parsed files by path relative to `dir`, so later checks can point at file:line:col. */
  sources: Map<string, YamlSource>;
}

export function levelNumber(level: Level): number {
  return Number(level.slice(1));
}

export function channelById(config: Config, id: string): Channel | undefined {
  return config.strategy.channels.find((c) => c.id === id);
}
