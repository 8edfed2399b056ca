import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract, OPERATION_IDS, sortKeys } from "../../scripts/extract-github-openapi.ts";
import { FIXTURE_PATH, rewriteUntypedNullable } from "./openapi.ts";
import { getResponseValidator } from "./response-validator.ts";
import { REST_HANDLERS } from "./rest-router.ts";

type Node = Record<string, unknown>;
const fixtureText = readFileSync(FIXTURE_PATH, "utf8");
const fixture = JSON.parse(fixtureText) as Node;

function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") found.add(child);
      else refsIn(child, found);
    }
  }
  return found;
}

describe("the committed GitHub OpenAPI fixture", () => {
  it("holds exactly the operations Loopcast uses, each with a handler in the fake", () => {
    const ids = Object.values(fixture.paths as Node).flatMap((item) =>
      Object.values(item as Node).map((op) => (op as Node).operationId),
    );
    expect(ids.sort()).toEqual([...OPERATION_IDS].sort());
    expect(Object.keys(REST_HANDLERS).sort()).toEqual([...OPERATION_IDS].sort());
  });

  it("resolves every $ref inside itself and says which package version it came from", () => {
    for (const ref of refsIn(fixture)) {
      const [, , kind, name] = ref.split("/") as [string, string, string, string];
      expect((fixture.components as Record<string, Node>)[kind]?.[name], ref).toBeDefined();
    }
    const info = fixture.info as Node;
    expect((info["x-extracted"] as Node).from).toBe(
      `@octokit/openapi@${info.version} generated/api.github.com.json`,
    );
  });

  it("is written with sorted keys, so re-extracting gives the same bytes", () => {
    expect(`${JSON.stringify(sortKeys(fixture as never), null, 1)}\n`).toBe(fixtureText);
  });
});

describe("extract", () => {
  const source = {
    openapi: "3.0.3",
    info: { title: "t", version: "1.2.3" },
    servers: [{ url: "https://api.github.com" }],
    paths: {
      "/a": {
        get: {
          operationId: "x/get",
          responses: {
            "200": {
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/a" },
                  examples: { big: { $ref: "#/components/examples/huge" } },
                },
              },
            },
          },
        },
        post: { operationId: "x/other", responses: {} },
      },
    },
    components: {
      schemas: {
        a: {
          type: "object",
          properties: { b: { $ref: "#/components/schemas/b" }, example: { type: "string" } },
        },
        b: { type: "string" },
        unused: { type: "string" },
      },
      examples: { huge: { value: "…" } },
    },
  };

  it("keeps the wanted operations and the components they reach, transitively, without examples", () => {
    const out = extract(source, { operationIds: ["x/get"], packageVersion: "9.9.9" });
    expect(Object.keys((out.paths as Node)["/a"] as Node)).toEqual(["get"]);
    expect(out.components).toEqual({ schemas: { a: source.components.schemas.a, b: { type: "string" } } });
    expect(((out.info as Node)["x-extracted"] as Node).from).toContain("@octokit/openapi@9.9.9");
  });

  it("keeps examples on request and fails on an operation id that does not exist", () => {
    const kept = extract(source, { operationIds: ["x/get"], packageVersion: "1", keepExamples: true });
    expect((kept.components as Node).examples).toEqual({ huge: { value: "…" } });
    expect(() => extract(source, { operationIds: ["x/missing"], packageVersion: "1" })).toThrow(/x\/missing/);
  });
});

describe("adapting the description for Ajv", () => {
  it("turns an untyped nullable oneOf into anyOf with null and adds null to nullable enums", () => {
    expect(rewriteUntypedNullable({ nullable: true, oneOf: [{ type: "string" }] })).toEqual({
      anyOf: [{ oneOf: [{ type: "string" }] }, { type: "null" }],
    });
    expect(rewriteUntypedNullable({ type: "string", nullable: true, enum: ["a"] })).toEqual({
      type: "string",
      nullable: true,
      enum: ["a", null],
    });
  });
});

describe("response validation", () => {
  const validator = getResponseValidator();

  it("catches a body that lacks what GitHub's schema requires", () => {
    expect(validator.validate("pulls/get", 200, { number: 1 })).toMatch(/must have required property/);
    expect(validator.validate("pulls/merge", 200, { sha: "abc", merged: true, message: "ok" })).toBeNull();
    expect(validator.validate("pulls/merge", 405, { message: "Pull Request is not mergeable" })).toBeNull();
  });

  it("holds undocumented statuses to GitHub's error shape and refuses undocumented successes", () => {
    expect(validator.validate("pulls/list-commits", 404, { message: "Not Found" })).toBeNull();
    expect(validator.validate("pulls/list-commits", 404, "Not Found")).toMatch(/lacks a string "message"/);
    expect(validator.validate("pulls/list-commits", 201, [])).toMatch(/not documented/);
  });
});
