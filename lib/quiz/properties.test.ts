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
import {
  buildPool,
  buildPoolReport,
  correctResponse,
  generateQuiz,
  gradeResponse,
  isAboveRecall,
  reshuffleQuestion,
  responseKindFor,
  type Question,
} from "./index";
import { parseNumber } from "../text";
import { normalizeAnswer as n } from "./match";

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
  const namesOf = new Map(
    entities.map((e) => [
      e.id,
      [e.name, ...("shortName" in e && e.shortName ? [e.shortName] : []), ...(e.aliases ?? [])].map(n),
    ]),
  );
  const idByName = new Map<string, string>();
  for (const [id, names] of namesOf) for (const name of names) if (!idByName.has(name)) idByName.set(name, id);
  const trueStatements = new Set(
    facts.claims.flatMap((c) => (namesOf.get(c.subject) ?? []).map((name) => n(`${name} ${c.predicate}`))),
  );
  const claimHolds = (entityId: string | undefined, predicate: string) =>
    facts.claims.some((c) => c.subject === entityId && n(c.predicate) === n(predicate));
  const bodyWords = ` ${n(article.body)} `;
  return {
    facts,
    namesOf,
    idByName,
    trueStatements,
    claimHolds,
    mentioned: (text: string) => bodyWords.includes(` ${n(text)} `),
  };
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
        return (
          other !== undefined &&
          n(other.role ?? "") === n(person.role ?? "") &&
          other.affiliation === person.affiliation
        );
      });
    }
    case "multiple-choice:role":
      return wrong.filter((role) => n(role) === n(o.facts.people.find((p) => p.id === fact)!.role ?? ""));
    case "multiple-choice:where": {
      const event = o.facts.events.find((e) => e.id === fact)!;
      return wrong.filter((name) => o.idByName.get(n(name)) === event.where);
    }
    case "multiple-choice:when": {
      const date = o.facts.dates.find((d) => d.id === fact)!;
      return wrong.filter((text) =>
        o.facts.dates.some((d) => n(d.text) === n(text) && n(d.describes) === n(date.describes)),
      );
    }
    case "multiple-choice:how-many": {
      const number = o.facts.numbers.find((x) => x.id === fact)!;
      return wrong.filter((text) =>
        o.facts.numbers.some((x) => n(x.counts) === n(number.counts) && x.value === parseNumber(text)),
      );
    }
    case "true-false:false": {
      const claim = o.facts.claims.find((c) => c.id === fact)!;
      // The statement shown is false: the swapped-in entity must not be said to do this.
      return o.claimHolds(factIds[1], claim.predicate) ? [question.prompt] : [];
    }
    case "true-false:true":
    case "true-false:quote-true":
      return question.answer === 0 ? [] : [question.prompt];
    case "true-false:quote-false": {
      // The speaker shown must not have said these words.
      const quote = o.facts.quotes.find((q) => q.id === fact)!;
      return o.facts.quotes.some((q) => n(q.text) === n(quote.text) && q.speaker === factIds[1])
        ? [question.prompt]
        : [];
    }
    case "cause-effect:cause":
    case "cause-effect:purpose": {
      const cause = (o.facts.causes ?? []).find((c) => c.id === fact)!;
      return wrong.filter((text) => n(text) === n(cause.answer));
    }
    case "speaker-position:what": {
      const position = (o.facts.positions ?? []).find((p) => p.id === fact)!;
      return wrong.filter((text) =>
        (o.facts.positions ?? []).some((p) => p.speaker === position.speaker && n(p.statement) === n(text)),
      );
    }
    case "speaker-position:who": {
      const position = (o.facts.positions ?? []).find((p) => p.id === fact)!;
      return wrong.filter((name) =>
        (o.facts.positions ?? []).some(
          (p) => n(p.statement) === n(position.statement) && p.speaker === o.idByName.get(n(name)),
        ),
      );
    }
    case "vocabulary:meaning":
    case "vocabulary:defined": {
      const entry = (o.facts.vocabulary ?? []).find((v) => v.id === fact)!;
      return wrong.filter((text) => n(text) === n(entry.meaning));
    }
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
        // Nothing broken: the generators never make an unsound question for good content (the critic may still find some poor).
        expect(report.rejected.filter((r) => r.by === "invariants")).toEqual([]);
        for (const q of report.questions) {
          expect(q.evidence.length).toBeGreaterThan(0);
          for (const span of q.evidence) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(article.body.length);
            expect(span.start).toBeLessThan(span.end);
          }
          expect(q.explanation).not.toMatch(/\n/);
          // Two matched words from one sentence: the student is shown that sentence once.
          expect(new Set(q.evidence.map((span) => `${span.start}-${span.end}`)).size).toBe(q.evidence.length);
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
            for (const form of [q.answer, ...q.accepted])
              expect(words(q.prompt).includes(words(form)), `${q.id}: ${form}`).toBe(false);
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
            q.options.forEach(
              (_, i) => i === q.answer || expect(gradeResponse(q, { kind: "choice", index: i })).toBe(false),
            );
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
    const orderings = buildPool(article, 5).filter((q) => q.type === "ordering");
    // Every article here has events in a known order: a pool without an ordering question would check nothing.
    expect(orderings.length).toBeGreaterThan(0);
    for (const q of orderings) {
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
    // Which wrong options are drawn depends on the seed, and so whether the critic keeps a question; what is asked, and its id, does not.
    const made = (seed: number) => {
      const report = buildPoolReport(article, seed);
      return [...report.questions.map((q) => q.id), ...report.rejected.map((r) => r.question.id)].sort();
    };
    fc.assert(
      fc.property(seeds, seeds, (a, b) => {
        expect(made(a)).toEqual(made(b));
      }),
      { numRuns: 10 },
    );
  });
});

