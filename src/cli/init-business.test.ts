// The flags that describe a business for `loopcast init`, refused before anything is written, each with
// the flag, the value and what to write instead.
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import type { Parsed } from "./command.ts";
import { businessFromFlags, channels, timeZone } from "./init-business.ts";

const flags = (values: Record<string, string>) =>
  ({ config: "marketing", json: false, ...values }) as Parsed["values"];

describe("businessFromFlags", () => {
  it("reads a business, with blog and L3 unless told otherwise", () => {
    expect(businessFromFlags(flags({ business: " Rosa's Bakery ", timezone: "Europe/Lisbon" }))).toEqual({
      name: "Rosa's Bakery",
      timezone: "Europe/Lisbon",
      channels: ["blog"],
      level: "L3",
    });
    expect(
      businessFromFlags(
        flags({
          business: "Rosa's Bakery",
          timezone: "europe/lisbon",
          channels: "mastodon, email,blog",
          url: "https://rosas.example/",
          audience: "families in Alfama",
          level: "l1",
        }),
      ),
    ).toEqual({
      name: "Rosa's Bakery",
      timezone: "Europe/Lisbon",
      channels: ["blog", "newsletter", "mastodon"],
      url: "https://rosas.example",
      audience: "families in Alfama",
      level: "L1",
    });
  });

  it("is undefined without --business, and refuses business flags without it", () => {
    expect(businessFromFlags(flags({}))).toBeUndefined();
    expect(() => businessFromFlags(flags({ timezone: "Europe/Lisbon", channels: "blog" }))).toThrow(
      "--timezone, --channels describe the business of a starter configuration; add --business NAME",
    );
  });

  it("asks for the time zone, suggesting this machine's", () => {
    expect(() => businessFromFlags(flags({ business: "B" }), "Europe/Lisbon")).toThrow(
      "--timezone is needed with --business: the IANA time zone your posting times are meant in, e.g. --timezone Europe/Lisbon (this machine's)",
    );
    expect(() => businessFromFlags(flags({ business: "B" }), "UTC")).toThrow(
      /e\.g\. --timezone Europe\/Lisbon$/,
    );
  });

  it("refuses an empty name, a level above L3 and one that does not exist, and an address without https://", () => {
    const refusal = (values: Record<string, string>) => {
      try {
        businessFromFlags(flags({ business: "B", timezone: "UTC", ...values }));
      } catch (err) {
        expect(err).toBeInstanceOf(UsageError);
        return (err as Error).message;
      }
      return "accepted";
    };
    expect(refusal({ business: "  " })).toMatch(/^--business is empty/);
    expect(refusal({ audience: "a\nb" })).toBe("--audience must be one line; remove the line breaks");
    expect(refusal({ level: "L4" })).toMatch(/^--level L4: a starter begins at L3 at most/);
    expect(refusal({ level: "L9" })).toMatch(/^--level "L9" is not a starting level; write L0/);
    expect(refusal({ url: "rosas.pt" })).toMatch(
      /^--url "rosas\.pt" is not a web address; did you mean https:\/\/rosas\.pt\?/,
    );
    expect(refusal({ url: "ftp://rosas.pt" })).toMatch(/^--url "ftp:\/\/rosas\.pt" is not a web address\./);
  });
});

describe("timeZone", () => {
  it("returns the canonical IANA name", () => {
    expect(timeZone("Europe/Lisbon")).toBe("Europe/Lisbon");
    expect(timeZone("america/new_york")).toBe("America/New_York");
    expect(timeZone("UTC")).toBe("UTC");
  });

  it("suggests a zone for a city, a misspelling; refuses offsets, which do not follow summer time", () => {
    expect(() => timeZone("Lisbon")).toThrow(
      '--timezone "Lisbon" is not an IANA time zone name; did you mean Europe/Lisbon?',
    );
    expect(() => timeZone("New York")).toThrow(/did you mean America\/New_York\?/);
    expect(() => timeZone("Europe/Lisbn")).toThrow(/did you mean Europe\/Lisbon\?/);
    expect(() => timeZone("+01:00")).toThrow(/is not an IANA time zone name\. Write Area\/City.*summer time/);
    expect(() => timeZone("Narnia")).toThrow(/^--timezone "Narnia" is not an IANA time zone name\. Write/);
  });
});

describe("channels", () => {
  it("reads a list in any order and spelling, each once, in the starter's order", () => {
    expect(channels("Mastodon,blog blog")).toEqual(["blog", "mastodon"]);
    expect(channels("email")).toEqual(["newsletter"]);
  });

  it("names an unknown channel with the nearest one, and an empty list", () => {
    expect(() => channels("blog,mastadon")).toThrow(
      '--channels: unknown channel "mastadon"; did you mean mastodon? A starter knows blog, newsletter, mailchimp, mastodon, bluesky, webhook',
    );
    expect(() => channels("tiktok")).toThrow(/unknown channel "tiktok"\. A starter knows/);
    expect(channels("bsky,blog")).toEqual(["blog", "bluesky"]);
    expect(() => channels(" , ")).toThrow(/^--channels is empty/);
  });
});
