/**
 * Every question kind, in the order a pool lists them. Everything that
 * depends on a question's kind (making it, grading it, showing its answer,
 * reshuffling it, checking it, validating it in a link) goes through here.
 */
import { z } from "../../schema";
import type { GeneratedQuestionType, Question, QuestionOf, QuestionType } from "../types";
import { causeEffect } from "./cause-effect";
import { fillBlank } from "./fill-blank";
import { inArticle } from "./in-article";
import type { QuestionKind } from "./kind";
import { mainIdea } from "./main-idea";
import { matching } from "./matching";
import { multipleChoice } from "./multiple-choice";
import { numeric } from "./numeric";
import { ordering } from "./ordering";
import { quoteAttribution } from "./quote-attribution";
import { shortAnswer } from "./short-answer";
import { speakerPosition } from "./speaker-position";
import { trueFalse } from "./true-false";
import { vocabulary } from "./vocabulary";

export const KINDS = {
  "cause-effect": causeEffect,
  "speaker-position": speakerPosition,
  vocabulary,
  "main-idea": mainIdea,
  "multiple-choice": multipleChoice,
  "quote-attribution": quoteAttribution,
  "true-false": trueFalse,
  matching,
  ordering,
  numeric,
  "fill-blank": fillBlank,
  "in-article": inArticle,
  "short-answer": shortAnswer,
} satisfies { [T in QuestionType]: QuestionKind<QuestionOf<T>> };

/** Any question, as its kind's schema checks it: links, stored sessions and quiz files are read through this. */
export const questionSchema = z.union(
  Object.values(KINDS).map((kind) => kind.schema) as unknown as [z.Schema<Question>, ...z.Schema<Question>[]],
);

/** The kind of a question (or of a type). */
export function kindOf(question: Question | QuestionType): QuestionKind<Question> {
  const type = typeof question === "string" ? question : question.type;
  // Each kind's functions take its own shape; a question's type says which shape it has.
  return KINDS[type] as unknown as QuestionKind<Question>;
}

/** The types the engine generates, in pool order ("short-answer" is only ever a teacher's). */
export const GENERATED_TYPES = (Object.keys(KINDS) as GeneratedQuestionType[]).filter(
  (type) => kindOf(type).generate !== undefined,
);

/** Every question type, generated or not. */
export const ALL_TYPES = Object.keys(KINDS) as QuestionType[];

export type { GeneratorContext, QuestionKind } from "./kind";
