/**
 * Numbers as articles and students write them: "50,000", "1.5 million",
 * "fifty thousand", "twenty-five", and back. Used by the extractor, the
 * review of a pasted article and the question engine's grading.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** "50,000", "50000", "1.5 million", "fifty thousand", "twenty-five" → number; anything else → undefined. */
export function parseNumber(text: string): number | undefined {
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, "-");
  if (cleaned === "") return undefined;
  // Plain digits, with optional thousands separators and decimals.
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$/.test(cleaned)) {
    return Number(cleaned.replace(/,/g, ""));
  }
  const tokens = cleaned.split(/[\s-]+/).filter((t) => t !== "" && t !== "and");
  return tokens.length === 0 ? undefined : parseNumberWords(tokens);
}

/**
 * A small state machine over number words. It rejects sequences no one
 * writes ("five five", "thousand million") instead of adding them up.
 */
function parseNumberWords(tokens: string[]): number | undefined {
  let total = 0;
  let group = 0; // value below the current scale word, 0..999
  let state: "start" | "unit" | "teen" | "tens" | "tensUnit" | "hundred" = "start";
  let lastScale = Infinity;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token in UNITS || token === "a") {
      if (token === "a" && (state !== "start" || i === tokens.length - 1)) return undefined;
      if (token === "zero" && tokens.length !== 1) return undefined;
      if (state !== "start" && state !== "tens" && state !== "hundred") return undefined;
      group += token === "a" ? 1 : UNITS[token]!;
      state = state === "tens" ? "tensUnit" : "unit";
    } else if (token in TEENS) {
      if (state !== "start" && state !== "hundred") return undefined;
      group += TEENS[token]!;
      state = "teen";
    } else if (token in TENS) {
      if (state !== "start" && state !== "hundred") return undefined;
      group += TENS[token]!;
      state = "tens";
    } else if (token === "hundred") {
      if ((state !== "unit" && state !== "teen") || group >= 100) return undefined;
      group *= 100;
      state = "hundred";
    } else if (token in SCALES) {
      const scale = SCALES[token]!;
      if (state === "start" || scale >= lastScale) return undefined;
      total += group * scale;
      group = 0;
      lastScale = scale;
      state = "start";
    } else if (
      /^\d+(?:\.\d+)?$/.test(token) &&
      state === "start" &&
      i + 1 < tokens.length &&
      tokens[i + 1]! in SCALES
    ) {
      // "1.5 million", "50 thousand"
      const scale = SCALES[tokens[i + 1]!]!;
      if (scale >= lastScale) return undefined;
      total += Number(token) * scale;
      lastScale = scale;
      i++;
    } else {
      return undefined;
    }
  }
  return total + group;
}

const SMALL_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** 50000 → "fifty thousand", 25 → "twenty-five". Whole numbers 0..999,999,999; otherwise digits. */
export function numberToWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 999_999_999) return String(value);
  if (value < 20) return SMALL_WORDS[value]!;
  if (value < 100) {
    const unit = value % 10;
    return TENS_WORDS[Math.floor(value / 10)]! + (unit ? `-${SMALL_WORDS[unit]}` : "");
  }
  if (value < 1000) {
    const rest = value % 100;
    return `${SMALL_WORDS[Math.floor(value / 100)]} hundred` + (rest ? ` ${numberToWords(rest)}` : "");
  }
  for (const [scale, word] of [
    [1e6, "million"],
    [1e3, "thousand"],
  ] as const) {
    if (value >= scale) {
      const rest = value % scale;
      return `${numberToWords(Math.floor(value / scale))} ${word}` + (rest ? ` ${numberToWords(rest)}` : "");
    }
  }
  return String(value);
}

/** 50000 → "50,000". */
export function formatDigits(value: number): string {
  // By hand rather than toLocaleString: Intl is slow and its output can vary by runtime.
  const [whole = "", fraction] = String(Math.abs(value)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}
