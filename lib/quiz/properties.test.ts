/**
 * Invariants over many seeds, checked independently of the engine's own
 * checks: from the article's facts, not from what the generators believe.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Article } from "../article/types";
import { harborArticle } from "./fixtures/harbor-article";
import { seedArticle } from "./fixtures/seed";
import { multiplyArticle } from "./fixtures/synthetic";
import { buildPool, buildPoolReport, correctResponse, generateQuiz, gradeResponse, reshuffleQuestion, responseKindFor, type Question } from "./index";
import { normalizeAnswer as n, parseNumber } from "./match";

const articles: [string, () => Article][] = [
  ["seed article", seedArticle],
  ["harbor fixture", () => harborArticle],
  ["harbor fixture ×3", () => multiplyArticle(harborArticle, 3)],
];
const seeds = fc.integer({ min: 0, max: 0xffffffff });
const RUNS = { numRuns: 40 };

/** Every way the article names each entity, and what it says about them. */
function oracle(article: Article) {
  const { facts } = article;
  const entities = [...facts.people, ...facts.organizations, ...facts.places];
  const namesOf = new Map(entities.map((e) => [e.id, [e.name, ...("shortName" in e && e.shortName ? [e.shortName] : []), ...(e.aliases ?? [])].map(n)]));
  const idByName = new Map<string, string>();
  for (const [id, names] of namesOf) for (const name of names) if (!idByName.has(name)) idByName.set(name, id);
  const trueStatements = new Set(
    facts.claims.flatMap((c) => (namesOf.get(c.subject) ?? []).map((name) => n(`${name} ${c.predicate}`))),
  );
  const claimHolds = (entityId: string | undefined, predicate: string) =>
    facts.claims.some((c) => c.subject === entityId && n(c.predicate) === n(predicate));
  const bodyWords = ` ${n(article.body)} `;
  return { facts, namesOf, idByName, trueStatements, claimHolds, mentioned: (text: string) => bodyWords.includes(` ${n(text)} `) };
}

/** Wrong options that the article makes true, for the questions whose truth the facts decide. */
function trueDistractors(question: Question, o: ReturnType<typeof oracle>): string[] {
  if (!("options" in question)) return [];
  const wrong = question.options.filter((_, i) => i !== question.answer);
  const [type, variant, factPart = ""] = question.id.split(":");
  const factIds = factPart.split("+");
  const fact = factIds[0]!;
  switch (`${type}:${variant}`) {
    case "quote-attribution:who-said": {
      const quote = o.facts.quotes.find((q) => q.id === fact)!;
      const speakers = o.facts.quotes.filter((q) => n(q.text) === n(quote.text)).map((q) => q.speaker);
      return wrong.filter((name) => speakers.includes(o.idByName.get(n(name)) ?? ""));
    }
    case "multiple-choice:who-claim": {
      const claim = o.facts.claims.find((c) => c.id === fact)!;
      return wrong.filter((name) => o.claimHolds(o.idByName.get(n(name)), claim.predicate));
    }
    case "multiple-choice:who-role": {
      const person = o.facts.people.find((p) => p.id === fact)!;
      return wrong.filter((name) => {
        const other = o.facts.people.find((p) => p.id === o.idByName.get(n(name)));
        return other !== undefined && n(other.role ?? "") === n(person.role ?? "") && other.affiliation === person.affiliation;
      });
    }
    case "multiple-choice:role":
      return wrong.filter((role) => n(role) === n(o.facts.people.find((p) => p.id === fact)!.role ?? ""));
    case "multiple-choice:affiliation":
      return wrong.filter((name) => o.idByName.get(n(name)) === factIds[1]);
    case "multiple-choice:where": {
      const event = o.facts.events.find((e) => e.id === fact)!;
      return wrong.filter((name) => o.idByName.get(n(name)) === event.where);
    }
    case "multiple-choice:when": {
      const date = o.facts.dates.find((d) => d.id === fact)!;
      return wrong.filter((text) => o.facts.dates.some((d) => n(d.text) === n(text) && n(d.describes) === n(date.describes)));
    }
    case "multiple-choice:how-many": {
      const number = o.facts.numbers.find((x) => x.id === fact)!;
      return wrong.filter((text) => o.facts.numbers.some((x) => n(x.counts) === n(number.counts) && x.value === parseNumber(text)));
    }
    case "true-false:false": {
      const claim = o.facts.claims.find((c) => c.id === fact)!;
      // The statement shown is false: the swapped-in entity must not be said to do this.
      return o.claimHolds(factIds[1], claim.predicate) ? [question.prompt] : [];
    }
    case "true-false:true":
      return question.answer === 0 ? [] : [question.prompt];
    case "in-article:entity":
      return wrong.filter((name) => o.mentioned(name) || o.idByName.has(n(name)));
    case "in-article:statement":
      return wrong.filter((statement) => o.trueStatements.has(n(statement)));
    case "main-idea:statement":
      return wrong.filter((text) => n(text) === n(o.facts.mainIdea.statement));
    default:
      throw new Error(`no oracle for ${question.id}`);
  }
}

