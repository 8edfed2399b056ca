// Work that runs beside the main thread. A command has two cores (GitHub's runners and the target machine
// alike), and a first report over a year of history spends a third of its time reading metric files: in
// a worker thread that overlaps with the main thread reading the ledger. A task is a plain function from
// structured-clonable data to data; typed arrays in its result are transferred, not copied.
//
// The worker loads the module that defines `runTask` (import.meta.url): this file when Loopcast runs from
// src/, the whole bundle when it runs from dist/. So both entry points (cli.ts, action.ts) import this
// module statically, which keeps it evaluated at start-up in the bundle, and run their main only on the
// main thread; off it, `serveWorkerTask` below answers instead.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { readMetricColumns } from "./report/metric-columns.ts";

const TASKS = {
  "read-metric-columns": readMetricColumns,
} as const;

type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;

/** What the main thread hands the worker (its `workerData`). */
interface Request {
  loopcastTask: TaskName;
  input: unknown;
}

type Reply = { ok: true; result: unknown } | { ok: false; error: ErrorDetails };

/** What crosses back of an error: enough for the CLI's message, its exit code and a useful stack. */
interface ErrorDetails {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  errno?: number;
  path?: string;
  syscall?: string;
}

/** Runs a task in a worker thread and resolves with its result; a task that throws rejects with its error. */
export function runTask<K extends TaskName>(
  task: K,
  input: Parameters<Tasks[K]>[0],
): Promise<ReturnType<Tasks[K]>> {
  const here = new URL(import.meta.url);
  // A module that is not a file (a test runner's virtual module, say) cannot be loaded by a worker.
  if (here.protocol !== "file:")
    return new Promise((resolve) => resolve(call(task, input) as ReturnType<Tasks[K]>));
  return new Promise((resolve, reject) => {
    const request: Request = { loopcastTask: task, input };
    // argv/execArgv: the worker is not the CLI and must not read its flags.
    const worker = new Worker(here, { workerData: request, argv: [], stdout: false, stderr: false });
    let replied = false;
    worker.once("message", (reply: Reply) => {
      replied = true;
      if (reply.ok) resolve(reply.result as ReturnType<Tasks[K]>);
      else reject(Object.assign(new Error(reply.error.message), reply.error));
      // The answer is all it was for; in the Action the worker would otherwise finish evaluating the bundle.
      void worker.terminate();
    });
    worker.once("error", (err) => {
      replied = true;
      reject(err);
    });
    worker.once("exit", (code) => {
      if (!replied) reject(new Error(`worker for ${task} exited (code ${code}) without an answer`));
    });
  });
}

function call(task: TaskName, input: unknown): unknown {
  const fn = TASKS[task] as (input: unknown) => unknown;
  if (typeof fn !== "function") throw new Error(`unknown worker task ${String(task)}`);
  return fn(input);
}

let served = false;

/** In a worker started by `runTask`: runs the task it was given and posts the answer. */
export function serveWorkerTask(): void {
  const request = workerData as Request | undefined;
  if (isMainThread || served || !parentPort || !request?.loopcastTask) return;
  served = true;
  let reply: Reply;
  let transfer: ArrayBuffer[] = [];
  try {
    const result = call(request.loopcastTask, request.input);
    reply = { ok: true, result };
    transfer = buffersOf(result);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const error: ErrorDetails = { name: e?.name ?? "Error", message: e?.message ?? String(err) };
    for (const key of ["stack", "code", "errno", "path", "syscall"] as const)
      if (e?.[key] !== undefined) Object.assign(error, { [key]: e[key] });
    reply = { ok: false, error };
  }
  parentPort.postMessage(reply, transfer);
}

/** The buffers of the typed arrays among an object's own values: moved to the main thread, not copied. */
function buffersOf(result: unknown): ArrayBuffer[] {
  if (!result || typeof result !== "object") return [];
  const out: ArrayBuffer[] = [];
  for (const v of Object.values(result))
    if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer && !out.includes(v.buffer))
      out.push(v.buffer);
  return out;
}

// Loaded as the worker's own module (Loopcast running from src/): answer at once.
serveWorkerTask();
