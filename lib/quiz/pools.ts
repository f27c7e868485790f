/**
 * Built-in distractors, used only after the article's own facts of the same
 * kind run out. They are deliberately ordinary and mix cultures so that no
 * option stands out by the look of it.
 */
import type { DateKind, PlaceKind } from "../article";
import { formatDigits, numberToWords } from "../text";

export const PLACE_NAMES: Record<PlaceKind, string[]> = {
  city: [
    "Beijing",
    "Guangzhou",
    "Hangzhou",
    "Chengdu",
    "Washington",
    "New York",
    "Boston",
    "San Francisco",
    "Chicago",
    "Shenzhen",
  ],
  town: ["Millbrook", "Ashford", "Fairview", "Kingsbridge", "Oakdale", "Cedar Falls", "Westport", "Lindley"],
  country: ["Japan", "India", "Germany", "Brazil", "Canada", "France", "South Korea", "Australia"],
  region: ["Southeast Asia", "the Middle East", "Western Europe", "East Africa", "Latin America"],
  venue: ["a city hall", "a public library", "a conference hotel", "a university campus"],
};

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Dates of the same shape as `text` ("2023" → nearby years, "Tuesday" → other weekdays, "last November" → "last March"). */
export function dateDistractors(text: string, kind: DateKind): string[] {
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(text);
  if (year) {
    const y = Number(year[1]);
    return [y - 1, y + 1, y - 2, y + 2, y - 3].map((other) => text.replace(year[1]!, String(other)));
  }
  const weekday = WEEKDAYS.find((day) => text.includes(day));
  if (weekday) return WEEKDAYS.filter((d) => d !== weekday).map((d) => text.replace(weekday, d));
  // "10am" → other hours of the working day.
  const time = /\b(\d{1,2})([.:]\d\d)?(\s?)(am|pm)\b/i.exec(text);
  if (time) {
    const hour = Number(time[1]);
    return [hour - 1, hour + 1, hour - 2, hour + 2, hour + 3]
      .filter((h) => h >= 1 && h <= 12)
      .map((h) => text.replace(time[0], `${h}${time[2] ?? ""}${time[3]}${time[4]}`));
  }
  const month = MONTHS.find((m) => text.includes(m));
  if (month) return MONTHS.filter((m) => m !== month).map((m) => text.replace(month, m));
  if (kind === "duration" || kind === "relative") {
    const value = /\b(\d+|[a-z]+)\b/i.exec(text);
    const parsed = value ? wordValue(value[1]!) : undefined;
    if (value && parsed !== undefined) {
      return nearbyNumbers(parsed, 5).map((n) =>
        text.replace(value[1]!, /\d/.test(value[1]!) ? String(n) : numberToWords(n)),
      );
    }
  }
  return [];
}

function wordValue(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const index = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"].indexOf(
    token.toLowerCase(),
  );
  return index >= 0 ? index : undefined;
}

/**
 * Plausible wrong numbers near `value`, closest kinds first: one step either
 * way at the number's own scale (50,000 → 40,000, 60,000), then an order of
 * magnitude off (5,000, 500,000). Never `value` itself, never zero or negative.
 */
export function nearbyNumbers(value: number, count: number): number[] {
  const magnitude = value === 0 ? 1 : 10 ** Math.floor(Math.log10(Math.abs(value)));
  const step = value < 10 ? 1 : magnitude;
  // Neighbours of the same size first: among 6, 60 and 600 the one that fits the sentence is plain to see
  // without reading (a teacher's panel marked such options down); ten times or a tenth only to make up the number.
  const candidates = [
    value + step,
    value - step,
    value + 2 * step,
    value - 2 * step,
    value + 3 * step,
    value * 2,
    Math.round(value / 2),
    value * 10,
    Math.round(value / 10),
  ];
  const seen = new Set<number>([value]);
  const out: number[] = [];
  for (const n of candidates) {
    // Zero of something is rarely a plausible answer to "how many".
    if (n <= 0 || !Number.isFinite(n) || seen.has(n)) continue;
    seen.add(n);
    out.push(n);
    if (out.length === count) break;
  }
  return out;
}

/**
 * Writes `value` the way `example` is written: "five" → words, "50,000" →
 * digits with commas, and a currency sign, "%" or scale kept around the
 * digits ("$3.5m" → "$4.5m", "22%" → "32%").
 */
export function formatLike(example: string, value: number): string {
  if (/^\s*[a-z]/i.test(example) && /^[a-z\s-]+$/i.test(example.trim())) return numberToWords(value);
  const affixed = /^([$£€]\s?)?[\d.,]+(\s?(?:%|per ?cent|percent|m|bn|million|billion|k))?$/i.exec(example.trim());
  const digits = example.includes(",") || value >= 10000 ? formatDigits(value) : String(value);
  return affixed ? `${affixed[1] ?? ""}${digits}${affixed[2] ?? ""}` : digits;
}
