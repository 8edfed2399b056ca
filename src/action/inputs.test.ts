import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { inputSecrets, readInputs } from "./inputs.ts";

const env = {
  GITHUB_REPOSITORY: "acme/site",
  GITHUB_WORKSPACE: "/tmp/ws",
  GITHUB_EVENT_NAME: "schedule",
  GITHUB_API_URL: "https://ghe.example.com/api/v3",
  GITHUB_SERVER_URL: "https://ghe.example.com",
  GITHUB_RUN_ID: "99",
};
const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? "";

describe("readInputs", () => {
  it("reads the runner's variables and the defaults", () => {
    const o = readInputs(from({ "github-token": "ghp_abcdefgh12345678" }), env, { schedule: "x" });
    expect(o).toMatchObject({
      command: "run",
      configPath: "marketing",
      dryRun: false,
      owner: "acme",
      repo: "site",
      apiUrl: "https://ghe.example.com/api/v3",
      runUrl: "https://ghe.example.com/acme/site/actions/runs/99",
      auth: { kind: "token", token: "ghp_abcdefgh12345678" },
      stateBranch: "loopcast-state",
      onProtectedBase: "pull-request",
    });
    expect(inputSecrets(o)).toEqual(["ghp_abcdefgh12345678"]);
  });

  it("paces writes as GitHub asks unless write-pacing says otherwise, and refuses a non-number", () => {
    const token = { "github-token": "ghp_abcdefgh12345678" };
    expect(readInputs(from(token), env, {}).pacing).toBeUndefined();
    expect(readInputs(from({ ...token, "write-pacing": "250" }), env, {}).pacing).toEqual({
      writeMs: 250,
      notifyMs: 250,
    });
    expect(() => readInputs(from({ ...token, "write-pacing": "fast" }), env, {})).toThrow(
      /input `write-pacing` must be a number of milliseconds/,
    );
  });

  it("prefers an App when app-id is given, and names the input at fault", () => {
    const app = readInputs(
      from({
        "app-id": "7",
        "app-private-key": "-----BEGIN-----\nKEYLINE1234567\n-----END-----",
        "app-installation-id": "9",
      }),
      env,
      {},
    );
    expect(app.auth).toEqual({
      kind: "app",
      appId: "7",
      privateKey: "-----BEGIN-----\nKEYLINE1234567\n-----END-----",
      installationId: 9,
    });
    expect(inputSecrets(app)).toContain("KEYLINE1234567");
    expect(() => readInputs(from({ "app-id": "7" }), env, {})).toThrow(
      "input `app-private-key` is required with `app-id`",
    );
    expect(() => readInputs(from({ command: "deploy" }), env, {})).toThrow(
      "input `command` must be one of run, plan, validate",
    );
    expect(() => readInputs(from({ "dry-run": "yes" }), env, {})).toThrow(UsageError);
    expect(() => readInputs(from({ at: "tomorrow" }), env, {})).toThrow(/input `at`/);
    expect(() => readInputs(from({}), { ...env, GITHUB_REPOSITORY: "" }, {})).toThrow(
      /GITHUB_REPOSITORY is not set/,
    );
  });

  it("passes the model's key to the generator under OPENAI_API_KEY", () => {
    const o = readInputs(from({ model: "gpt-4o-mini", "openai-api-key": "sk-secret-123456" }), env, {});
    expect(o.model).toBe("gpt-4o-mini");
    expect(o.env.OPENAI_API_KEY).toBe("sk-secret-123456");
    expect(inputSecrets(o)).toContain("sk-secret-123456");
  });
});
