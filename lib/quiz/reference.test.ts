/**
 * Known answers on the seed article, checked by a reader against the text.
 * If the facts file changes, these are the questions a teacher would ask.
 */
import { describe, expect, it } from "vitest";
import {
  buildPool,
  buildPoolReport,
  generateQuiz,
  gradeResponse,
  evidenceText,
  isAboveRecall,
  type ChoiceQuestion,
  type Question,
} from "./index";
import { seedArticle } from "./fixtures/seed";

const article = seedArticle();
const pool = buildPool(article, 1);
const byId = (id: string): Question => {
  const question = pool.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id} in the pool`);
  return question;
};
const chosen = (q: Question) => (q as ChoiceQuestion).options[(q as ChoiceQuestion).answer];

describe("reference answers on the seed article", () => {
  // [question id, prompt, the right option]
  const choices: [string, string, string][] = [
    ["quote-attribution:who-said:q-wang-1", "Who said “AI is a complex engineering challenge”?", "Wang Tianchan"],
    [
      "quote-attribution:who-said:q-li",
      "Who said “We need to shift from securitizing climate issues to integrating them into security policies”?",
      "Li Yanliang",
    ],
    [
      "multiple-choice:how-many:n-young-americans",
      "How many young Americans does China plan to invite for exchange and study programs?",
      "50,000",
    ],
    ["multiple-choice:when:d-2023", "In what year did the Shanghai-Nanjing Plus program begin?", "2023"],
    ["multiple-choice:when:d-tuesday", "On what day of the week was the program’s closing ceremony held?", "Tuesday"],
    [
      "multiple-choice:who-role:p-billman",
      "Who is a senior digital communications associate at the U.S. National Committee on U.S.-China Relations?",
      "Savannah Billman",
    ],
    [
      "multiple-choice:who-claim:c-xi-invitation",
      "Who announced China’s plan to invite 50,000 young Americans for exchange and study programs over the next five years, according to the article?",
      "Xi Jinping",
    ],
    [
      "true-false:true:c-china-commercial-ai",
      "True or false? China brings valuable experience in commercial AI applications, particularly in bridging the digital divide through technology.",
      "True",
    ],
    [
      "true-false:false:c-us-safety-standards+pl-china",
      "True or false? China contributes significantly to global safety standards with its vast data resources and advanced algorithms.",
      "False",
    ],
    [
      "main-idea:statement:main-idea",
      "Which sentence best states the main idea of the article?",
      article.facts.mainIdea.statement,
    ],
    [
      "cause-effect:purpose:cause-li-cooperation",
      "Why does Li Yanliang want the two countries to focus more on climate-related cooperation?",
      "To deal with a climate crisis that keeps getting worse.",
    ],
    [
      "cause-effect:cause:cause-complementary",
      "Why does Wang Tianchan say the two nations’ strengths in AI complement each other?",
      "The U.S. brings large amounts of data and strong algorithms; China brings experience of using AI in business.",
    ],
    [
      "speaker-position:who:pos-li-security",
      "Who says that climate issues should be built into security policies rather than treated as threats to security?",
      "Li Yanliang",
    ],
    [
      "speaker-position:what:pos-billman-visits",
      "Which point does Savannah Billman make in the article?",
      "Visiting companies in three cities gave a useful overview of China’s climate initiatives.",
    ],
    [
      "vocabulary:meaning:v-underscored",
      "What does “underscored” mean in “Experts also underscored the urgency of addressing climate change, calling…”?",
      "stressed",
    ],
    [
      "vocabulary:meaning:v-comprising",
      "What does “comprising” mean in “The delegation, comprising American professors, postgraduate students, researchers from think tanks and social organizations…”?",
      "made up of",
    ],
  ];
  it.each(choices)("%s", (id, prompt, answer) => {
    const question = byId(id);
    expect(question.prompt).toBe(prompt);
    expect(chosen(question)).toBe(answer);
  });

  it("does not ask which country sets safety standards: the article names two, so the stock ones leave a toss", () => {
    const id = "multiple-choice:who-claim:c-us-safety-standards";
    expect(pool.map((q) => q.id)).not.toContain(id);
    const thrown = buildPoolReport(article, 1).rejected.find((r) => r.question.id === id);
    expect(thrown?.reasons.some((r) => r.startsWith("only-place-in-article:"))).toBe(true);
  });

  // The seed's facts no longer hold the two co-sponsors (a panel found the question trivia), but an article that
  // names two organizations doing one thing among others must still never offer the second as a wrong answer.
  it("never offers the other co-sponsor as a wrong answer to “which organization co-sponsored”", () => {
    const evidence = article.facts.organizations.find((o) => o.id === "o-siis")!.evidence;
    const cosponsor = (id: string, subject: string) => ({
      id,
      subject,
      predicate: "co-sponsored the Shanghai-Nanjing Plus program",
      evidence,
    });
    const claims = [
      ...article.facts.claims,
      cosponsor("c-siis-cosponsor", "o-siis"),
      cosponsor("c-hnc-cosponsor", "o-hnc"),
    ];
    const withCosponsors = buildPool({ ...article, facts: { ...article.facts, claims } }, 1);
    const question = withCosponsors.find(
      (q) => q.id === "multiple-choice:who-claim:c-siis-cosponsor",
    ) as ChoiceQuestion;
    expect(chosen(question)).toBe("Shanghai Institutes for International Studies");
    expect(question.options).not.toContain("Johns Hopkins University-Nanjing University Center");
  });

  it("asks the number of young Americans as a typed number too, and accepts it however written", () => {
    const numeric = byId("numeric:value:n-young-americans");
    expect(numeric.answer).toBe(50000);
    for (const typed of ["50000", "50,000", "fifty thousand"]) {
      expect(gradeResponse(numeric, { kind: "text", text: typed })).toBe(true);
    }
    expect(gradeResponse(numeric, { kind: "number", value: 50000 })).toBe(true);
    expect(gradeResponse(numeric, { kind: "number", value: 5000 })).toBe(false);

    const blank = byId("fill-blank:sentence:n-young-americans");
    expect(blank.prompt).toBe(
      "Fill in the blank: In a speech last November, President Xi Jinping announced China’s plan to invite _____ young Americans for exchange and study programs over the next five years.",
    );
    for (const typed of ["50,000", "50000", "fifty thousand", "Fifty-thousand"]) {
      expect(gradeResponse(blank, { kind: "text", text: typed })).toBe(true);
    }
    expect(gradeResponse(blank, { kind: "text", text: "5,000" })).toBe(false);
  });

  it("offers a word bank of the article's words of the same kind, the answer among them", () => {
    const blank = byId("fill-blank:sentence:p-li");
    if (blank.type !== "fill-blank") throw new Error("not a blank");
    expect(blank.bank).toContain("Li Yanliang");
    expect(blank.bank!.length).toBeGreaterThanOrEqual(3);
    expect(
      blank
        .bank!.filter((w) => w !== "Li Yanliang")
        .every((w) => ["Wang Tianchan", "Savannah Billman", "Xi Jinping"].includes(w)),
    ).toBe(true);
  });

  it("accepts a speaker’s short name in a blank", () => {
    const blank = byId("fill-blank:sentence:p-li");
    expect(blank.prompt).toContain("said _____, a research fellow");
    expect(gradeResponse(blank, { kind: "text", text: "li" })).toBe(true);
    expect(gradeResponse(blank, { kind: "text", text: "Li Yanliang" })).toBe(true);
    expect(gradeResponse(blank, { kind: "text", text: "Wang" })).toBe(false);
  });

  it("matches each speaker with their own words", () => {
    const question = byId("matching:quotes:q-li+q-wang-1+q-billman-1");
    if (question.type !== "matching") throw new Error("not matching");
    const pairs = Object.fromEntries(question.left.map((name, i) => [name, question.right[question.answer[i]!]]));
    expect(pairs).toEqual({
      "Li Yanliang": "“We need to shift from securitizing climate issues to integrating them…”",
      "Wang Tianchan": "“AI is a complex engineering challenge”",
      "Savannah Billman": "“Visiting companies across three cities provided me with an overview…”",
    });
  });

  it("matches each person with their role and organization", () => {
    const question = pool.find((q) => q.id.startsWith("matching:roles:"));
    if (question?.type !== "matching") throw new Error("no role matching");
    const pairs = Object.fromEntries(question.left.map((name, i) => [name, question.right[question.answer[i]!]]));
    expect(pairs["Li Yanliang"]).toBe("research fellow at the Institute for Foreign Policy Studies");
    expect(pairs["Wang Tianchan"]).toBe("research fellow at the Institute of Public Policy and Innovation");
    expect(pairs["Xi Jinping"]).toBe("President");
  });

  it("orders the events: Xi’s speech, the week of visits, the closing ceremony", () => {
    const question = byId("ordering:events:e-xi-speech+e-delegation-visits+e-closing-ceremony");
    if (question.type !== "ordering") throw new Error("not ordering");
    expect(question.answer.map((i) => question.items[i])).toEqual([
      "President Xi Jinping announced a plan to invite 50,000 young Americans to China.",
      "The delegation visited universities, museums, and think tanks across three cities.",
      "The delegation joined local experts in roundtable discussions at the closing ceremony.",
    ]);
    // The article tells Xi's speech last: the explanation must not claim its order.
    expect(question.explanation).toBe(
      "The article tells these events in another order; its words for when they happened (“last November”, “a week”, “Tuesday”) show which came first.",
    );
  });

  it("points each answer at the sentence that proves it", () => {
    expect(evidenceText(article, byId("quote-attribution:who-said:q-wang-1").evidence[0]!)).toBe(
      "“AI is a complex engineering challenge,” said Wang.",
    );
    expect(evidenceText(article, byId("multiple-choice:when:d-2023").evidence[0]!)).toBe(
      "The program, which began in 2023, sought to bridge gaps between China and the U.S. through dialogue and academic exchanges.",
    );
  });

  it("supports at least 30 distinct questions across at least 8 types", () => {
    expect(new Set(pool.map((q) => q.id)).size).toBe(pool.length);
    expect(new Set(pool.map((q) => q.prompt + JSON.stringify(q))).size).toBe(pool.length);
    expect(pool.length).toBeGreaterThanOrEqual(30);
    expect(new Set(pool.map((q) => q.type)).size).toBeGreaterThanOrEqual(8);
  });

  it("draws a 10-question quiz of at least 5 kinds, at least half of them above plain recall", () => {
    const quiz = generateQuiz(article, { seed: 2024 });
    expect(quiz.questions).toHaveLength(10);
    expect(quiz.articleSlug).toBe("us-china-climate-ai");
    expect(new Set(quiz.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
    expect(quiz.questions.filter(isAboveRecall).length).toBeGreaterThanOrEqual(5);
  });

  it("gives wrong answers to “why” that are of the answer's own form", () => {
    const question = byId("cause-effect:purpose:cause-li-cooperation") as ChoiceQuestion;
    expect(question.options.every((o) => o.startsWith("To "))).toBe(true);
  });
});
