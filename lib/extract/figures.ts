/**
 * Figures as written: the numeric expressions of a sentence with their kind
 * and value, before anything is known of what they count. Longer forms win
 * over the numbers inside them: "from 210 players to 175" is one change,
 * "15 of 60 farms" one fraction, "between 20 and 25 women" one range, "5-2"
 * one vote. A figure whose kind the words around it do not make plain (a
 * bare "9-5", "under 23") is not a figure here: better no number than a
 * wrong one.
 */
import type { NumberKind } from "../article";
import { parseNumber } from "../quiz";
import { CURRENCY, HYPHEN_UNITS, MONEY_WORDS, SCALE, SCORE_WORDS, VOTE_WORDS, WORD_NUMBER } from "./words";

export interface Figure {
  /** Offsets of the expression in the body; `text` is body.slice(start, end). */
  start: number;
  end: number;
  text: string;
  kind: NumberKind;
  value: number;
  /** Both numbers of a vote, score, change, range or "15 of 60". */
  values?: number[];
  /** The currency word ("dollars", "million pounds") or "percent", when the figure says it. */
  unit?: string;
  /** For a single amount: its parts, as the question finder reads them. */
  currency?: string;
  numeral?: string;
  percent?: string;
  scaleWord?: string;
}

const DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
const NUM = `(?:${DIGITS}|${WORD_NUMBER}|one)`;
// "bn", "m", "k" only straight after the digits ("£88m"); "50 m" is fifty metres.
const SCALE_WORD = "\\s(?:million|billion|trillion|thousand)|bn|mn|m|k";
const PERCENT = "%|\\s?per\\s?cent\\b|\\s?percent\\b";
/** One amount: "$86,000", "£1.2bn", "2.4 million dollars", "30 percent", "412p", "40". */
const AMOUNT = `(?:([$£€])\\s?)?(${NUM})(?:(${PERCENT})|(${SCALE_WORD})\\b(?:\\s(${MONEY_WORDS}))?|\\s(${MONEY_WORDS})\\b|(p)\\b)?`;
const AMOUNT_BARE = AMOUNT.replace(/\((?!\?)/g, "(?:");
const QUALIFIER =
  "(?:about|around|nearly|almost|roughly|some|just|only|over|under|more than|less than|fewer than|at least|up to|an estimated)\\s+";
const NOT_BEFORE = "(?<![\\p{L}\\p{N}$£€.,:/-])";
const NOT_AFTER = "(?![\\p{L}\\p{N}%]|[.,:]\\d|-\\p{L}|\\s?(?:a\\.m|p\\.m|am\\b|pm\\b))";

const FRACTION_PLURAL: Record<string, number> = { thirds: 1 / 3, quarters: 0.25, fifths: 0.2 };
const FRACTION_OF: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1 };

interface Pattern {
  kind:
    | NumberKind
    | "amount"
    | "times"
    | "scoreline"
    | "hyphenUnit"
    | "fractionWord"
    | "multiple"
    | "ageLimit"
    | "age"
    | "gluedUnit";
  regex: RegExp;
}

const re = (source: string) => new RegExp(source, "giu");
const CHANGE_VERBS =
  "rose|risen|rising|rises|fell|fallen|falling|falls|dropped|drops|grew|grown|grows|climbed|climbs|jumped|jumps|slipped|slips|increased|increases|decreased|decreases|declined|declines|plunged|plunges|soared|soars|surged|surges|slumped|slumps";