const rightResponse = correctResponse;

const words = (text: string) => ` ${n(text)} `;

describe.each(articles)("invariants on the %s over many seeds", (_, load) => {
  const article = load();
  const o = oracle(article);

  it("keeps evidence inside the body and every question well formed", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const report = buildPoolReport(article, seed);
        // Nothing refused: the generators themselves never make a bad question for good content.
        expect(report.rejected).toEqual([]);
        for (const q of report.questions) {
          expect(q.evidence.length).toBeGreaterThan(0);
          for (const span of q.evidence) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(article.body.length);
            expect(span.start).toBeLessThan(span.end);
          }
          expect(q.explanation).not.toMatch(/\n/);
        }
      }),
      RUNS,
    );
  });

  it("never offers a distractor that the article makes true, an alias of the answer, or a duplicate", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of buildPool(article, seed)) {
          expect(trueDistractors(q, o), q.id).toEqual([]);
          if (!("options" in q)) continue;
          const normalized = q.options.map(n);
          expect(new Set(normalized).size, q.id).toBe(q.options.length);
          const answerEntity = o.idByName.get(normalized[q.answer]!);
          if (answerEntity) {
            const aliases = new Set(o.namesOf.get(answerEntity));
            normalized.forEach((option, i) => {
              if (i !== q.answer) expect(aliases.has(option), `${q.id}: ${option}`).toBe(false);
            });
          }
        }
      }),
      RUNS,
    );
  });

  it("never writes the answer in its own prompt, and offers enough options", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        for (const q of buildPool(article, seed)) {
          if (q.type === "true-false") {
            expect(q.options).toEqual(["True", "False"]);
            continue;
          }
          if ("options" in q) {
            expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
            expect(words(q.prompt).includes(words(q.options[q.answer]!)), q.id).toBe(false);
          }
          if (q.type === "fill-blank") {
            for (const form of [q.answer, ...q.accepted]) expect(words(q.prompt).includes(words(form)), `${q.id}: ${form}`).toBe(false);
          }
          if (q.type === "numeric") expect(parseNumber(q.prompt)).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it("grades the right response right and every other option wrong, also after a reshuffle", () => {
    fc.assert(
      fc.property(seeds, seeds, (seed, retrySeed) => {
        for (const q of buildPool(article, seed)) {
          expect(responseKindFor(q)).toBe(rightResponse(q).kind);
          expect(gradeResponse(q, rightResponse(q)), q.id).toBe(true);
          const again = reshuffleQuestion(q, retrySeed);
          expect(again.id).toBe(q.id);
          expect(gradeResponse(again, rightResponse(again)), q.id).toBe(true);
          if ("options" in q && "options" in again) {
            expect(again.options[again.answer]).toBe(q.options[q.answer]);
            expect([...again.options].sort()).toEqual([...q.options].sort());
            q.options.forEach((_, i) => i === q.answer || expect(gradeResponse(q, { kind: "choice", index: i })).toBe(false));
          }
          if (q.type === "matching" && again.type === "matching") {
            const pairs = (m: typeof q) => m.left.map((l, i) => `${l} → ${m.right[m.answer[i]!]}`).sort();
            expect(pairs(again)).toEqual(pairs(q));
          }
          if (q.type === "ordering" && again.type === "ordering") {
            expect(again.answer.map((i) => again.items[i])).toEqual(q.answer.map((i) => q.items[i]));
            expect(again.answer).not.toEqual(again.answer.map((_, i) => i));
          }
        }
      }),
      { numRuns: 20 },
    );
  });

  it("only orders events with distinct known orders, earliest first", () => {
    const orderOf = new Map(article.facts.events.map((e) => [e.description.replace(/\.$/, ""), e.order]));
    for (const q of buildPool(article, 5)) {
      if (q.type !== "ordering") continue;
      const orders = q.answer.map((i) => orderOf.get(q.items[i]!.replace(/\.$/, "")));
      expect(orders.every((x) => x !== undefined)).toBe(true);
      expect(new Set(orders).size).toBe(orders.length);
      expect([...(orders as number[])].sort((a, b) => a - b)).toEqual(orders);
    }
  });

  it("gives the same quiz byte for byte for the same seed, and another for another seed", () => {
    fc.assert(
      fc.property(seeds, seeds, (a, b) => {
        const quizA = JSON.stringify(generateQuiz(article, { seed: a }));
        expect(JSON.stringify(generateQuiz(article, { seed: a }))).toBe(quizA);
        if (a !== b) expect(JSON.stringify({ ...generateQuiz(article, { seed: b }), seed: a })).not.toBe(quizA);
      }),
      { numRuns: 25 },
    );
  });

  it("keeps question ids independent of the seed", () => {
    fc.assert(
      fc.property(seeds, seeds, (a, b) => {
        expect(buildPool(article, a).map((q) => q.id)).toEqual(buildPool(article, b).map((q) => q.id));
      }),
      { numRuns: 10 },
    );
  });
});

