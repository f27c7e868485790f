import { describe, expect, it } from "vitest";
import { buildPool } from "../quiz";
import { seedArticle as loadSeedArticle } from "../quiz/fixtures/seed";
import type { ChoiceQuestion } from "../quiz/types";
import { materializeQuiz } from "../share/materialize";
import { addCustom, customProblems, customQuestion, draftToShared, editQuestion, newDraft, removeQuestion, selectedIds, updateSettings, type CustomFields } from "./draft";
import { articleSentences } from "./sentences";

const seedArticle = loadSeedArticle();
const draft = newDraft(seedArticle, 7);
const pool = buildPool(seedArticle, 7);

describe("quiz draft", () => {
  it("removing a question brings in the next one from the draw and keeps the rest in place", () => {
    const before = selectedIds(pool, draft);
    expect(before).toHaveLength(10);
    const after = selectedIds(pool, removeQuestion(draft, before[3]!));
    expect(after).toHaveLength(10);
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after.slice(3, 9)).toEqual(before.slice(4, 10));
    expect(after).not.toContain(before[3]);
  });

  it("stores only what an edit changes, and nothing once it matches the engine again", () => {
    const ids = selectedIds(pool, draft);
    const choice = pool.find((q): q is ChoiceQuestion => ids.includes(q.id) && q.type === "multiple-choice")!;
    const edited = editQuestion(draft, choice, { prompt: "  Who is it?\n", explanation: choice.explanation });
    expect(edited.edits[choice.id]).toEqual({ prompt: "Who is it?" });
    const back = editQuestion(edited, choice, { prompt: choice.prompt, explanation: choice.explanation });
    expect(back.edits).toEqual({});
  });

  it("makes a link that materializes to the preview, with the teacher's own question last", () => {
    const sentence = articleSentences(seedArticle.body)[2]!;
    const fields: CustomFields = { kind: "short-answer", prompt: "Which city?", options: [], answer: -1, expected: "Shanghai", alsoAccepted: [""], explanation: "", evidence: sentence.span };
    expect(customProblems(fields, seedArticle.body.length)).toEqual([]);
    const withOwn = addCustom(updateSettings(draft, { count: 4, title: "T" }), customQuestion(fields));
    const quiz = materializeQuiz(draftToShared(pool, withOwn, seedArticle.slug), seedArticle);
    expect(quiz.ok && quiz.quiz.questions.map((q) => q.id)).toEqual([...selectedIds(pool, withOwn), "custom-1"]);
  });

  it("refuses a question without its evidence or a right answer", () => {
    const fields: CustomFields = { kind: "multiple-choice", prompt: "Q?", options: ["A", "a "], answer: -1, expected: "", alsoAccepted: [], explanation: "", evidence: null };
    expect(customProblems(fields, 100)).toEqual([
      "Two options say the same thing.",
      "Choose the right answer.",
      "Pick the sentence in the article that proves the answer.",
    ]);
  });
});

describe("article sentences", () => {
  it("cover the body in order without overlapping, each a sentence the engine would show", () => {
    const sentences = articleSentences(seedArticle.body);
    expect(sentences.length).toBeGreaterThan(10);
    for (const [i, s] of sentences.entries()) {
      expect(seedArticle.body.slice(s.span.start, s.span.end).trim()).toBe(s.text);
      if (i > 0) expect(s.span.start).toBeGreaterThanOrEqual(sentences[i - 1]!.span.end);
    }
  });
});