/** In order of precedence: at the same place, the first pattern that matches wins. */
const PATTERNS: Pattern[] = [
  // "rose from 12 to 19", "fell from £88m to £61m", "from 210 players to 175"
  {
    kind: "change",
    regex: re(
      `${NOT_BEFORE}(?:(?:${CHANGE_VERBS})\\s+)?from\\s+(?:${QUALIFIER})?${AMOUNT_BARE}(?:\\s+[^\\s,;.:“”"()]+){0,5}?\\s+to\\s+(?:${QUALIFIER})?${AMOUNT_BARE}${NOT_AFTER}`,
    ),
  },
  // "down from about 400", "up from 12%"
  { kind: "change", regex: re(`${NOT_BEFORE}(?:down|up)\\s+from\\s+(?:${QUALIFIER})?${AMOUNT_BARE}${NOT_AFTER}`) },
  // "fell ten places", "rose by 12%", "jumped 31%"
  {
    kind: "change",
    regex: re(
      `${NOT_BEFORE}(?:${CHANGE_VERBS})\\s+(?:by\\s+)?(?:${QUALIFIER})?${AMOUNT_BARE}(?:\\s+(?:places|spots|points|percentage points|positions))?${NOT_AFTER}(?!\\s+to\\s)`,
    ),
  },
  // "doubled", "the catch tripled"
  {
    kind: "multiple",
    regex: re(
      `${NOT_BEFORE}(?:(?:roughly|nearly|almost|more than)\\s+)?(doubled|tripled|trebled|quadrupled|halved)\\b`,
    ),
  },
  // "players under 23", "children under 12": an age limit
  {
    kind: "ageLimit",
    regex: re(
      `(?<=\\b(?:children|kids|players|pupils|people|anyone|teenagers|those|users)\\s)(?:under|over|aged)\\s+(\\d{1,2})\\b(?![\\d,.%]|\\s*(?:[\\p{Ll}]+\\s+)?(?:percent|per cent|minutes|hours|days|weeks|months|miles|km))`,
    ),
  },
  // "He was 91.", "until he was 85", "at 89,", "in her 60s", "you are 15,"
  {
    kind: "age",
    regex: re(
      `(?<=\\b(?:he|she|who|you|i|they) (?:was|is|are|am|were|turned|turns)\\s)(\\d{1,3})(?=[.,;!?]|\\s+(?:years old|when|and)\\b)|(?<=,\\s+at\\s)(\\d{2,3})(?=,)|(?<=\\bin (?:his|her|their) )(\\d0)s\\b`,
    ),
  },
  // "85mph", "520km": a unit written straight after the digits
  { kind: "gluedUnit", regex: re(`${NOT_BEFORE}(${DIGITS})(mph|kph|km\\/h|kmh|km|cm|mm|kg|lbs?|ft|mi)\\b`) },
  // "between 20 and 25 women", "between eight and 10 hours"
  {
    kind: "range",
    regex: re(`${NOT_BEFORE}between\\s+(?:${QUALIFIER})?${AMOUNT_BARE}\\s+and\\s+${AMOUNT_BARE}${NOT_AFTER}`),
  },
  // "15 of 60 farms", "two of its three penalty corners", "one in five adults"
  {
    kind: "fraction",
    regex: re(
      `${NOT_BEFORE}(${NUM})\\s+(?:of|out of|in)\\s+(?:the|its|their|his|her|our|every)?\\s*(${NUM})${NOT_AFTER}`,
    ),
  },
  // "a third of the nurses", "about a third", "half of which", "two-thirds"
  {
    kind: "fractionWord",
    regex: re(
      `${NOT_BEFORE}(?:(?:a|one)\\s+(third|quarter|fifth|tenth)|(two|three|four)[-\\s](thirds|quarters|fifths)|(half)(?:\\s+(?:a|an)\\s+(mile|hour|day|kilometre|kilometer|metre|meter|century|dozen))?)${NOT_AFTER}`,
    ),
  },
  // "5-2", "230-197", "3-1": kind from the words around
  {
    kind: "scoreline",
    regex: re(`${NOT_BEFORE}(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})(?![\\p{L}\\p{N}]|[-–]\\d|\\.\\d|:\\d)`),
  },
  // "7 to 2", "14 to 6": only after a vote or score word (checked below)
  {
    kind: "scoreline",
    regex: re(
      `${NOT_BEFORE}(\\d{1,3}|${WORD_NUMBER})\\s+to\\s+(\\d{1,3}|${WORD_NUMBER})(?![\\p{L}\\p{N}]|\\s+(?:[\\p{Ll}-]+\\s+)?(?:hours|days|weeks|months|years|minutes|people|percent|per)\\b)`,
    ),
  },
  // "twice", "three times"
  // "twice", "three times", "once an hour", "twice a month"
  {
    kind: "times",
    regex: re(
      `${NOT_BEFORE}(?:(twice|once)(?=\\s+(?:a|an|per|every)\\s+(?:day|week|month|year|hour|minute|season|night)\\b)|(twice)|(${NUM})\\s+times)(?![\\p{L}\\p{N}]|\\s+(?:as|more|less|the|bigger|larger|higher|faster)\\b)`,
    ),
  },
  // "a 50-mile drive", "a 12-year-old"
  {
    kind: "hyphenUnit",
    regex: re(
      `${NOT_BEFORE}(${NUM})-((?:${HYPHEN_UNITS})|(?!(?:off|on|up|way|time|thirds?|quarters?|fifths?)\\b)[\\p{Ll}]{3,})\\b(?!-)`,
    ),
  },
  { kind: "amount", regex: re(`${NOT_BEFORE}${AMOUNT}${NOT_AFTER}`) },
];

