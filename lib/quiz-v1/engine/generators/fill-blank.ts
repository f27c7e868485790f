/**
 * Fill in the blank over an evidence sentence: the fact's words are taken
 * out of the sentence and the student types them back.
 */
import type { Span } from "../article-types";
import { questionId } from "../choice";
import { formatDigits, normalizeAnswer, numberToWords } from "../match";
import type { FillBlankQuestion, Question, Skill } from "../types";
import type { GeneratorContext } from "./context";

export const BLANK = "_____";
/** Longer sentences make a reading test, not a detail test. */
const MAX_SENTENCE = 350;

interface Blankable {
  factId: string;
  /** What may be blanked, preferred first (full name before short name). */
  texts: string[];
  /** Everything else that counts as right when typed. */
  accepted: string[];
  evidence: Span;
  skill: Skill;
}

function blankables(ctx: GeneratorContext): Blankable[] {
  const { facts } = ctx.article;
  const entities = [...ctx.index.people, ...ctx.index.places, ...ctx.index.organizations].map((e) => ({
    factId: e.id,
    texts: e.names,
    accepted: e.names,
    evidence: e.evidence,
    skill: "key-details" as const,
  }));
  const dates = facts.dates.map((d) => ({
    factId: d.id,
    texts: [d.text],
    accepted: [d.text],
    evidence: d.evidence,
    skill: "key-details" as const,
  }));
  const numbers = facts.numbers.map((n) => ({
    factId: n.id,
    texts: [n.text],
    accepted: [n.text, formatDigits(n.value), String(n.value), numberToWords(n.value)],
    evidence: n.evidence,
    skill: "numbers" as const,
  }));
  const terms = (facts.terms ?? []).map((t) => ({
    factId: t.id,
    texts: [t.text],
    accepted: [t.text, ...(t.accepted ?? [])],
    evidence: t.evidence,
    skill: "key-details" as const,
  }));
  return [...entities, ...dates, ...numbers, ...terms];
}

/** The sentence with `text` blanked out, when it occurs there once and nowhere else gives it away. */
export function blankedSentence(sentence: string, text: string, accepted: readonly string[]): string | undefined {
  const at = onlyOccurrence(sentence, text);
  if (at < 0) return undefined;
  const blanked = `${sentence.slice(0, at)}${BLANK}${sentence.slice(at + text.length)}`;
  const rest = ` ${normalizeAnswer(blanked)} `;
  return [text, ...accepted].some((form) => normalizeAnswer(form) !== "" && rest.includes(` ${normalizeAnswer(form)} `))
    ? undefined
    : blanked;
}

/** Where `text` occurs exactly once in `sentence` as whole words; -1 otherwise. */
function onlyOccurrence(sentence: string, text: string): number {
  const first = findWord(sentence, text, 0);
  if (first < 0 || findWord(sentence, text, first + 1) >= 0) return -1;
  return first;
}

function findWord(haystack: string, needle: string, from: number): number {
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
    if (!isWordChar(before) && !isWordChar(after)) return at;
  }
  return -1;
}

function blankQuestion(ctx: GeneratorContext, item: Blankable): FillBlankQuestion | undefined {
  const sentenceSpan = ctx.sentence(item.evidence);
  const sentence = ctx.article.body.slice(sentenceSpan.start, sentenceSpan.end);
  if (sentence.length > MAX_SENTENCE) return undefined;
  for (const text of item.texts) {
    const at = onlyOccurrence(sentence, text);
    if (at < 0) continue;
    const accepted = [...new Set([text, ...item.accepted])];
    const acceptedForms = new Set(accepted.map(normalizeAnswer));
    const blanked = `${sentence.slice(0, at)}${BLANK}${sentence.slice(at + text.length)}`;
    // The sentence must not give the answer away somewhere else.
    const rest = ` ${normalizeAnswer(blanked)} `;
    if ([...acceptedForms].some((form) => form !== "" && rest.includes(` ${form} `))) return undefined;
    return {
      id: questionId("fill-blank", "sentence", [item.factId]),
      type: "fill-blank",
      skill: item.skill,
      prompt: `Fill in the blank: ${blanked}`,
      answer: text,
      accepted: accepted.filter((a) => a !== text),
      explanation: `The article says “${text}” here.`,
      evidence: [sentenceSpan],
    };
  }
  return undefined;
}

export function fillBlank(ctx: GeneratorContext): Question[] {
  const seenPrompts = new Set<string>();
  const questions: Question[] = [];
  for (const item of blankables(ctx)) {
    const question = blankQuestion(ctx, item);
    // Two facts can blank the same words of the same sentence; ask it once.
    if (question && !seenPrompts.has(question.prompt)) {
      seenPrompts.add(question.prompt);
      questions.push(question);
    }
  }
  return questions;
}