describe("drawing a quiz", () => {
  const article = seedArticle();

  it("every default quiz meets the mix: 10 questions, at least 4 above plain recall, at most 3 of a kind, none answered by scanning", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { questions } = generateQuiz(article, { seed, count: 10 });
        expect(questions).toHaveLength(10);
        expect(questions.filter(isAboveRecall).length).toBeGreaterThanOrEqual(4);
        const perKind = new Map<string, number>();
        for (const q of questions) perKind.set(q.type, (perKind.get(q.type) ?? 0) + 1);
        expect(Math.max(...perKind.values())).toBeLessThanOrEqual(3);
        expect(questions.filter((q) => q.level === "scan")).toEqual([]);
        expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
      }),
      // 1103712361: the greedy draw's first picks left only a fourth why-question to fill the tenth place.
      { numRuns: 40, examples: [[1103712361]] },
    );
  });

  it("every default quiz has no twins: one question per evidence sentence (matching and ordering aside), no fact twice, no answer in another prompt", () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { questions } = generateQuiz(article, { seed, count: 10 });
        const single = questions.filter((q) => q.type !== "matching" && q.type !== "ordering");
        const sentences = single.map((q) => `${q.evidence[0]!.start}`);
        expect(new Set(sentences).size).toBe(sentences.length);
        const facts = questions.flatMap((q) => q.facts ?? []);
        expect(new Set(facts).size).toBe(facts.length);
        // Nor two sentences of one quotation, one question answering the next.
        const quoted = single.filter((q) => q.skill === "quotations").map((q) => q.evidence[0]!);
        for (const a of quoted)
          for (const b of quoted)
            if (a !== b) expect(b.start - a.end > 3 || a.start - b.end > 3, `${a.start} next to ${b.start}`).toBe(true);
        // True or false is never all "True": at most one more of one answer than of the other where both were to be had.
        const truths = questions.filter((q) => q.type === "true-false").map((q) => (q as { answer: number }).answer);
        if (
          truths.length >= 2 &&
          new Set(
            buildPool(article, seed)
              .filter((q) => q.type === "true-false")
              .map((q) => (q as { answer: number }).answer),
          ).size === 2
        )
          expect(new Set(truths).size).toBe(2);
        for (const a of questions) {
          if (!("options" in a) || a.type === "true-false") continue;
          const key = a.options[a.answer]!;
          if (n(key).split(" ").length < 2) continue;
          for (const b of questions)
            if (b !== a) expect(words(b.prompt).includes(words(key)), `${a.id} in ${b.id}`).toBe(false);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("filters by type and skill", () => {
    const numbers = generateQuiz(article, { seed: 3, count: 50, skills: ["numbers"] });
    expect(numbers.questions.length).toBeGreaterThan(0);
    expect(numbers.questions.every((q) => q.skill === "numbers")).toBe(true);
    const tf = generateQuiz(article, { seed: 3, count: 4, types: ["true-false"] });
    expect(tf.questions.map((q) => q.type)).toEqual(["true-false", "true-false", "true-false", "true-false"]);
    const scanning = generateQuiz(article, { seed: 3, count: 4, types: ["fill-blank"] });
    expect(scanning.questions.map((q) => q.level)).toEqual(["scan", "scan", "scan", "scan"]);
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