const valueOf = (numeral: string): number | undefined => {
  const cleaned = numeral.trim().toLowerCase();
  if (/^\d/.test(cleaned)) return Number(cleaned.replace(/,/g, ""));
  if (/^a\s+(?:dozen)$/.test(cleaned)) return 12;
  return parseNumber(cleaned.replace(/^a\s+/, "one "));
};

/** The two numbers inside a compound figure, in order. */
function numeralsIn(text: string): number[] {
  const found: number[] = [];
  const amount = re(`${NOT_BEFORE}${AMOUNT}`);
  for (const m of text.matchAll(amount)) {
    const value = single(m)?.value;
    if (value !== undefined) found.push(value);
  }
  return found;
}

/** An amount match's value and unit: "$3.5m" → 3.5 "million dollars", "2.4 million dollars" → 2.4 "million dollars". */
function single(m: RegExpMatchArray):
  | {
      value: number;
      unit?: string;
      kind: NumberKind;
      currency?: string;
      scaleWord?: string;
      percent?: string;
      numeral: string;
    }
  | undefined {
  const [, currency, numeral = "", percent, rawScale, scaleMoney, moneyWord, pence] = m;
  const value = valueOf(numeral);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  const scaleWord = rawScale?.trim();
  const short = scaleWord !== undefined && /^(?:bn|mn|m|k)$/i.test(scaleWord);
  if (short && !currency) return undefined;
  const scale = scaleWord
    ? ({ m: "million", mn: "million", bn: "billion", k: "thousand" }[scaleWord.toLowerCase()] ??
      scaleWord.toLowerCase())
    : undefined;
  let money = currency
    ? CURRENCY[currency]
    : (scaleMoney ?? moneyWord)?.toLowerCase().replace(/^(dollar|pound|euro|cent)$/, "$1s");
  // "200 pounds of trash" weighs; "£200" or "3 million pounds" is money.
  if (money === "pounds" && !currency && !scale && value < 1000) money = undefined;
  if (!money && !scale && moneyWord) return { value, unit: moneyWord.toLowerCase(), kind: "count", numeral };
  if (pence) return { value, unit: "pence", kind: "money", numeral };
  if (percent) return { value, unit: "percent", kind: "percent", numeral, percent };
  if (money)
    return {
      value,
      unit: scale ? `${scale} ${money}` : money,
      kind: "money",
      currency,
      scaleWord: scale ? scaleWord : undefined,
      numeral,
    };
  // "40 million" with no currency: the scale is part of the count.
  if (scale && SCALE[scale] !== undefined) return { value: value * SCALE[scale]!, kind: "count", numeral, scaleWord };
  return { value, kind: "count", numeral };
}

/** The words just before `at` in the sentence (for a vote or a score). */
const windowBefore = (sentence: string, at: number) => sentence.slice(Math.max(0, at - 60), at).toLowerCase();

/**
 * Every figure of one sentence. `sentence` is its text and `offset` where it
 * starts in the body.
 */
