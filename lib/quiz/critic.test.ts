/**
 * Each critic rule on a real bad question of the kind teachers threw away
 * (most from the seed article's old quizzes; see the issue "Questions a
 * teacher keeps"), next to a good question it must leave alone.
 */
import { describe, expect, it } from "vitest";
import { indexArticle } from "./article-index";
import { critique, RULES } from "./critic";
import { MIN_SCORE } from "./draw";
import { harborArticle, spanOf } from "./fixtures/harbor-article";
import type { ChoiceQuestion, Question } from "./types";

const index = indexArticle(harborArticle);
const evidence = "“We did not expect so many people to come,” said Ruth Adeyemi, a coordinator at the Harbor Trust.";

function choice(prompt: string, options: string[], extra: Partial<ChoiceQuestion> = {}): ChoiceQuestion {
  return {
    id: "multiple-choice:test:x",
    type: "multiple-choice",
    skill: "key-details",
    level: "literal",
    prompt,
    options,
    answer: 0,
    explanation: "x",
    evidence: [{ start: 0, end: 10 }],
    ...extra,
  };
}
const number = (prompt: string, options: string[]) =>
  choice(prompt, options, { id: "multiple-choice:how-many:n-1", skill: "numbers" });
const trueFalse = (statement: string) =>
  choice(`True or false? ${statement}`, ["True", "False"], { type: "true-false", answer: 1 });

/** The harbor article with a main idea the extractor doubts (a feature story's opening scene). */
const doubtfulIdea = indexArticle({
  ...harborArticle,
  facts: { ...harborArticle.facts, mainIdea: { ...harborArticle.facts.mainIdea, certainty: 0.4 } },
});

