import { describe, expect, it } from "vitest";
import { buildPool } from "../quiz";
import { seedArticle as loadSeedArticle } from "../quiz/fixtures/seed";
import type { ChoiceQuestion } from "../quiz/types";
import { materializeV3 } from "../share/materialize";
import {
  addCustom,
  customProblems,
  customQuestion,
  draftQuestions,
  draftToShared,
  drawnQuestions,
  editQuestion,
  newDraft,
  removeQuestion,
  updateSettings,
  type CustomFields,
} from "./draft";
import { articleSentences } from "./sentences";

const seedArticle = loadSeedArticle();
const draft = newDraft(seedArticle, 7);
const pool = buildPool(seedArticle, 7);

describe("quiz draft", () => {
  const selected = (d: typeof draft) => drawnQuestions(pool, d, seedArticle).map((q) => q.id);

  it("replacing a question draws the next best in its place and keeps the rest", () => {
    const before = selected(draft);
    expect(before).toHaveLength(10);
    const after = selected(removeQuestion(draft, before[3]!));
    expect(after).toHaveLength(10);
    expect(after).not.toContain(before[3]);
    expect(before.filter((id) => id !== before[3]).every((id) => after.includes(id))).toBe(true);
    // Replacing a second one keeps the first replacement.
    const replacement = after.find((id) => !before.includes(id))!;
    const twice = selected(removeQuestion(removeQuestion(draft, before[3]!), before[5]!));
    expect(twice).toContain(replacement);
    expect(twice).not.toContain(before[5]);
  });

  it("draws more or fewer questions of understanding as the teacher asks", () => {
    const above = (d: typeof draft) =>
      drawnQuestions(pool, d, seedArticle).filter((q) => q.level !== "literal" && q.level !== "scan").length;
    expect(above(updateSettings(draft, { understanding: "fewer" }))).toBeLessThanOrEqual(3);
    expect(above(updateSettings(draft, { understanding: "more" }))).toBeGreaterThanOrEqual(7);
    expect(updateSettings(draft, { understanding: "balanced" }).settings).not.toHaveProperty("understanding");
  });

  it("stores only what an edit changes, and nothing once it matches the engine again", () => {
    const ids = selected(draft);
    // Any drawn question with options: which kinds the seed article's default quiz holds is the engine's business.
    const choice = pool.find(
      (q): q is ChoiceQuestion => ids.includes(q.id) && "options" in q && q.type !== "true-false",
    )!;
    const edited = editQuestion(draft, choice, { prompt: "  Who is it?\n", explanation: choice.explanation });
    expect(edited.edits[choice.id]).toEqual({ prompt: "Who is it?" });
    const back = editQuestion(edited, choice, { prompt: choice.prompt, explanation: choice.explanation });
    expect(back.edits).toEqual({});
  });

  it("makes a link that materializes to the preview, with the teacher's own question last", () => {
    const sentence = articleSentences(seedArticle.body)[2]!;
    const fields: CustomFields = {
      kind: "short-answer",
      prompt: "Which city?",
      options: [],
      answer: -1,
      expected: "Shanghai",
      alsoAccepted: [""],
      explanation: "",
      evidence: sentence.span,
    };
    expect(customProblems(fields, seedArticle.body.length)).toEqual([]);
    const withOwn = addCustom(updateSettings(draft, { count: 4, title: "T" }), customQuestion(fields));
    const built = draftQuestions(pool, withOwn, seedArticle);
    if (!built.ok) throw new Error(built.message);
    expect(built.questions.map((q) => q.id)).toEqual([...selected(withOwn), "custom-1"]);
    const quiz = materializeV3(draftToShared(built.questions, withOwn, seedArticle, "builtin"), {
      [seedArticle.slug]: seedArticle,
    });
    expect(quiz.ok && quiz.quiz.questions).toEqual(built.questions);
  });

  it("refuses a question without its evidence or a right answer", () => {
    const fields: CustomFields = {
      kind: "multiple-choice",
      prompt: "Q?",
      options: ["A", "a "],
      answer: -1,
      expected: "",
      alsoAccepted: [],
      explanation: "",
      evidence: null,
    };
    expect(customProblems(fields, 100)).toEqual([
      "Options A and B say the same thing.",
      "Choose the right answer.",
      "Write at least 3 options (for two, make it a true-or-false question).",
      "Pick the sentence in the article that proves the answer.",
    ]);
  });

  it("leaves out option fields the teacher did not fill, and names the field that is wrong", () => {
    const evidence = articleSentences(seedArticle.body)[2]!.span;
    const fields: CustomFields = {
      kind: "multiple-choice",
      prompt: "Where?",
      options: ["Shanghai", "", "Beijing", "Wuhan"],
      answer: 2,
      expected: "",
      alsoAccepted: [],
      explanation: "",
      evidence,
    };
    expect(customProblems(fields, seedArticle.body.length)).toEqual([]);
    expect(customQuestion(fields)).toMatchObject({ options: ["Shanghai", "Beijing", "Wuhan"], answer: 1 });
    expect(
      customProblems({ ...fields, options: ["Shanghai", "Beijing", ""], answer: 0 }, seedArticle.body.length),
    ).toEqual(["Write at least 3 options (for two, make it a true-or-false question)."]);
    expect(customProblems({ ...fields, answer: 1 }, seedArticle.body.length)).toEqual([
      "The option marked right (B) is empty.",
    ]);
    expect(
      customProblems({ ...fields, options: ["Shanghai", "", "", ""], answer: 0 }, seedArticle.body.length),
    ).toEqual(["Write at least two options."]);
    expect(
      customProblems(
        { ...fields, options: ["Shanghai", "x".repeat(200), "Wuhan"], answer: 0 },
        seedArticle.body.length,
      ),
    ).toEqual(["Option B is longer than 160 characters."]);
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