describe("drawing a quiz", () => {
  const article = seedArticle();

  it("balances types: nine questions cover all nine types", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const quiz = generateQuiz(article, { seed, count: 9 });
        expect(new Set(quiz.questions.map((q) => q.type)).size).toBe(9);
      }),
      { numRuns: 20 },
    );
  });

  it("filters by type and skill, and stops when every distinct prompt of the pool is used", () => {
    const numbers = generateQuiz(article, { seed: 3, count: 50, skills: ["numbers"] });
    // "How many young Americans…?" exists as a choice and as a typed number: asked once.
    const prompts = new Set(buildPool(article, 3).filter((q) => q.skill === "numbers").map((q) => q.prompt));
    expect(numbers.questions.length).toBe(prompts.size);
    expect(numbers.questions.every((q) => q.skill === "numbers")).toBe(true);
    const tf = generateQuiz(article, { seed: 3, count: 4, types: ["true-false"] });
    expect(tf.questions.map((q) => q.type)).toEqual(["true-false", "true-false", "true-false", "true-false"]);
  });

  it("never asks two single-fact questions about the same fact", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const facts = generateQuiz(article, { seed, count: 10 })
          .questions.map((q) => (q.id.split(":")[2] ?? "").split("+"))
          .filter((ids) => ids.length === 1)
          .flat();
        expect(new Set(facts).size).toBe(facts.length);
      }),
      { numRuns: 40 },
    );
  });

  it("never shows a student the same question twice, even drawing the whole pool", () => {
    const readsAs = (q: Question) => `${q.prompt}|${"options" in q ? q.options[q.answer] : JSON.stringify(q.answer)}`;
    fc.assert(
      fc.property(seeds, fc.constantFrom(10, 1000), (seed, count) => {
        const seen = generateQuiz(article, { seed, count }).questions.map(readsAs);
        expect(new Set(seen).size).toBe(seen.length);
      }),
      { numRuns: 40 },
    );
  });

  it("does not repeat a prompt in a 10-question quiz", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const prompts = generateQuiz(article, { seed, count: 10 }).questions.map((q) => q.prompt);
        expect(new Set(prompts).size).toBe(prompts.length);
      }),
      { numRuns: 40 },
    );
  });

  it("refuses a count that is not a whole number", () => {
    expect(() => generateQuiz(article, { seed: 1, count: -1 })).toThrow(RangeError);
    expect(() => generateQuiz(article, { seed: 1, count: 2.5 })).toThrow(RangeError);
  });
});
