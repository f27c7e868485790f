/** The draw's rules on hand-made pools, where the right outcome is known. */
import { describe, expect, it } from "vitest";
import { drawQuestions, isAboveRecall } from "./draw";
import type { ChoiceQuestion, Level, Question, QuestionType, Skill } from "./types";

const SKILLS: Skill[] = [
  "key-details",
  "people-roles",
  "quotations",
  "numbers",
  "sequence",
  "claims",
  "main-idea",
  "cause-effect",
  "viewpoints",
  "vocabulary",
];

interface Spec {
  type?: QuestionType;
  skill?: Skill;
  level?: Level;
  score?: number;
  facts?: string[];
  /** Start of the evidence sentence: questions with the same start share a sentence. */
  at?: number;
  prompt?: string;
  options?: string[];
}

function q(id: string, spec: Spec = {}): ChoiceQuestion {
  const at = spec.at ?? Number(id.replace(/\D/g, "") || 0) * 100;
  return {
    id,
    type: (spec.type ?? "multiple-choice") as ChoiceQuestion["type"],
    // Spread over the skills unless a test says otherwise, so the skill cap does not decide other tests.
    skill: spec.skill ?? SKILLS[[...id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % SKILLS.length]!,
    level: spec.level ?? "literal",
    prompt: spec.prompt ?? `Question ${id}?`,
    options: spec.options ?? [`right ${id}`, `wrong ${id} a`, `wrong ${id} b`],
    answer: 0,
    explanation: "x",
    evidence: [{ start: at, end: at + 50 }],
    facts: spec.facts ?? [`f-${id}`],
    score: spec.score ?? 0.6,
  };
}

const ids = (questions: { id: string }[]) => questions.map((x) => x.id).sort();
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

describe("drawQuestions: the rules a teacher would apply", () => {
  it("never asks one fact twice, even with nothing else left", () => {
    const pool = [q("a1", { facts: ["s1"] }), q("a2", { facts: ["s1"], type: "true-false" }), q("a3"), q("a4")];
    for (const seed of seeds) {
      const drawn = drawQuestions(pool, { seed, count: 4 });
      expect(drawn.filter((x) => x.facts?.includes("s1"))).toHaveLength(1);
      expect(ids(drawn).filter((id) => id !== "a1" && id !== "a2")).toEqual(["a3", "a4"]);
      expect(drawn).toHaveLength(3);
    }
  });

  it("asks at most one question per evidence sentence while others are left", () => {
    const pool = [
      q("a1", { at: 0 }),
      q("a2", { at: 0, type: "cause-effect", level: "inference" }),
      q("a3", { at: 300 }),
      q("a4", { at: 500 }),
    ];
    for (const seed of seeds) {
      const drawn = drawQuestions(pool, { seed, count: 3 });
      expect(drawn.filter((x) => x.evidence[0]!.start === 0)).toHaveLength(1);
    }
  });

  it("leaves a quiz short rather than ask two questions on one sentence", () => {
    const pool = [q("a1", { at: 0 }), q("a2", { at: 0, type: "cause-effect", level: "inference" })];
    for (const seed of seeds) expect(drawQuestions(pool, { seed, count: 2 })).toHaveLength(1);
  });

  it("counts every proving sentence: a quotation whose speaker is named in another question's sentence is not asked beside it", () => {
    // “You can carry two children,” says Pizzi. … “It’s a minivan alternative.”: the second is proved by both sentences.
    const pool = [
      q("a1", { type: "quote-attribution", skill: "quotations", at: 0, score: 0.9 }),
      {
        ...q("a2", { type: "quote-attribution", skill: "quotations", at: 200, score: 0.9 }),
        evidence: [
          { start: 200, end: 230 },
          { start: 0, end: 50 },
        ],
      },
      q("a3"),
      q("a4"),
    ];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 4 }));
      expect(drawn.includes("a1") && drawn.includes("a2")).toBe(false);
      expect(drawn).toHaveLength(3);
    }
  });

  it("does not bring back a replaced question under another id with the same words", () => {
    const pool = [
      q("a1", { prompt: "Which organization co-sponsored the program?", score: 0.9 }),
      q("a2", { prompt: "Which organization co-sponsored the program?", score: 0.9 }),
      q("a3"),
      q("a4"),
    ];
    for (const seed of seeds) {
      const drawn = drawQuestions(pool, { seed, count: 3, exclude: ["a1"] });
      expect(ids(drawn)).toEqual(["a3", "a4"]);
    }
  });

  it("never asks about two sentences of one quotation, one next to the other", () => {
    // "…advantage,” he said. “This is, potentially, a huge physical advantage.”: the first answers the second.
    const pool = [
      q("a1", { type: "quote-attribution", skill: "quotations", at: 0, score: 0.9 }),
      {
        ...q("a2", { type: "quote-attribution", skill: "quotations", score: 0.9 }),
        evidence: [{ start: 52, end: 90 }],
      },
      q("a3"),
      q("a4"),
    ];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 4 }));
      expect(drawn.includes("a1") && drawn.includes("a2")).toBe(false);
    }
  });

  it("balances true and false where a false statement is nearly as good: not every statement true", () => {
    const statement = (id: string, answer: number, score: number) => ({
      ...q(id, { type: "true-false", score, options: ["True", "False"] }),
      answer,
    });
    const pool = [
      statement("t1", 0, 0.9),
      statement("t2", 0, 0.88),
      statement("t3", 0, 0.86),
      statement("f1", 1, 0.8),
      statement("f2", 1, 0.78),
      q("a1"),
      q("a2"),
      q("a3"),
    ];
    for (const seed of seeds) {
      const answers = drawQuestions(pool, { seed, count: 6, types: ["true-false", "multiple-choice"] })
        .filter((x) => x.type === "true-false")
        .map((x) => (x as ChoiceQuestion).answer);
      const trues = answers.filter((a) => a === 0).length;
      expect(Math.abs(trues - (answers.length - trues))).toBeLessThanOrEqual(1);
    }
  });

  it("never draws a question whose answer another question's prompt or options give away", () => {
    const pool = [
      q("a1", { options: ["fifty thousand young Americans", "ten", "twenty"], score: 0.9 }),
      q("a2", { prompt: "Why did China invite fifty thousand young Americans?", score: 0.9 }),
      q("a3"),
    ];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 3 }));
      expect(drawn.includes("a1") && drawn.includes("a2")).toBe(false);
    }
  });

  it("asks who said two quotations, each speaker a wrong option of the other; but never names the answer in a prompt", () => {
    const pool = [
      q("a1", {
        type: "quote-attribution",
        skill: "quotations",
        options: ["Ahmed Baroudi", "Hakima el-Haite", "Gerhard Knies"],
        score: 0.9,
      }),
      q("a2", {
        type: "quote-attribution",
        skill: "quotations",
        options: ["Hakima el-Haite", "Ahmed Baroudi", "Gerhard Knies"],
        score: 0.9,
      }),
      q("a3", { prompt: "What did Hakima el-Haite say about the plant?", score: 0.9 }),
    ];
    for (const seed of seeds) {
      expect(ids(drawQuestions(pool.slice(0, 2), { seed, count: 3 }))).toEqual(["a1", "a2"]);
      const drawn = ids(drawQuestions(pool, { seed, count: 3 }));
      expect(drawn.includes("a2") && drawn.includes("a3")).toBe(false);
    }
  });

  it("fills a quiz on a thin article with at most three true-or-false questions, leaving it short rather than a drill", () => {
    const statements = Array.from({ length: 8 }, (_, i) => q(`t${i}`, { type: "true-false", score: 0.6, at: i * 100 }));
    const others = Array.from({ length: 3 }, (_, i) => q(`m${i}`, { score: 0.6, at: 5000 + i * 100 }));
    for (const seed of seeds) {
      const drawn = drawQuestions([...statements, ...others], { seed, count: 10 });
      expect(drawn.filter((x) => x.type === "true-false")).toHaveLength(3);
      expect(ids(drawn.filter((x) => x.type !== "true-false"))).toEqual(["m0", "m1", "m2"]);
      expect(drawn).toHaveLength(6);
    }
  });

  it("puts at least 4 of 10 questions above plain recall when the pool has them, even if they score lower", () => {
    const literal = Array.from({ length: 12 }, (_, i) => q(`l${i}`, { score: 0.95, at: i * 100 }));
    const above = Array.from({ length: 6 }, (_, i) =>
      q(`u${i}`, {
        level: i % 2 ? "gist" : "inference",
        type: i % 2 ? "main-idea" : "cause-effect",
        score: 0.7,
        at: 5000 + i * 100,
      }),
    );
    for (const seed of seeds) {
      const drawn = drawQuestions([...literal, ...above], { seed, count: 10 });
      expect(drawn.filter(isAboveRecall).length).toBeGreaterThanOrEqual(4);
    }
  });

  it("draws fewer or more questions of understanding on request", () => {
    const literal = Array.from({ length: 12 }, (_, i) =>
      q(`l${i}`, { score: 0.6, at: i * 100, type: i % 2 ? "true-false" : "multiple-choice" }),
    );
    const types: QuestionType[] = ["cause-effect", "speaker-position", "vocabulary", "main-idea", "ordering"];
    const above = Array.from({ length: 12 }, (_, i) =>
      q(`u${i}`, { level: "inference", type: types[i % types.length], score: 0.9, at: 5000 + i * 100 }),
    );
    for (const seed of seeds) {
      expect(
        drawQuestions([...literal, ...above], { seed, count: 10, understanding: "fewer" }).filter(isAboveRecall).length,
      ).toBeLessThanOrEqual(3);
      expect(
        drawQuestions([...literal, ...above], { seed, count: 10, understanding: "more" }).filter(isAboveRecall).length,
      ).toBeGreaterThanOrEqual(7);
    }
  });

  it("keeps a balance of kinds: at most three of ten of one kind while other kinds are left", () => {
    const causes = Array.from({ length: 8 }, (_, i) =>
      q(`c${i}`, { type: "cause-effect", level: "inference", score: 0.95, at: i * 100 }),
    );
    const kinds: QuestionType[] = ["multiple-choice", "quote-attribution", "matching", "ordering"];
    const others = Array.from({ length: 8 }, (_, i) =>
      q(`m${i}`, { score: 0.6, at: 5000 + i * 100, type: kinds[i % kinds.length] }),
    );
    for (const seed of seeds) {
      const drawn = drawQuestions([...causes, ...others], { seed, count: 10 });
      expect(drawn.filter((x) => x.type === "cause-effect")).toHaveLength(3);
    }
  });

  it("asks at most two word meanings in ten questions, whatever kind asks them", () => {
    const words = Array.from({ length: 6 }, (_, i) =>
      q(`v${i}`, { type: i % 2 ? "vocabulary" : "matching", level: "vocabulary", score: 0.95, at: i * 100 }),
    );
    const kinds: QuestionType[] = ["multiple-choice", "quote-attribution", "cause-effect", "ordering"];
    const others = Array.from({ length: 12 }, (_, i) =>
      q(`m${i}`, { score: 0.6, at: 5000 + i * 100, type: kinds[i % kinds.length] }),
    );
    for (const seed of seeds)
      expect(
        drawQuestions([...words, ...others], { seed, count: 10 }).filter((x) => x.level === "vocabulary"),
      ).toHaveLength(2);
  });

  it("asks at most four of ten questions on one skill, whatever kinds ask them", () => {
    const kinds: QuestionType[] = ["quote-attribution", "true-false", "matching", "speaker-position"];
    const quotes = Array.from({ length: 8 }, (_, i) =>
      q(`q${i}`, { type: kinds[i % kinds.length], skill: "quotations", score: 0.95, at: i * 100 }),
    );
    const otherKinds: QuestionType[] = ["multiple-choice", "cause-effect", "ordering", "main-idea"];
    const otherSkills = SKILLS.filter((s) => s !== "quotations");
    const others = Array.from({ length: 12 }, (_, i) =>
      q(`m${i}`, {
        score: 0.6,
        at: 5000 + i * 100,
        type: otherKinds[i % 4],
        skill: otherSkills[i % otherSkills.length],
      }),
    );
    for (const seed of seeds)
      expect(
        drawQuestions([...quotes, ...others], { seed, count: 10 }).filter((x) => x.skill === "quotations"),
      ).toHaveLength(4);
  });

  it("takes a poorly scored question only when nothing better fits, even one of understanding", () => {
    const pool = [
      q("a1", { score: 0.4, level: "inference", type: "cause-effect" }),
      q("a2", { score: 0.7 }),
      q("a3", { score: 0.8 }),
    ];
    for (const seed of seeds) {
      expect(ids(drawQuestions(pool, { seed, count: 2 }))).toEqual(["a2", "a3"]);
      expect(ids(drawQuestions(pool, { seed, count: 3 }))).toEqual(["a1", "a2", "a3"]);
    }
  });

  it("never puts a question a teacher would throw away in a default quiz, even to fill it; a teacher who picks kinds still gets it", () => {
    const pool = [q("a1", { score: 0.2 }), q("a2", { score: 0.7 })];
    for (const seed of seeds) {
      expect(ids(drawQuestions(pool, { seed, count: 2 }))).toEqual(["a2"]);
      expect(ids(drawQuestions(pool, { seed, count: 2, types: ["multiple-choice"] }))).toEqual(["a1", "a2"]);
    }
  });

  it("asks at most three word meanings even when a thin article has little else", () => {
    const words = Array.from({ length: 8 }, (_, i) =>
      q(`v${i}`, { type: "vocabulary", level: "vocabulary", skill: "vocabulary", score: 0.9, at: i * 100 }),
    );
    for (const seed of seeds)
      expect(
        drawQuestions([...words, q("m1", { at: 5000 })], { seed, count: 10 }).filter((x) => x.level === "vocabulary"),
      ).toHaveLength(3);
  });

  it("leaves out the scanning kinds unless a teacher asks for them", () => {
    const pool = [
      q("a1"),
      q("a2", { type: "in-article", level: "scan", score: 0.9 }),
      { ...q("a3"), type: "fill-blank" as const, level: "scan" as const },
    ];
    expect(ids(drawQuestions(pool as ChoiceQuestion[], { seed: 1, count: 3 }))).toEqual(["a1"]);
    expect(ids(drawQuestions(pool as ChoiceQuestion[], { seed: 1, count: 3, types: ["in-article"] }))).toEqual(["a2"]);
  });

  it("replaces a question with the next best and leaves the others as they were", () => {
    const pool = Array.from({ length: 12 }, (_, i) => q(`a${i}`, { score: 0.5 + i * 0.04 }));
    for (const seed of seeds) {
      const first = drawQuestions(pool, { seed, count: 5 });
      const [gone, ...kept] = first;
      const again = drawQuestions(pool, { seed, count: 5, keep: kept, exclude: [gone!.id] });
      expect(again).toHaveLength(5);
      expect(again.map((x) => x.id)).not.toContain(gone!.id);
      expect(kept.every((k) => again.includes(k))).toBe(true);
    }
  });

  it("lists questions in the order of the article, the main idea last", () => {
    const pool = [
      q("a3", { at: 300 }),
      q("m", { type: "main-idea", level: "gist", at: 0, score: 0.9 }),
      q("a1", { at: 100 }),
      q("a2", { at: 200 }),
    ];
    expect(drawQuestions(pool, { seed: 1, count: 4 }).map((x) => x.id)).toEqual(["a1", "a2", "a3", "m"]);
  });

  it("varies the quiz with the seed among equally good questions", () => {
    const pool = Array.from({ length: 20 }, (_, i) => q(`a${i}`, { score: 0.7 }));
    const quizzes = new Set(seeds.map((seed) => ids(drawQuestions(pool, { seed, count: 5 })).join()));
    expect(quizzes.size).toBeGreaterThan(4);
  });
});