export function figuresIn(sentence: string, offset: number): Figure[] {
  const taken: Figure[] = [];
  const free = (start: number, end: number) => !taken.some((f) => f.start < end && start < f.end);
  for (const { kind, regex } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(sentence); m !== null; m = regex.exec(sentence)) {
      const text = m[0];
      const start = offset + m.index;
      const end = start + text.length;
      if (text.trim() === "" || !free(start, end)) continue;
      const figure = read(kind, m, sentence, start, end);
      if (figure) taken.push(figure);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function read(
  kind: Pattern["kind"],
  m: RegExpExecArray,
  sentence: string,
  start: number,
  end: number,
): Figure | undefined {
  const text = m[0];
  const base = { start, end, text };
  switch (kind) {
    case "change":
    case "range": {
      const values = numeralsIn(text);
      if (values.length === 0) return undefined;
      const amount = [...text.matchAll(re(`${NOT_BEFORE}${AMOUNT}`))].map(single).find((s) => s !== undefined);
      const unit = amount?.unit;
      if (values.length === 1) return { ...base, kind, value: values[0]!, ...(unit ? { unit } : {}) };
      // A change ends at its second figure; a range is given by its low end.
      return {
        ...base,
        kind,
        value: kind === "change" ? values[1]! : values[0]!,
        values: values.slice(0, 2),
        ...(unit ? { unit } : {}),
      };
    }
    case "fraction": {
      const a = valueOf(m[1]!);
      const b = valueOf(m[2]!);
      // "2 of 3" but not "one of the", and the part is smaller than the whole; "one of the two members" counts two members.
      if (a === undefined || b === undefined || a >= b || b < 2) return undefined;
      if (a === 1 && /\bof\s+the\b/i.test(text)) return undefined;
      return { ...base, kind, value: a, values: [a, b] };
    }
    case "fractionWord": {
      const [, word, many, plural, half, halfOf] = m;
      const kind = "fraction";
      const after = sentence.slice(m.index + text.length, m.index + text.length + 4);
      const before = sentence.slice(Math.max(0, m.index - 14), m.index);
      // "half" alone is often not a share ("the second half"): it must be "half of" or come after "about", "by".
      const share =
        /^\s+of\b/.test(after) ||
        /\s(?:a|an)\s$/.test(text) ||
        /\b(?:about|nearly|almost|roughly|by|than|just|over|under|than)\s+$/i.test(before);
      if (!share) return undefined;
      if (half) return { ...base, kind, value: FRACTION_OF.half!, ...(halfOf ? { unit: halfOf.toLowerCase() } : {}) };
      if (word) return { ...base, kind, value: FRACTION_OF[word.toLowerCase()]! };
      const times = valueOf(many ?? "");
      const each = FRACTION_PLURAL[(plural ?? "").toLowerCase()];
      return each === undefined || times === undefined ? undefined : { ...base, kind, value: each * times };
    }
    case "scoreline": {
      const a = valueOf(m[1]!);
      const b = valueOf(m[2]!);
      if (a === undefined || b === undefined) return undefined;
      const context = windowBefore(sentence, m.index + text.length + 30);
      const vote = new RegExp(`\\b(?:${VOTE_WORDS})`).test(context);
      const score = new RegExp(`\\b(?:${SCORE_WORDS})`).test(context);
      if (!vote && !score) return undefined;
      return { ...base, kind: vote ? "vote" : "score", value: a, values: [a, b] };
    }
    case "times": {
      const [, frequency, twice, numeral] = m;
      if (frequency) {
        const per = /^\s+(?:a|an|per|every)\s+(\w+)/.exec(sentence.slice(m.index + text.length))?.[1];
        return { ...base, kind: "count", value: frequency.toLowerCase() === "once" ? 1 : 2, unit: `times a ${per}` };
      }
      const value = twice ? 2 : valueOf(numeral ?? "");
      if (value === undefined || value < 2) return undefined;
      return { ...base, kind: "count", value, unit: "times" };
    }
    case "multiple": {
      const word = m[1]!.toLowerCase();
      const value = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5 }[word]!;
      return { ...base, kind: "change", value, unit: "times" };
    }
    case "ageLimit":
      return { ...base, kind: "count", value: Number(m[1]), unit: "age limit" };
    case "age": {
      const numeral = m[1] ?? m[2] ?? m[3]!;
      return { ...base, kind: "count", value: Number(numeral), unit: "years of age" };
    }
    case "gluedUnit": {
      const unit =
        {
          mph: "miles per hour",
          kph: "kilometres per hour",
          "km/h": "kilometres per hour",
          kmh: "kilometres per hour",
          km: "kilometres",
          cm: "centimetres",
          mm: "millimetres",
          kg: "kilograms",
          lb: "pounds",
          lbs: "pounds",
          ft: "feet",
          mi: "miles",
        }[m[2]!.toLowerCase()] ?? m[2]!;
      return { ...base, kind: "count", value: Number(m[1]!.replace(/,/g, "")), unit };
    }
    case "hyphenUnit": {
      const value = valueOf(m[1]!);
      if (value === undefined || value < 2) return undefined;
      const unit = m[2]!.toLowerCase();
      return { ...base, kind: "count", value, unit: /-old$/.test(text) ? "years old" : `${unit}s` };
    }
    case "amount": {
      const amount = single(m);
      if (!amount) return undefined;
      return {
        ...base,
        kind: amount.kind,
        value: amount.value,
        ...(amount.unit ? { unit: amount.unit } : {}),
        numeral: amount.numeral,
        currency: amount.currency,
        percent: amount.percent,
        scaleWord: amount.scaleWord,
      };
    }
    default:
      return undefined;
  }
}
