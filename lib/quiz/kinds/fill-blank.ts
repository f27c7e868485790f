/**
 * Fill in the blank over an evidence sentence: the fact's words are taken
 * out of the sentence and the student types them back, from a word bank of
 * the article's words of the same kind where it has enough (so the student
 * knows which right word the key wants). A copied sentence is answered by
 * scanning for it, so this kind is not in the default draw; a teacher may
 * still choose it.
 */
import type { Span } from "../../article";
import { kindNames } from "../article-index";
import { pickDistractors, questionId } from "../choice";
import { shuffle } from "../random";
import { formatDigits, numberToWords } from "../../text";
import { normalizeAnswer } from "../match";
import type { FillBlankQuestion, Skill } from "../types";
import type { GeneratorContext, QuestionKind } from "./kind";
import { typedShape } from "./typed-shape";

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
  /** The article's other words of the same kind (other people, other dates…): the rest of the word bank. */
  kin: string[];
}

function blankables(ctx: GeneratorContext): Blankable[] {
  const { facts } = ctx.article;
  const entities = [...ctx.index.people, ...ctx.index.places, ...ctx.index.organizations].map((e) => ({
    factId: e.id,
    texts: e.names,
    accepted: e.names,
    evidence: e.evidence,
    skill: "key-details" as const,
    kin: kindNames(ctx.index, e).filter((name) => name !== e.name),
  }));
  const dates = facts.dates.map((d) => ({
    factId: d.id,
    texts: [d.text],
    accepted: [d.text],
    evidence: d.evidence,
    skill: "key-details" as const,
    kin: facts.dates.filter((o) => o.id !== d.id).map((o) => o.text),
  }));
  const numbers = facts.numbers.map((n) => ({
    factId: n.id,
    texts: [n.text],
    accepted: [n.text, formatDigits(n.value), String(n.value), numberToWords(n.value)],
    evidence: n.evidence,
    skill: "numbers" as const,
    kin: facts.numbers.filter((o) => o.id !== n.id && o.value !== n.value).map((o) => o.text),
  }));
  const terms = (facts.terms ?? []).map((t) => ({
    factId: t.id,
    texts: [t.text],
    accepted: [t.text, ...(t.accepted ?? [])],
    evidence: t.evidence,
    skill: "key-details" as const,
    kin: (facts.terms ?? []).filter((o) => o.id !== t.id).map((o) => o.text),
  }));
  return [...entities, ...dates, ...numbers, ...terms];
}

/** Where `text` occurs exactly once in `sentence` as whole words; -1 otherwise. */
function onlyOccurrence(sentence: string, text: string): number {
  const first = findWord(sentence, text, 0);
  if (first < 0 || findWord(sentence, text, first + 1) >= 0) return -1;
  return first;
}

function findWord(haystack: string, needle: string, from: number): number {
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + needle.length])) return at;
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
    const blanked = `${sentence.slice(0, at)}${BLANK}${sentence.slice(at + text.length)}`;
    const rest = ` ${normalizeAnswer(blanked)} `;
    // Another form of the answer left in the sentence would give it away.
    if (accepted.some((form) => normalizeAnswer(form) !== "" && rest.includes(` ${normalizeAnswer(form)} `)))
      return undefined;
    const id = questionId("fill-blank", "sentence", [item.factId]);
    const rng = ctx.rngFor(id);
    // Words of its kind that the sentence does not already show, and that are not another name of the answer.
    const others = pickDistractors({
      rng,
      answer: text,
      answerNames: accepted,
      fromArticle: item.kin,
      notIn: sentence,
    });
    return {
      id,
      type: "fill-blank",
      skill: item.skill,
      level: "scan",
      facts: [item.factId],
      prompt: `Fill in the blank: ${blanked}`,
      answer: text,
      accepted: accepted.filter((a) => a !== text),
      explanation: `The article says “${text}” here.`,
      evidence: [sentenceSpan],
      ...(others.length >= 2 ? { bank: shuffle(rng, [text, ...others]) } : {}),
    };
  }
  return undefined;
}

export const fillBlank: QuestionKind<FillBlankQuestion> = {
  ...typedShape("fill-blank", (question) => (question.prompt.includes(BLANK) ? [] : ["has no blank"])),
  level: "scan",
  inDefaultDraw: false,
  generate(ctx) {
    const seenPrompts = new Set<string>();
    const questions: FillBlankQuestion[] = [];
    for (const item of blankables(ctx)) {
      const question = blankQuestion(ctx, item);
      if (question && !seenPrompts.has(question.prompt)) {
        seenPrompts.add(question.prompt);
        questions.push(question);
      }
    }
    return questions;
  },
};