/** [what teachers saw, the question, the rule that must catch it, whether it must be thrown away, its proving sentence, the article] */
const BAD: [string, Question, string, boolean, string?, ReturnType<typeof indexArticle>?][] = [
  [
    "a dangling “he” out of context",
    choice("Why did he say the harbor was cleaner?", [
      "Ruth Adeyemi asked him",
      "The city paid him",
      "Volunteers told him",
    ]),
    "pronoun-without-referent",
    true,
  ],
  [
    "“at the time” with no time given",
    choice("Who was 20 years old at the time?", ["Richard Platz", "Angela Erdmann", "Holger von Neuhoff"]),
    "pronoun-without-referent",
    true,
  ],
  [
    "“these …” pointing back out of context",
    trueFalse("Rob Yarrell said these aloof canines avoid people."),
    "pronoun-without-referent",
    true,
  ],
  [
    "an option that starts with “It”",
    choice("What did Ruth Adeyemi say about the crowd?", [
      "It was bigger than expected.",
      "The crowd was small.",
      "The crowd left early.",
    ]),
    "pronoun-without-referent",
    true,
  ],
  [
    "a name cut off at an initial",
    choice("Who opened the event?", ["Helen C.", "Tom Reyes", "Ruth Adeyemi"]),
    "name-cut-at-initial",
    true,
  ],
  [
    "no space after a full stop",
    choice("Which group organized the clean-up?", ["The Harbor Trust.It began in 2019", "The city council", "A band"]),
    "missing-space",
    true,
  ],
  [
    "doubled quotation marks",
    choice("Who said ““Every bottle counts””?", ["Tom Reyes", "Ruth Adeyemi", "Helen Cho"]),
    "doubled-quotation-marks",
    true,
  ],
  [
    "a capital letter mid-question",
    choice("When does the article say The clean-up began?", ["2019", "2017", "2021"]),
    "capital-mid-question",
    true,
  ],
  [
    "a space before punctuation",
    choice("Who opened the event ?", ["Helen Cho", "Tom Reyes", "Ruth Adeyemi"]),
    "space-before-punctuation",
    true,
  ],
  [
    "a question without a question mark",
    choice("Name the person who opened the event", ["Helen Cho", "Tom Reyes", "Ruth Adeyemi"]),
    "prompt-not-a-question",
    true,
  ],
  [
    "a main idea whose options are the same sentence with one word changed",
    choice(
      "Which sentence best states the main idea of the article?",
      [
        "An octopus has made a brazen escape from the National Aquarium in New Zealand down a 50-meter drainpipe.",
        "An octopus has made a brazen escape from the National Aquarium in New Zealand down a 60-meter drainpipe.",
        "An octopus has not made a brazen escape from the National Aquarium in New Zealand down a 50-meter drainpipe.",
      ],
      { type: "main-idea", level: "gist" },
    ),
    "near-identical-options",
    true,
  ],
  [
    "the key far longer than every other option",
    choice("What did Tom Reyes say would happen to the plastic?", [
      "It will be recycled in Britain by the city’s own waste company next year",
      "Burned",
      "Buried",
    ]),
    "answer-stands-out-by-length",
    true,
  ],
  [
    "the only capitalised option among lower-case ones",
    choice("What is Helen Cho’s role?", ["Mayor", "coordinator", "volunteer"]),
    "answer-stands-out-by-form",
    true,
  ],
  [
    "invented names next to the only name in the text",
    choice("Who said “Every bottle counts”?", ["Tom Reyes", "Zhang Wei", "Sarah Mitchell"]),
    "invented-names",
    true,
  ],
  [
    "the only place the article names, among stock cities",
    choice("Which city gave the figures on Monday, according to the article?", ["Portsmouth", "Leeds", "Cardiff"]),
    "only-place-in-article",
    true,
  ],

  [
    "one other place of the article among stock ones: a toss between the article's two",
    choice("Which country contributes significantly to global safety standards, according to the article?", [
      "Britain",
      "Portsmouth",
      "Germany",
      "Brazil",
    ]),
    "only-place-in-article",
    true,
  ],
  [
    "who holds a title: general knowledge",
    choice("Who does the article describe as Mayor?", ["Helen Cho", "Tom Reyes", "Ruth Adeyemi"]),
    "general-knowledge",
    true,
  ],
  [
    "“True or false? … not …” where the article has no “not”",
    trueFalse("The clean-up did not begin in 2019."),
    "inserted-not",
    true,
    "It began in 2019 and now runs every spring.",
  ],
  [
    "a quoted phrase too short to tell who said it",
    choice("Who said “one-off”?", ["Tom Reyes", "Ruth Adeyemi", "Helen Cho"], { type: "quote-attribution" }),
    "short-quotation",
    true,
  ],
  [
    "a cited title taken for speech",
    choice("Who said “Blue Harbor Festival Guide”?", ["Tom Reyes", "Ruth Adeyemi", "Helen Cho"], {
      type: "quote-attribution",
    }),
    "short-quotation",
    true,
  ],
  [
    "a piece of a quotation out of its sentence",
    choice("Who said “has gotten worse for the wealthy”?", ["Tom Reyes", "Ruth Adeyemi", "Helen Cho"], {
      type: "quote-attribution",
      skill: "quotations",
    }),
    "quotation-fragment",
    true,
  ],
  [
    "a reflexive left without its subject",
    choice("Which organization has itself organized the clean-up, according to the article?", [
      "Harbor Trust",
      "Marine Society of Portsmouth",
      "Portsmouth",
    ]),
    "reflexive-subject",
    true,
  ],
  [
    "an answer that repeats the question",
    choice("Why did volunteers clear plastic from the harbor?", [
      "Volunteers cleared plastic from the harbor.",
      "The city asked them to.",
      "A band was playing.",
    ]),
    "answer-repeats-prompt",
    true,
  ],
  [
    "a prompt that copies its sentence",
    choice(
      "Why was the clean-up organized by the Harbor Trust and the Marine Society of Portsmouth?",
      ["To clear plastic from the harbor.", "To train new volunteers.", "To hold a concert."],
      { type: "cause-effect", level: "inference" },
    ),
    "copied-sentence",
    false,
    "The clean-up was organized by the Harbor Trust and the Marine Society of Portsmouth.",
  ],
  [
    "a prompt too long to read as one question",
    choice(`Which of these ${"very ".repeat(70)}long things happened?`, ["One", "Two", "Three"]),
    "long-prompt",
    true,
  ],
  [
    "an option of more than thirty words",
    choice(
      "What did the city say?",
      [`Volunteers ${"worked and ".repeat(15)}rested.`, "Nothing at all was said.", "Officials gave no figures."],
      { answer: 1 },
    ),
    "long-options",
    false,
  ],
  [
    "a measure a reader would skip",
    {
      id: "numeric:value:n-days",
      type: "numeric",
      skill: "numbers",
      level: "literal",
      prompt: "Over how many days did volunteers clear the harbor?",
      answer: 3,
      unit: "days",
      explanation: "x",
      evidence: [{ start: 0, end: 10 }],
    },
    "trivial-measure",
    false,
  ],
  // The corpus questions teachers threw away as trivia (round 9 and the partial panel after it).
  [
    "a store count given in passing",
    number("About how many stores has Pedego opened in the US?", ["70", "40", "60", "120"]),
    "incidental-number",
    false,
    "Pedego has opened nearly 60 stores in the US and it has sold bikes to tour companies in San Francisco and Washington, DC.",
  ],
  [
    "a city's cab count given in passing",
    number("About how many licensed cabs does London have?", ["22,000", "2,000", "44,000", "32,000"]),
    "incidental-number",
    false,
    "London has about 22,000 licensed cabs and Conyon estimates that the total number of people who drive taxis for hire in the UK is about 100,000.",
  ],
  [
    "a city's cab count, asked as which city has it",
    choice("Which country has about 22,000 licensed cabs, according to the article?", ["Britain", "Portsmouth"], {
      skill: "claims",
    }),
    "incidental-number",
    false,
    "London has about 22,000 licensed cabs and Conyon estimates that the total number of people who drive taxis for hire in the UK is about 100,000.",
  ],
  [
    "a city's cab count, asked as true or false",
    { ...trueFalse("Detroit has about 22,000 licensed cabs."), skill: "claims" },
    "incidental-number",
    false,
    "London has about 22,000 licensed cabs and Conyon estimates that the total number of people who drive taxis for hire in the UK is about 100,000.",
  ],
  [
    "a length asked as a choice question",
    number("How many meters long was the drainpipe?", ["70", "50", "80", "40"]),
    "trivial-measure",
    false,
    "The drainpipe was 50 meters long and opened onto the waters of Hawke’s Bay, on the east coast of New Zealand’s North Island.",
  ],
  [
    "the year a sales figure is from",
    choice("When does the article say nearly 32 million e-bikes were sold?", ["2014", "2016", "2015", "2012"], {
      id: "multiple-choice:when:d-3",
    }),
    "statistic-year",
    false,
    "Nearly 32 million e-bikes were sold in 2014, the vast majority in China, where they are primarily used for transportation.",
  ],
  [
    "a job title nobody needs",
    choice("What is Tom Reyes’s role, according to the article?", ["coordinator", "volunteer", "harbor pilot"], {
      id: "multiple-choice:role:p-reyes",
    }),
    "role-detail",
    false,
  ],
  [
    "the answer in the headline",
    choice("Which city’s harbor did volunteers clear?", ["Portsmouth", "Britain", "Southampton"], {
      type: "multiple-choice",
    }),
    "answer-in-headline",
    true,
  ],
  [
    "a main idea that is the opening scene of a feature",
    choice(
      "Which sentence best states the main idea of the article?",
      ["Volunteers cleared plastic from the harbor.", "A band played at the harbor.", "The mayor opened the event."],
      { type: "main-idea", level: "gist" },
    ),
    "doubtful-main-idea",
    false,
    undefined,
    doubtfulIdea,
  ],
  [
    "a date nobody needs",
    choice("In what year did the clean-up begin?", ["2019", "2017", "2021"], { id: "multiple-choice:when:d-2019" }),
    "date-detail",
    false,
  ],
  [
    "a weekday nobody needs",
    choice("On what day did the city give the figures?", ["Monday", "Tuesday", "Friday"], {
      id: "multiple-choice:when:d-monday",
    }),
    "date-detail",
    false,
  ],
  [
    "a wrong option alone in its form",
    choice("What is Tom Reyes’s role, according to the article?", ["coordinator", "volunteer", "Mayor"]),
    "distractor-stands-out-by-form",
    false,
  ],
];

