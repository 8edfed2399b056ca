// The exception queue: one YAML file per exception in marketing/exceptions/, named by its id
// (<type>--<scope>). Raising is idempotent: an exception that exists (open or resolved) is not raised again.
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { validator } from "../config/schemas.ts";
import { StateError } from "../errors.ts";
import type { ExceptionItem } from "../schema-types/exception.generated.ts";

export type { ExceptionItem };

const DIR = "exceptions";

export function exceptionId(type: ExceptionItem["type"], scope: string): string {
  return `${type}--${scope.replace(/[^A-Za-z0-9@._-]/g, "-")}`;
}

export function exceptionPath(id: string): string {
  return `${DIR}/${id}.yaml`;
}

/** Writes the exception unless one with its id exists; returns the path written (relative to the config folder). */
export async function raiseException(configDir: string, ex: ExceptionItem): Promise<string | undefined> {
  const path = join(configDir, exceptionPath(ex.id));
  try {
    await readFile(path);
    return undefined;
  } catch {
    // not raised yet
  }
  await mkdir(join(configDir, DIR), { recursive: true });
  await writeFile(`${path}.tmp`, stringify(ex, { lineWidth: 0 }));
  await rename(`${path}.tmp`, path);
  return exceptionPath(ex.id);
}

export async function listExceptions(configDir: string): Promise<ExceptionItem[]> {
  let names: string[];
  try {
    names = (await readdir(join(configDir, DIR))).filter((n) => n.endsWith(".yaml")).sort();
  } catch {
    return [];
  }
  const validate = validator("exception");
  const out: ExceptionItem[] = [];
  for (const name of names) {
    const data = parse(await readFile(join(configDir, DIR, name), "utf8"));
    if (!validate(data)) {
      throw new StateError(
        `${DIR}/${name}: not a valid exception (${validate.errors?.[0]?.instancePath} ${validate.errors?.[0]?.message}); fix or delete the file`,
      );
    }
    out.push(data as ExceptionItem);
  }
  return out;
}

export async function resolveException(
  configDir: string,
  id: string,
  by: string,
  at: Date,
  resolution?: string,
): Promise<{ exception: ExceptionItem; path: string }> {
  const all = await listExceptions(configDir);
  const ex = all.find((e) => e.id === id);
  if (!ex) throw new StateError(`no exception "${id}"; see \`loopcast exceptions list\``);
  return writeResolved(configDir, ex, by, at, resolution);
}

/** Resolves an exception already read (callers that resolve several read the queue once). */
export async function writeResolved(
  configDir: string,
  ex: ExceptionItem,
  by: string,
  at: Date,
  resolution?: string,
): Promise<{ exception: ExceptionItem; path: string }> {
  const id = ex.id;
  if (ex.status === "resolved") throw new StateError(`exception "${id}" is already resolved`);
  const updated: ExceptionItem = {
    ...ex,
    status: "resolved",
    resolvedAt: at.toISOString(),
    resolvedBy: by,
    ...(resolution ? { resolution } : {}),
  };
  const path = join(configDir, exceptionPath(id));
  await writeFile(`${path}.tmp`, stringify(updated, { lineWidth: 0 }));
  await rename(`${path}.tmp`, path);
  return { exception: updated, path: exceptionPath(id) };
}