describe("a matching question and the questions on its sentences", () => {
  // Matching speakers to their words shows who said each line: a "who said…" on one of those lines is answered by it.
  const matching = {
    ...q("m1", { type: "matching", score: 0.9 }),
    evidence: [
      { start: 100, end: 150 },
      { start: 200, end: 250 },
      { start: 300, end: 350 },
    ],
  } as unknown as ChoiceQuestion;
  const onItsSentence = q("q2", { at: 200, score: 0.8 });
  const elsewhere = q("q4", { at: 400, score: 0.7 });

  it.each(seeds)("are never drawn together (seed %i)", (seed) => {
    const drawn = ids(drawQuestions([matching, onItsSentence, elsewhere], { seed, count: 3 }));
    expect(drawn).toContain("q4");
    expect(drawn.includes("m1") && drawn.includes("q2")).toBe(false);
  });
});

describe("one question never answers another", () => {
  const who = q("w1", {
    type: "speaker-position",
    skill: "quotations",
    at: 100,
    score: 0.9,
    prompt: "Who says that climate issues should be built into security policies rather than treated as threats?",
    options: ["Li Yanliang", "Wang Tianchan", "Savannah Billman"],
  });
  // A number question has no options: the student types the number.
  const howMany = {
    ...q("n1", { type: "numeric", skill: "numbers", at: 300, score: 0.9 }),
    type: "numeric",
    prompt: "How many young Americans does China plan to invite?",
    options: undefined,
    answer: 50000,
  } as unknown as Question;
  delete (howMany as { options?: unknown }).options;
  const mainIdea = (wrong: string) =>
    q("m1", {
      type: "main-idea",
      skill: "main-idea",
      level: "gist",
      at: 0,
      score: 0.95,
      prompt: "Which sentence best states the main idea of the article?",
      options: [
        "American and Chinese experts called for the two countries to act together on climate change and AI.",
        wrong,
        "American and Chinese experts signed a joint agreement setting global safety standards.",
      ],
    });
  const order: Question = {
    ...q("o1", { type: "ordering", skill: "sequence", at: 400, score: 0.95 }),
    type: "ordering",
    prompt: "Put these events in the order they happened, earliest first.",
    items: [
      "The delegation visited universities across three cities.",
      "President Xi Jinping announced a plan to invite 50,000 young Americans to China.",
    ],
    answer: [0, 1],
  } as unknown as Question;

  const whichPoint = q("p1", {
    type: "speaker-position",
    skill: "viewpoints",
    level: "inference",
    at: 200,
    score: 0.9,
    prompt: "Which point does Wang Tianchan make in the article?",
    options: [
      "China and the U.S. have shared interests in making AI safe.",
      "Climate issues should be built into security policies rather than treated as threats.",
      "Visiting companies in three cities gave a useful overview of climate initiatives.",
    ],
  });

  const whoSaidBuying = q("s9", {
    type: "quote-attribution",
    skill: "quotations",
    at: 500,
    score: 0.9,
    prompt: "Who said “There is no telling what they are buying”?",
    options: ["Kevin Pelphrey", "Uta Frith", "Simon Baron-Cohen"],
  });

  it.each([
    [
      "a wrong main idea that names the speaker a “Who said …?” asks for, on one of the quotation's words",
      whoSaidBuying,
      mainIdea("Kevin Pelphrey cautioned against buying oxytocin from suppliers online."),
    ],
    [
      "a which-point question that offers, as a wrong option, the point a who-question gives to someone else",
      who,
      whichPoint,
    ],
    [
      "a wrong main idea that names the speaker a who-question asks for, on the same point",
      who,
      mainIdea(
        "Li Yanliang called for a shift from securitizing climate issues to integrating them into security policies.",
      ),
    ],
    ["an event to put in order that holds a number question's answer", howMany, order],
    [
      "a wrong reason that tells, in other words, the figure a when-question asks for",
      q("d1", {
        at: 500,
        score: 0.9,
        prompt: "When does the article say the Mesolithic man lived in Spain?",
        options: ["7,000 years ago", "6,000 years ago", "9,000 years ago"],
      }),
      q("c1", {
        type: "cause-effect",
        skill: "cause-effect",
        level: "inference",
        at: 800,
        score: 0.9,
        prompt: "Why may scientists have overestimated the impact farming had in shaping the immune system?",
        options: [
          "Because tests on his DNA found that he already carried mutations that boost the immune system.",
          "Because carbon dating put the remains at around 7,000 years old, before farming reached Europe.",
          "Because the timing fitted with ancient artifacts found at the site.",
        ],
      }),
    ],
  ])("%s", (_, asked, answering) => {
    const pool = [asked, answering, q("x1", { at: 600 }), q("x2", { at: 700 })];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 4 }));
      expect(drawn.includes(asked.id) && drawn.includes(answering.id), drawn.join(", ")).toBe(false);
    }
  });

  it("never asks which point one person makes beside a question on the words of a person whose point it offers", () => {
    const quote =
      "“We need to shift from securitizing climate issues to integrating them into security policies,” said Li Yanliang.";
    const article = { paragraphs: ["The experts met in Shanghai for a week of talks.", quote, "They spoke of AI."] };
    const start = article.paragraphs[0]!.length + 2;
    const whoSaid: Question = {
      ...q("s1", { type: "quote-attribution", skill: "quotations", score: 0.9 }),
      prompt:
        "Who said “We need to shift from securitizing climate issues to integrating them into security policies”?",
      options: ["Li Yanliang", "Wang Tianchan", "Savannah Billman"],
      evidence: [{ start, end: start + quote.length }],
    };
    const pool = [whoSaid, whichPoint, q("x1", { at: 600 }), q("x2", { at: 700 })];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 4 }, article));
      expect(drawn.includes("s1") && drawn.includes("p1"), drawn.join(", ")).toBe(false);
    }
  });

  it("never asks two “Who says …?” with one person as the answer", () => {
    const wang = (id: string, at: number, point: string) =>
      q(id, {
        type: "speaker-position",
        skill: "viewpoints",
        level: "inference",
        at,
        score: 0.9,
        prompt: `Who says that ${point}?`,
        options: ["Wang Tianchan", "Li Yanliang", "Savannah Billman"],
      });
    const pool = [
      wang("w2", 200, "China and the U.S. have shared interests in making AI safe"),
      wang("w3", 300, "China and the U.S. could both gain by sharing what they know about AI"),
      q("x1", { at: 600 }),
      q("x2", { at: 700 }),
    ];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 4 }));
      expect(drawn.includes("w2") && drawn.includes("w3"), drawn.join(", ")).toBe(false);
      expect(drawn).toHaveLength(3);
    }
  });

  it("never asks “Who says …?” over the same three people three times: the third is had by elimination", () => {
    const whoSays = (id: string, at: number, answer: number) => {
      const people = ["Li Yanliang", "Wang Tianchan", "Savannah Billman"];
      return q(id, {
        type: "speaker-position",
        skill: "viewpoints",
        level: "inference",
        at,
        score: 0.9,
        prompt: `Who says that point ${id} holds?`,
        options: [people[answer]!, ...people.filter((_, i) => i !== answer)],
      });
    };
    const pool = [whoSays("s1", 100, 0), whoSays("s2", 300, 1), whoSays("s3", 500, 2), q("x1", { at: 700 })];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 4 }));
      expect(
        drawn.filter((id) => /^s\d$/.test(id)),
        drawn.join(", "),
      ).toHaveLength(2);
    }
  });

  it("asks “Who said …?” with one person as the answer at most twice", () => {
    const pelphrey = (id: string, at: number) =>
      q(id, {
        type: "quote-attribution",
        skill: "quotations",
        at,
        score: 0.9,
        prompt: `Who said “quotation ${id}”?`,
        options: ["Kevin Pelphrey", "Uta Frith", "Simon Baron-Cohen"],
      });
    const pool = [pelphrey("k1", 100), pelphrey("k2", 300), pelphrey("k3", 500), q("x1", { at: 700 })];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 4 }));
      expect(
        drawn.filter((id) => id.startsWith("k")),
        drawn.join(", "),
      ).toHaveLength(2);
    }
  });

  it("never asks who said a sentence beside matching speakers with the sentence next to it", () => {
    const first = "“We believe that it's possible to export energy to Europe,” said Maha el-Kadiri.";
    const next = "“Specifically, we would have to build interconnections with Spain.”";
    const article = { paragraphs: ["The plant opened in the desert last year.", `${first} ${next}`, "It is big."] };
    const start = article.paragraphs[0]!.length + 2;
    const whoSaid: Question = {
      ...q("s1", { type: "quote-attribution", skill: "quotations", score: 0.9 }),
      prompt: "Who said “We believe that it's possible to export energy to Europe”?",
      options: ["Maha el-Kadiri", "Ahmed Baroudi", "Hakima el-Haite"],
      evidence: [{ start, end: start + first.length }],
    };
    const nextStart = start + first.length + 1;
    const matching: Question = {
      id: "m2",
      type: "matching",
      skill: "quotations",
      level: "literal",
      prompt: "Match each speaker with what they said.",
      explanation: "x",
      left: ["Maha el-Kadiri", "Ahmed Baroudi"],
      right: ["“Specifically, we would have to build interconnections…”", "“We are very proud of this project”"],
      evidence: [{ start: nextStart, end: nextStart + next.length }],
      facts: ["f-m2"],
      score: 0.9,
    } as Question;
    const pool = [whoSaid, matching, q("x1", { at: 600 }), q("x2", { at: 700 })];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 4 }, article));
      expect(drawn.includes("s1") && drawn.includes("m2"), drawn.join(", ")).toBe(false);
    }
  });

  it("never asks “Who says …?” and “Who said …?” with one person as the answer", () => {
    const people = ["Wang Tianchan", "Li Yanliang", "Savannah Billman"];
    const pool = [
      q("w1", {
        type: "speaker-position",
        skill: "viewpoints",
        level: "inference",
        at: 200,
        score: 0.9,
        prompt: "Who says that making AI safe needs both nations?",
        options: people,
      }),
      q("s1", {
        type: "quote-attribution",
        skill: "quotations",
        at: 400,
        score: 0.9,
        prompt: "Who said “AI is a complex engineering challenge”?",
        options: people,
      }),
      q("x1", { at: 600 }),
      q("x2", { at: 700 }),
    ];
    for (const seed of seeds) {
      const drawn = ids(drawQuestions(pool, { seed, count: 4 }));
      expect(drawn.includes("w1") && drawn.includes("s1"), drawn.join(", ")).toBe(false);
      expect(drawn).toHaveLength(3);
    }
  });

  it("leaves together a wrong main idea that names the speaker of another point", () => {
    const other = mainIdea(
      "Li Yanliang said that the program had invited journalists and researchers to three cities.",
    );
    const pool = [who, other, q("x1", { at: 600 }), q("x2", { at: 700 })];
    expect(ids(drawQuestions(pool, { seed: 1, count: 4 }))).toEqual(expect.arrayContaining(["m1", "w1"]));
  });
});
