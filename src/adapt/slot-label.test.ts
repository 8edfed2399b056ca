// Slot labels as written in workflow YAML and scenarios: parsed, normalised, and refused with a message
// that says what a good label looks like.
import { describe, expect, it } from "vitest";
import { labelRhythm, parseSlotLabel, parseSlotLabels } from "./slot-label.ts";

describe("parseSlotLabel", () => {
  it("reads a weekday and a time, and a time of day", () => {
    expect(parseSlotLabel("Tue 08:00")).toEqual({ label: "Tue 08:00", weekday: 2, hour: 8, minute: 0 });
    expect(parseSlotLabel("Sun 23:59")).toEqual({ label: "Sun 23:59", weekday: 0, hour: 23, minute: 59 });
    expect(parseSlotLabel("Sat 10:30")).toMatchObject({ weekday: 6, hour: 10, minute: 30 });
    expect(parseSlotLabel("12:30")).toEqual({ label: "12:30", hour: 12, minute: 30 });
    expect(parseSlotLabel("00:00")).toEqual({ label: "00:00", hour: 0, minute: 0 });
  });

  it("normalises case, a one-digit hour and surrounding space", () => {
    expect(parseSlotLabel("tue 9:00")).toMatchObject({ label: "Tue 09:00", weekday: 2, hour: 9 });
    expect(parseSlotLabel("  THU   8:05 ")).toMatchObject({ label: "Thu 08:05", weekday: 4 });
    expect(parseSlotLabel("7:45")).toEqual({ label: "07:45", hour: 7, minute: 45 });
  });

  it("names a weekday that does not exist and lists the ones that do", () => {
    expect(parseSlotLabel("Tus 08:00")).toEqual({
      error: 'slot "Tus 08:00": "Tus" is not a weekday; use Mon, Tue, Wed, Thu, Fri, Sat or Sun',
    });
  });

  it.each(["24:00", "12:60", "8", "8:5", "Tuesday 08:00", "Tue08:00", "08:00 Tue", ""])(
    "refuses %j with an example of a good label",
    (text) => {
      expect(parseSlotLabel(text)).toEqual({
        error: `slot "${text}" is not a slot label: write a weekday and a 24-hour time ("Tue 09:00") or a time of day ("12:30")`,
      });
    },
  );

  it("parseSlotLabels throws the first bad label's message", () => {
    expect(parseSlotLabels(["Tue 08:00", "12:30"]).map((l) => l.label)).toEqual(["Tue 08:00", "12:30"]);
    expect(() => parseSlotLabels(["Tue 08:00", "Fri 25:00", "Xyz 08:00"])).toThrow(
      'slot "Fri 25:00" is not a slot label',
    );
  });
});

describe("labelRhythm", () => {
  it("is weekly when every label has a weekday, daily when none has, mixed otherwise", () => {
    expect(labelRhythm(parseSlotLabels(["Tue 08:00", "Thu 08:00"]))).toBe("weekly");
    expect(labelRhythm(parseSlotLabels(["08:00", "12:30", "18:00"]))).toBe("daily");
    expect(labelRhythm(parseSlotLabels(["Tue 08:00", "12:30"]))).toBe("mixed");
    expect(labelRhythm(parseSlotLabels(["12:30", "Tue 08:00"]))).toBe("mixed");
  });
});