/** The harbor article naming a third place (as if it said the boats were built in Leeds). */
const threePlaces = indexArticle({
  ...harborArticle,
  facts: {
    ...harborArticle.facts,
    places: [
      ...harborArticle.facts.places,
      { id: "pl-leeds", name: "Leeds", kind: "city", evidence: spanOf("PORTSMOUTH") },
    ],
  },
});

/** [what teachers kept, the question, the article] */
const GOOD: [string, Question, ReturnType<typeof indexArticle>?][] = [
  [
    "who said, with the article's own speakers",
    choice("Who said “We did not expect so many people to come”?", ["Ruth Adeyemi", "Tom Reyes", "Helen Cho"], {
      type: "quote-attribution",
    }),
  ],
  [
    "a place question with two other places of the article beside a stock one",
    choice("Where is the plastic recycled, according to the article?", ["Britain", "Portsmouth", "Leeds", "France"]),
    threePlaces,
  ],
  [
    "a role question with options of one form",
    choice("What is Tom Reyes’s role, according to the article?", ["coordinator", "volunteer", "harbor pilot"]),
  ],
  [
    "true or false with another person swapped in",
    trueFalse("Tom Reyes said “We did not expect so many people to come.”"),
  ],
  ["a time inside the words someone said", trueFalse("Tom Reyes said “We did not expect so many people at the time.”")],
  [
    "why, with the same form of answer",
    choice(
      "Why will the city fund two more boats?",
      ["To carry more plastic away each spring.", "To race them at the festival.", "To replace boats the storm sank."],
      { type: "cause-effect", level: "inference" },
    ),
  ],
  [
    "a main idea ending in “a.m.” among other sentences",
    choice(
      "Which sentence best states the main idea of the article?",
      [
        "The school board voted to push the first bell from 7:20 a.m. to 8:30 a.m.",
        "Doctors recommend between eight and ten hours of sleep every night for teenagers.",
        "The vote was a good deal closer than the president of the board had hoped.",
      ],
      { type: "main-idea", level: "gist" },
    ),
  ],
  [
    "“he” after the name it points to",
    choice(
      "What did Tom Reyes say he expects to happen to the plastic?",
      ["It gets recycled in Britain", "Burned", "Buried"].map((o, i) => (i === 0 ? "Recycled in Britain" : o)),
    ),
  ],
];

