/**
 * The critic: reads every candidate question the way a teacher deciding
 * what to keep would, and gives it a score (0..1) with the reasons. Rules
 * that describe a defect no quick edit fixes reject the question outright;
 * the others lower its score, so the draw prefers better questions. Each
 * rule is named after the defect it catches (the rubric's tags in
 * ../shared/quality/rubric.md) and is tested on real bad examples in
 * critic.test.ts.
 *
 * The critic never sees the code that made a question, only the question
 * and the article: the same reading a teacher does.
 */
import type { ArticleIndex } from "./article-index";
import { normalizeAnswer } from "./match";
import { containsWords } from "./kinds/choice-shape";
import { contentWords, jaccard } from "./text";
import type { Level, Question } from "./types";

export interface Critique {
  /** 0 (throw away) .. 1 (keep as is). */
  score: number;
  /** "rule-id: what is wrong", worst first. */
  reasons: string[];
  rejected: boolean;
}

export interface CriticContext {
  index: ArticleIndex;
  /** The text of the question's first evidence span (its proving sentence). */
  evidence: string;
}

interface Finding {
  reason: string;
  /** Throw the question away. */
  reject?: boolean;
  /** Otherwise, how much worse it is. */
  penalty?: number;
}

export interface Rule {
  id: string;
  /** The rubric's defect tag. */
  tag:
    | "ungrammatical"
    | "nonsense"
    | "vague"
    | "obvious"
    | "implausible-distractors"
    | "trivia"
    | "copy-cloze"
    | "formatting";
  check(question: Question, context: CriticContext): Finding | undefined;
}

/** What answering takes, before any defect: questions of understanding come first. */
const LEVEL_SCORE: Record<Level, number> = { scan: 0.3, literal: 0.6, inference: 0.85, gist: 0.8, vocabulary: 0.8 };

