import { describe, expect, it } from "vitest";
import type { DateFact } from "../article/types";
import { datePhrase } from "./text";

function date(body: string, text: string, kind: DateFact["kind"]): [DateFact, string] {
  return [{ id: "d", text, kind, describes: "it happened", evidence: { start: 0, end: body.length } }, body];
}

describe("datePhrase: the date as it reads in an explanation", () => {
  it.each([
    ["The program, which began in 2023, sought...", "2023", "year", "in 2023"],
    ["her second time back in China since 2020.", "2020", "year", "since 2020"],
    ["At the closing ceremony on Tuesday in Shanghai", "Tuesday", "weekday", "on Tuesday"],
    ["In a speech last November, President Xi", "last November", "relative", "last November"],
    ["Over the course of a week, experts met", "a week", "duration", "over a week"],
    ["The vote is planned before 2030.", "2030", "year", "before 2030"],
    ["Elections: 2024 was busy.", "2024", "year", "in 2024"],
  ] as const)("%s → %s", (body, text, kind, expected) => {
    expect(datePhrase(...date(body, text, kind))).toBe(expected);
  });
});
