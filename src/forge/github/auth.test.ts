import { createPublicKey, generateKeyPairSync, verify } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeGitHub } from "../../../test/fake-github/index.ts";
import { UsageError } from "../../errors.ts";
import { appBot, appJwt, parseIdentity, resolveToken } from "./auth.ts";

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("GitHub App auth", () => {
  it("signs a JWT GitHub can verify: RS256, issued by the App, valid under ten minutes", () => {
    const jwt = appJwt("12345", pem, Date.UTC(2026, 0, 1));
    const [header, payload, signature] = jwt.split(".") as [string, string, string];
    expect(JSON.parse(Buffer.from(header, "base64url").toString())).toEqual({ alg: "RS256", typ: "JWT" });
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as {
      iat: number;
      exp: number;
      iss: string;
    };
    expect(claims.iss).toBe("12345");
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(600);
    const ok = verify(
      "RSA-SHA256",
      Buffer.from(`${header}.${payload}`),
      createPublicKey(pem),
      Buffer.from(signature, "base64url"),
    );
    expect(ok).toBe(true);
  });

  it("refuses a key that is not a PEM private key, without repeating it", () => {
    expect(() => appJwt("1", "not-a-key-SECRET")).toThrow(UsageError);
    expect(() => appJwt("1", "not-a-key-SECRET")).not.toThrow(/SECRET/);
  });

  it("exchanges the JWT for an installation token", async () => {
    const fake = await startFakeGitHub({ logViolations: false, repos: [{ owner: "acme", name: "site" }] });
    close = fake.close;
    const auth = await resolveToken(
      { kind: "app", appId: "1", privateKey: pem, installationId: 1 },
      { apiUrl: fake.apiUrl, owner: "acme", repo: "site", pacing: { writeMs: 0, notifyMs: 0 } },
    );
    expect(auth).toMatchObject({ kind: "app", requests: 1 });
    expect(auth.token).toMatch(/^ghs_/);
    expect(fake.state.loginForToken(auth.token)).toBe("loopcast[bot]");
    fake.assertNoViolations();
  });
});

describe("identities", () => {
  it("parses the committer input and names an App's bot", () => {
    expect(parseIdentity("Loopcast Bot <bot@example.com>")).toEqual({
      name: "Loopcast Bot",
      email: "bot@example.com",
    });
    expect(() => parseIdentity("just a name")).toThrow(/input `committer` must look like "Name <email>"/);
    expect(appBot("loopcast", 123)).toEqual({
      name: "loopcast[bot]",
      email: "123+loopcast[bot]@users.noreply.github.com",
    });
  });
});