const optionsOf = (q: Question): string[] => ("options" in q ? q.options : []);
const keyOf = (q: Question): string | undefined => ("options" in q ? q.options[q.answer] : undefined);
const wordCount = (text: string) => (text.trim() === "" ? 0 : text.trim().split(/\s+/).length);
/** The prompt with quotations taken out: what the question itself says, not what it quotes. */
const ownWords = (prompt: string) => prompt.replace(/“[^”]*”|"[^"]*"/g, "“…”");
const choiceKinds = (q: Question) => "options" in q && q.type !== "true-false";
/** "the U.S." reads as a name as much as "China" does. */
const capitalised = (t: string) => /^[“"]?\p{Lu}/u.test(t.trim().replace(/^(?:the|a|an)\s+/, ""));
const WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

const MEASURE =
  /^(?:years?|days?|weeks?|months?|hours?|minutes?|times?|meters?|metres?|miles?|kilometers?|kilometres?|feet|inches)$/i;
/** "When does the article say nearly 32 million e-bikes were sold?": a when-question about a figure. */
const STATISTIC_WHEN =
  /^When does the article say (?:(?:nearly|about|around|almost|more than|over|some|roughly|only|just)\s+)?[\d][\d,.]*/;
/** Words that make something of a number: a change, a comparison, a vote, a share, a record. */
const MEANINGFUL_NUMBER =
  /%|\b(?:per ?cent|compared (?:with|to)|than|twice|times (?:as|more)|rose|risen|rising|fell|fallen|falling|dropped|drop|increased?|increasing|decreased?|decreasing|declined?|declining|grew|grown|growing|doubled?|tripled?|halved|jumped|soared|plunged|up from|down from|voted|votes|record|more|fewer|less|most|plans?|planned|target|goal|aims?)\b/i;

/** A count in a sentence (22,000; 1.5 million; 60), not a year. */
const COUNT = /(?<![\d,.])(?!(?:1[89]|20)\d\d(?![\d,]))\d[\d,.]*(?:\s+(?:million|billion|thousand))?\b/;

const PRONOUN_START = /^(?:he|she|it|they|this|that|these|those|his|her|its|their|him|them)\b/i;
/** "these aloof canines", "those plans": a pointer back into a passage the question is not in. */
const DEMONSTRATIVE = /\b(?:these|those)\s+\p{L}/iu;
/** "Who was 20 years old at the time?": the time is the sentence's, which the question leaves behind. */
const TIME_POINTER = /\b(?:at the time|at that time|by then|that day|that year|the day before|the next day)\b/i;
/** "Why did he leave?": a person or thing the question never names. "Li said she…" names her first. */
function danglingPronoun(prompt: string): string | undefined {
  const own = ownWords(prompt).replace(/^True or false\?\s*/, "");
  const m = /\b(he|she|they|his|her|their)\b/i.exec(own);
  if (!m) return undefined;
  // A name (a capitalised word after the first) before the pronoun is what it points back to.
  const before = own.slice(0, m.index).split(/\s+/).slice(1);
  return before.some((w) => /^\p{Lu}/u.test(w)) ? undefined : m[1];
}

export const RULES: readonly Rule[] = [
  {
    id: "pronoun-without-referent",
    tag: "nonsense",
    check(q) {
      const bad = [...optionsOf(q), ...("items" in q ? q.items : [])].find((o) => PRONOUN_START.test(o.trim()));
      if (bad)
        return {
          reject: true,
          reason: `option “${bad}” starts with a word that points to something outside the question`,
        };
      const pronoun = q.type === "matching" || q.type === "ordering" ? undefined : danglingPronoun(q.prompt);
      if (pronoun) return { reject: true, reason: `the prompt says “${pronoun}” without saying who` };
      const pointer = q.type === "ordering" ? null : DEMONSTRATIVE.exec(ownWords(q.prompt));
      if (pointer)
        return { reject: true, reason: `“${pointer[0]}…” points back to a passage the question does not show` };
      const when = TIME_POINTER.exec(ownWords(q.prompt));
      if (when) return { reject: true, reason: `“${when[0]}” points to a time the question does not give` };
      return undefined;
    },
  },
  {
    id: "name-cut-at-initial",
    tag: "nonsense",
    check(q) {
      const cut = [q.prompt, ...optionsOf(q)].find(
        (t) => /(?:^|\s)\p{Lu}\.?$/u.test(t.trim().replace(/[?”"]+$/, "")) && !/^(?:True|False)$/.test(t),
      );
      return cut ? { reject: true, reason: `“${cut}” ends in an initial: a name cut short` } : undefined;
    },
  },
  {
    id: "missing-space",
    tag: "formatting",
    check(q) {
      const bad = [q.prompt, ...optionsOf(q)].find((t) => /\p{Ll}{2}[.!?,;]\p{Lu}\p{Ll}/u.test(t));
      return bad ? { reject: true, reason: `no space after a full stop in “${bad.slice(0, 60)}”` } : undefined;
    },
  },
  {
    id: "doubled-quotation-marks",
    tag: "formatting",
    check(q) {
      const bad = [q.prompt, ...optionsOf(q)].find((t) => /[“"][“"]|[”"][”"]|“\s*”/.test(t));
      return bad ? { reject: true, reason: `doubled quotation marks in “${bad.slice(0, 60)}”` } : undefined;
    },
  },
  {
    id: "capital-mid-question",
    tag: "formatting",
    check(q) {
      const m =
        /\b(?:say|says|said|that|whether|does|did|do|why|when|how) (The|A|An|This|These|Those|It|They|Its|Their)\b/.exec(
          ownWords(q.prompt),
        );
      return m ? { reject: true, reason: `capital “${m[1]}” in the middle of the question` } : undefined;
    },
  },
  {
    id: "space-before-punctuation",
    tag: "formatting",
    check(q) {
      const bad = [q.prompt, ...optionsOf(q)].find((t) => /\s[,.;:?!](?:\s|$)/.test(t));
      return bad ? { reject: true, reason: `a space before punctuation in “${bad.slice(0, 60)}”` } : undefined;
    },
  },
  {
    id: "prompt-not-a-question",
    tag: "ungrammatical",
    check(q) {
      if (!choiceKinds(q)) return undefined;
      return /\?[”"’]?$/.test(q.prompt.trim())
        ? undefined
        : { reject: true, reason: "a question that does not end with a question mark" };
    },
  },
  {
    id: "inserted-not",
    tag: "obvious",
    check(q, { evidence }) {
      if (q.type !== "true-false") return undefined;
      const negation = /\b(?:not|never)\b|n[’']t\b/i;
      // A "not" the proving sentence does not have: students learn that every such statement is false.
      return negation.test(ownWords(q.prompt)) && !negation.test(evidence)
        ? { reject: true, reason: "a true statement with “not” put in" }
        : undefined;
    },
  },
  {
    id: "near-identical-options",
    tag: "obvious",
    check(q) {
      // Each option normalized once: this runs for every pair of options of every candidate.
      const options = optionsOf(q)
        .filter((o) => wordCount(o) >= 4)
        .map((text) => ({ text, normalized: normalizeAnswer(text), words: contentWords(text) }));
      for (let i = 0; i < options.length; i++) {
        for (let j = i + 1; j < options.length; j++) {
          const [a, b] = [options[i]!, options[j]!];
          if (
            jaccard(a.words, b.words) >= 0.6 ||
            a.normalized.includes(b.normalized) ||
            b.normalized.includes(a.normalized)
          ) {
            return {
              reject: true,
              reason: `options “${a.text.slice(0, 40)}…” and “${b.text.slice(0, 40)}…” are near-copies: the odd one out gives the answer away`,
            };
          }
        }
      }
      return undefined;
    },
  },
  {
    id: "answer-stands-out-by-length",
    tag: "obvious",
    check(q) {
      const key = keyOf(q);
      if (!choiceKinds(q) || key === undefined) return undefined;
      const others = optionsOf(q)
        .filter((_, i) => i !== (q as { answer: number }).answer)
        .map(wordCount);
      const longest = Math.max(...others);
      const mean = others.reduce((a, b) => a + b, 0) / others.length;
      const length = wordCount(key);
      if (length >= 4 && length >= 1.8 * longest)
        return {
          reject: true,
          reason: `the right answer is far the longest option (${length} words, others at most ${longest})`,
        };
      if (length >= 4 && length > longest && length >= 1.35 * mean)
        return {
          penalty: 0.15,
          reason: `the right answer is the longest option (${length} words, others ${mean.toFixed(0)} on average)`,
        };
      return undefined;
    },
  },
  {
    id: "answer-stands-out-by-form",
    tag: "obvious",
    check(q) {
      const key = keyOf(q);
      if (!choiceKinds(q) || key === undefined) return undefined;
      const others = optionsOf(q).filter((o) => o !== key);
      if (others.every((o) => capitalised(o) !== capitalised(key)))
        return {
          reject: true,
          reason: `the right answer is the only option ${capitalised(key) ? "with" : "without"} a capital letter`,
        };
      // "the U.S." ends in an abbreviation's dot, not a full stop.
      // "U.S." alone is an abbreviation; a sentence may end in one ("… at 8:30 a.m.").
      const sentence = (t: string) =>
        /[.!?]$/.test(t.trim()) && (wordCount(t) >= 4 || !/(?:^|\s)(?:\p{L}\.)+$/u.test(t.trim()));
      if (others.every((o) => sentence(o) !== sentence(key)))
        return { reject: true, reason: "the right answer is the only option punctuated differently" };
      return undefined;
    },
  },
  {
    id: "distractor-stands-out-by-form",
    tag: "implausible-distractors",
    check(q) {
      const key = keyOf(q);
      const options = optionsOf(q);
      if (!choiceKinds(q) || key === undefined || options.length < 3) return undefined;
      // "President" among "research fellow" and "senior associate": struck out at a glance, leaving a coin toss.
      const odd = options.filter(
        (o) => o !== key && options.filter((p) => p !== o).every((p) => capitalised(p) !== capitalised(o)),
      );
      return odd.length === 1
        ? {
            penalty: 0.15,
            reason: `the wrong option “${odd[0]}” is the only one ${capitalised(odd[0]!) ? "with" : "without"} a capital letter`,
          }
        : undefined;
    },
  },
  {
    id: "invented-names",
    tag: "implausible-distractors",
    check(q, { index }) {
      const key = keyOf(q);
      if (key === undefined || q.type === "in-article") return undefined;
      const entity = index.byName(key);
      if (!entity || entity.kind === "place") return undefined;
      const stranger = optionsOf(q).find((o) => index.byName(o) === undefined);
      return stranger
        ? {
            reject: true,
            reason: `“${stranger}” is not in the article: a made-up name next to the article's own gives the answer away`,
          }
        : undefined;
    },
  },
  {
    id: "only-place-in-article",
    tag: "implausible-distractors",
    check(q, { index }) {
      // "Which city has about 22,000 licensed cabs?" London, Guangzhou, Chengdu, Beijing: London is the only city
      // the article names, so a student picks it without reading (a teachers' panel threw such questions away).
      // One other place of the article among stock ones is no better: "Which country contributes significantly
      // to global safety standards?" the U.S., China, Germany, Brazil is a toss between the article's two
      // countries (two judges threw it away). A stock place is fair beside two of the article's.
      const key = keyOf(q);
      if (key === undefined || q.type === "in-article" || q.type === "true-false") return undefined;
      if (index.byName(key)?.kind !== "place") return undefined;
      const wrong = optionsOf(q).filter((o) => o !== key);
      const named = wrong.filter((o) => index.byName(o) !== undefined);
      if (wrong.length < 2 || named.length >= 2) return undefined;
      return {
        reject: true,
        reason:
          named.length === 0
            ? `the article names none of the other places offered besides “${key}”`
            : `the article names only “${named[0]}” of the other places offered besides “${key}”: a toss between two`,
      };
    },
  },
  {
    id: "answer-in-headline",
    tag: "obvious",
    check(q, { index }) {
      // "Which country was granted the exemption?" under the headline "Bolivians demand …": the title answers it.
      const key = keyOf(q);
      if (key === undefined || q.type === "true-false" || q.type === "main-idea" || !index.byName(key))
        return undefined;
      // Unless the headline names a wrong option as well: "US-China …" gives away neither country.
      const named = (option: string) => containsWords(index.article.title, option);
      return named(key) && !optionsOf(q).some((o) => o !== key && named(o))
        ? { reject: true, reason: `the headline names the answer “${key}”` }
        : undefined;
    },
  },
  {
    id: "general-knowledge",
    tag: "obvious",
    check(q) {
      return /^Who (?:is|was|does the article describe as) (?:the |a |an )?\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*\?$/u.test(
        q.prompt.trim(),
      )
        ? { reject: true, reason: "asks who holds a title, which students may know without reading" }
        : undefined;
    },
  },
  {
    id: "short-quotation",
    tag: "vague",
    check(q) {
      if (q.type !== "quote-attribution" && !(q.type === "true-false" && q.skill === "quotations")) return undefined;
      const quoted = /“([^”]*)”/.exec(q.prompt)?.[1] ?? "";
      if (wordCount(quoted) < 4) return { reject: true, reason: `“${quoted}” is too short to tell who said it` };
      const words = quoted.split(/\s+/).filter((w) => /^\p{L}{3,}/u.test(w));
      if (words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w)))
        return { reject: true, reason: `“${quoted}” reads as a title or a name, not as something said` };
      return undefined;
    },
  },
  {
    id: "quotation-fragment",
    tag: "nonsense",
    check(q) {
      // “has gotten worse for the wealthy”: a piece of someone's sentence, out of it, reads as nonsense and is easily misattributed.
      const quoted = /“([^”]*)”/.exec(q.prompt)?.[1] ?? "";
      if (q.skill !== "quotations" || quoted === "") return undefined;
      return /^\p{Ll}/u.test(quoted)
        ? { reject: true, reason: `“${quoted.slice(0, 40)}” is a piece of a sentence, not a whole quotation` }
        : undefined;
    },
  },
  {
    id: "reflexive-subject",
    tag: "ungrammatical",
    check(q) {
      // "Which country has itself prohibited …?": the reflexive pointed back to a subject the question took away.
      return /^(?:Who|Which|What)\b/.test(q.prompt) &&
        /\b(?:itself|himself|herself|themselves)\b/.test(ownWords(q.prompt))
        ? { reject: true, reason: "a reflexive (“itself”) left pointing at the subject the question asks for" }
        : undefined;
    },
  },
  {
    id: "answer-repeats-prompt",
    tag: "obvious",
    check(q) {
      const key = keyOf(q);
      if (!choiceKinds(q) || key === undefined || wordCount(key) < 3) return undefined;
      const promptWords = contentWords(ownWords(q.prompt));
      const keyWords = [...contentWords(key)];
      const shared = keyWords.filter((w) => promptWords.has(w)).length;
      return keyWords.length > 0 && shared / keyWords.length >= 0.75
        ? { reject: true, reason: "the right answer mostly repeats the question's words" }
        : undefined;
    },
  },
  {
    id: "copied-sentence",
    tag: "copy-cloze",
    check(q, { evidence }) {
      if (q.level === "scan") return undefined;
      const longest = longestCommonRun(
        normalizeAnswer(ownWords(q.prompt)).split(" "),
        normalizeAnswer(evidence).split(" "),
      );
      return longest >= 10
        ? { penalty: 0.35, reason: `the prompt copies ${longest} words of its sentence: found by scanning` }
        : undefined;
    },
  },
  {
    id: "long-prompt",
    tag: "vague",
    check(q) {
      const words = wordCount(q.prompt);
      if (words > 70) return { reject: true, reason: `the prompt is ${words} words long` };
      return words > 40 ? { penalty: 0.1, reason: `the prompt is ${words} words long` } : undefined;
    },
  },
  {
    id: "long-options",
    tag: "vague",
    check(q) {
      const limit = q.type === "main-idea" ? 40 : 30;
      const long = optionsOf(q).find((o) => wordCount(o) > limit);
      return long ? { penalty: 0.1, reason: `an option is ${wordCount(long)} words long` } : undefined;
    },
  },
  {
    id: "trivial-measure",
    tag: "trivia",
    check(q) {
      if (q.skill !== "numbers" || !("unit" in q || /how-many/.test(q.id))) return undefined;
      // A choice question has no unit field: "How many meters long was the drainpipe?" says it in the prompt.
      const unit = "unit" in q ? (q.unit ?? "") : (/^(?:About\s+)?how many\s+(\S+)/i.exec(q.prompt)?.[1] ?? "");
      return MEASURE.test(unit.trim())
        ? { penalty: 0.25, reason: `a measure (${unit}) a reader would rightly skip` }
        : undefined;
    },
  },
  {
    id: "incidental-number",
    tag: "trivia",
    check(q, { evidence }) {
      // "About how many stores has Pedego opened?", "About how many licensed cabs does London have?": a count the
      // article gives in passing, which teachers threw away. A number carries meaning when its sentence makes
      // something of it (a change, a comparison, a vote, a share); otherwise it falls below a default quiz's floor
      // (0.65 at most, less 0.35) and comes only when a teacher asks for number questions.
      // The same count asked the other way round is as trivial: "Which city has about 22,000 licensed cabs?",
      // "True or false? Detroit has about 22,000 licensed cabs."
      const countInClaim = q.skill === "claims" && COUNT.test(ownWords(q.prompt));
      if ((q.skill !== "numbers" && !countInClaim) || q.level === "scan" || MEANINGFUL_NUMBER.test(evidence))
        return undefined;
      return { penalty: 0.35, reason: "a number the article gives in passing, not one it makes something of" };
    },
  },
  {
    id: "statistic-year",
    tag: "trivia",
    check(q) {
      // "When does the article say nearly 32 million e-bikes were sold?": the year a figure was counted, not when
      // something in the story happened.
      if (!/^multiple-choice:when:/.test(q.id) || !STATISTIC_WHEN.test(ownWords(q.prompt))) return undefined;
      return { penalty: 0.3, reason: "asks for the year a figure is from, which no reader needs to remember" };
    },
  },
  {
    id: "role-detail",
    tag: "trivia",
    check(q) {
      // A speaker's job title is rarely what a reader needs to know about the story.
      // Teachers kept almost none of them, so they fall below a default quiz's floor (0.6, or 0.65 with four options, less 0.35) and
      // come only when a teacher asks for this kind.
      return /^multiple-choice:(?:role|who-role):/.test(q.id)
        ? { penalty: 0.35, reason: "asks for a job title, a detail a reader would rightly skip" }
        : undefined;
    },
  },
  {
    id: "doubtful-main-idea",
    tag: "vague",
    check(q, { index }) {
      // The extractor's main idea of a feature story is often its opening scene; it marks one that does not say
      // what the headline announces. Kept for a teacher who asks for main-idea questions, left out by default.
      if (q.type !== "main-idea" || (index.article.facts.mainIdea.certainty ?? 1) >= 0.5) return undefined;
      // Below the floor of a default quiz (0.85 at most, less 0.55).
      return {
        penalty: 0.55,
        reason: "the main idea found does not say what the headline announces: the key may be a detail",
      };
    },
  },
  {
    id: "date-detail",
    tag: "trivia",
    check(q) {
      if (!/^multiple-choice:when:/.test(q.id)) return undefined;
      // News reports say "on Tuesday" out of habit: the weekday is never the point, so it falls below the floor.
      if (optionsOf(q).every((o) => WEEKDAY.test(o.trim())))
        return { penalty: 0.35, reason: "asks for a weekday, which no reader needs to remember" };
      // "This trip was Savannah Billman's second time back in China since which year?": where a count starts,
      // found by scanning for a year and thrown away by a teachers' panel; below the floor too.
      if (/\bsince (?:which|what) year\b/i.test(ownWords(q.prompt)))
        return { penalty: 0.35, reason: "asks for the year a count starts from, which no reader needs to remember" };
      return { penalty: 0.25, reason: "asks for a date, which is rarely what a reader needs to remember" };
    },
  },
];

/** The longest run of words `a` and `b` share verbatim (dynamic programming, one row at a time). */
function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let longest = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== "" && a[i - 1] === b[j - 1]) {
        row[j] = previous[j - 1]! + 1;
        if (row[j]! > longest) longest = row[j]!;
      }
    }
    previous = row;
  }
  return longest;
}

/** The critic's reading of one question. Pure: the same question and article give the same critique. */
export function critique(question: Question, context: CriticContext, rules: readonly Rule[] = RULES): Critique {
  let score = LEVEL_SCORE[question.level];
  if ("options" in question && question.options.length >= 4) score += 0.05;
  const rejects: string[] = [];
  const penalties: string[] = [];
  for (const rule of rules) {
    const finding = rule.check(question, context);
    if (!finding) continue;
    const reason = `${rule.id}: ${finding.reason}`;
    if (finding.reject) rejects.push(reason);
    else {
      penalties.push(reason);
      score -= finding.penalty ?? 0;
    }
  }
  const rounded = Math.round(Math.min(1, Math.max(0, rejects.length > 0 ? 0 : score)) * 100) / 100;
  return { score: rounded, reasons: [...rejects, ...penalties], rejected: rejects.length > 0 };
}