describe("the critic", () => {
  it.each(BAD)("catches %s", (_, question, rule, rejected, sentence = evidence, article = index) => {
    const verdict = critique(question, { index: article, evidence: sentence });
    expect(
      verdict.reasons.some((r) => r.startsWith(`${rule}:`)),
      verdict.reasons.join("; "),
    ).toBe(true);
    expect(verdict.rejected).toBe(rejected);
    if (!rejected)
      expect(verdict.score).toBeLessThan(
        critique({ ...question, id: "multiple-choice:test:clean" } as Question, { index, evidence: "" }).score + 0.01,
      );
  });

  it.each(GOOD)("leaves alone %s", (_, question, article = index) => {
    const verdict = critique(question, { index: article, evidence });
    expect(verdict.reasons).toEqual([]);
    expect(verdict.rejected).toBe(false);
  });

  it("scores the year a count starts from below a default quiz's floor, and a year something began above it", () => {
    const score = (prompt: string, id: string) =>
      critique(choice(prompt, ["2019", "2017", "2021", "2020"], { id }), { index, evidence }).score;
    expect(
      score("This trip was Tom Reyes’s second time at the harbor since which year?", "multiple-choice:when:d-since"),
    ).toBeLessThan(MIN_SCORE);
    expect(score("In what year did the clean-up begin?", "multiple-choice:when:d-2019")).toBeGreaterThanOrEqual(
      MIN_SCORE,
    );
  });

  it("scores questions of understanding above plain recall, and a scanning question lowest", () => {
    const base = choice("Why will the city fund two more boats?", [
      "To carry plastic.",
      "To race them.",
      "To sell them.",
    ]);
    const score = (level: Question["level"]) => critique({ ...base, level }, { index, evidence }).score;
    expect(score("inference")).toBeGreaterThan(score("literal"));
    expect(score("gist")).toBeGreaterThan(score("literal"));
    expect(score("vocabulary")).toBeGreaterThan(score("literal"));
    expect(score("literal")).toBeGreaterThan(score("scan"));
  });

  it("scores a doubtful main idea below a default quiz's floor", () => {
    const idea = choice(
      "Which sentence best states the main idea of the article?",
      [
        "Volunteers cleared plastic from the harbor.",
        "A band played at the harbor.",
        "The mayor opened the event.",
        "The city gave figures.",
      ],
      { type: "main-idea", level: "gist" },
    );
    expect(critique(idea, { index: doubtfulIdea, evidence }).score).toBeLessThan(MIN_SCORE);
    expect(critique(idea, { index, evidence }).score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it("scores a literal question that copies ten words of its sentence below a default quiz's floor", () => {
    const copied = choice(
      "Who said the plastic will be recycled in Britain next year by the city, according to the article?",
      ["Tom Reyes", "Ruth Adeyemi", "Helen Cho", "Harbor Trust"],
    );
    expect(
      critique(copied, {
        index,
        evidence: "Tom Reyes said the plastic will be recycled in Britain next year by the city.",
      }).score,
    ).toBeLessThan(MIN_SCORE);
  });

  // Kept for a teacher who asks for the kind, never in a default quiz: teachers threw them away.
  it.each([
    [
      "a job title",
      choice(
        "What is Tom Reyes’s role, according to the article?",
        ["coordinator", "volunteer", "harbor pilot", "skipper"],
        { id: "multiple-choice:role:p-reyes" },
      ),
    ],
    [
      "who holds a job title",
      choice("Who is the coordinator of the Harbor Trust?", ["Tom Reyes", "Ruth Adeyemi", "Helen Cho", "Ann Lo"], {
        id: "multiple-choice:who-role:p-reyes",
      }),
    ],
    [
      "a weekday",
      choice("On what day did the city give the figures?", ["Monday", "Tuesday", "Friday", "Sunday"], {
        id: "multiple-choice:when:d-monday",
      }),
    ],
  ])("scores a question on %s below a default quiz's floor", (_, question) => {
    expect(critique(question, { index, evidence }).score).toBeLessThan(MIN_SCORE);
  });

  // The same trivia rules on the corpus question kept in: the article makes something of these numbers.
  it.each([
    [
      "a change over time",
      number("How many people commuted by bike in the US in 2012?", ["786,000", "488,000", "600,000", "900,000"]),
      "As the US Census Bureau reported in 2014, the number of bike commuters grew from about 488,000 in 2000 to 786,000 in 2012.",
    ],
    [
      "a comparison between countries",
      number("About what share of Japanese work more than 49 hours a week?", ["22%", "16%", "11%", "30%"]),
      "About 22% of Japanese work more than 49 hours a week, compared with 16% of US workers and 11% in France and Germany, according to data from the Japanese government.",
    ],
  ])("keeps a number question on %s within a default quiz's floor", (_, question, sentence) => {
    const verdict = critique(question, { index, evidence: sentence });
    expect(verdict.reasons.filter((r) => /^(?:incidental-number|trivial-measure|statistic-year):/.test(r))).toEqual([]);
    expect(verdict.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it.each([
    [
      "a store count",
      "About how many stores has Pedego opened in the US?",
      "Pedego has opened nearly 60 stores in the US.",
    ],
    ["a cab count", "About how many licensed cabs does London have?", "London has about 22,000 licensed cabs."],
  ])("scores %s given in passing below a default quiz's floor", (_, prompt, sentence) => {
    const question = number(prompt, ["22,000", "2,000", "44,000", "32,000"]);
    expect(critique(question, { index, evidence: sentence }).score).toBeLessThan(MIN_SCORE);
  });

  it("scores the year a statistic is from below a default quiz's floor", () => {
    const year = choice(
      "When does the article say nearly 32 million e-bikes were sold?",
      ["2014", "2016", "2015", "2012"],
      {
        id: "multiple-choice:when:d-3",
      },
    );
    expect(critique(year, { index, evidence }).score).toBeLessThan(MIN_SCORE);
  });

  it("keeps a year within a default quiz's floor", () => {
    const year = choice("In what year did the clean-up begin?", ["2019", "2017", "2021", "2015"], {
      id: "multiple-choice:when:d-2019",
    });
    expect(critique(year, { index, evidence }).score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  it("has a test for every rule", () => {
    const tested = new Set(BAD.map(([, , rule]) => rule));
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  it("is deterministic", () => {
    const [, question] = BAD[0]!.slice(0, 2) as [string, Question];
    expect(critique(question, { index, evidence })).toEqual(critique(question, { index, evidence }));
  });
});
