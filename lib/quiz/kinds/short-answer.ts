/** A teacher's own question answered in a few typed words; never generated. */
import type { FillBlankQuestion } from "../types";
import type { QuestionKind } from "./kind";
import { typedShape } from "./typed-shape";

export const shortAnswer: QuestionKind<FillBlankQuestion> = {
  ...typedShape("short-answer"),
  level: "literal",
  inDefaultDraw: false,
};
