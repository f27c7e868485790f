import { describe, expect, it } from "vitest";
import { quizLink } from "../share/quiz-link";
import { resultLink } from "../share/result-code";
import { seedArticle, v1Fixtures } from "../share/test-helpers";
import { addLinks, type GradebookPort } from "./add-links";
import { emptyGradebook, importResult, saveQuiz, type GradebookData } from "./gradebook";

const articles = { [seedArticle.slug]: seedArticle };
const [quiz] = v1Fixtures.quizzes;
const [first, second] = v1Fixtures.results;

/** A gradebook kept in a variable, wired like the store wires lib/gradebook. */
function book(): GradebookPort & { data: GradebookData } {
  const port = {
    data: emptyGradebook(),
    quizzes: () => port.data.quizzes,
    saveQuiz: (saved: Parameters<GradebookPort["saveQuiz"]>[0]) => {
      port.data = saveQuiz(port.data, saved);
    },
    importResult: (result: Parameters<GradebookPort["importResult"]>[0], id: string) => {
      const { data, outcome } = importResult(port.data, result, id, "2025-03-14T10:00:00.000Z");
      port.data = data;
      return outcome;
    },
  };
  return port;
}

describe("addLinks", () => {
  it("files a quiz link, then the results after it in the same text, and says so for each", async () => {
    const gradebook = book();
    const text = `${quizLink("https://x.example", "", quiz!.code)}\n${resultLink("https://x.example", "", first!.code)} ${second!.code}`;
    const outcomes = await addLinks(text, articles, gradebook);
    expect(outcomes.map((o) => o.kind)).toEqual(["quiz", "added", "added"]);
    expect(outcomes[1]).toMatchObject({
      text: `王小明’s result for “${quiz!.value.settings.title}”.`,
      result: { name: "王小明" },
    });
    expect(Object.keys(gradebook.data.results)).toHaveLength(2);
  });

  it("the same result again is a duplicate carrying the result, and nothing is filed twice", async () => {
    const gradebook = book();
    await addLinks(quiz!.code, articles, gradebook);
    await addLinks(first!.code, articles, gradebook);
    const [again] = await addLinks(resultLink("https://y.example", "/school", first!.code), articles, gradebook);
    expect(again).toMatchObject({
      kind: "duplicate",
      text: `王小明’s result for “${quiz!.value.settings.title}” was added before.`,
      result: { name: "王小明" },
    });
    expect(Object.keys(gradebook.data.results)).toHaveLength(1);
    expect((await addLinks(quiz!.code, articles, gradebook)).map((o) => o.kind)).toEqual(["duplicate"]);
  });

  it("refuses what is not a result, a damaged result, and a result for a quiz not in the gradebook", async () => {
    const gradebook = book();
    const damaged = first!.code.slice(0, -1) + (first!.code.endsWith("0") ? "1" : "0");
    const outcomes = await addLinks(`https://example.org/page ${damaged} ${first!.code}`, articles, gradebook);
    expect(outcomes.map((o) => o.kind)).toEqual(["refused", "refused", "refused"]);
    expect(outcomes[0]!.text).toBe("“https://example.org/page” is not a result link or code.");
    expect(outcomes[1]!.text).toMatch(/check digits/);
    expect(outcomes[2]!.text).toMatch(/not in this gradebook/);
    expect(outcomes.every((o) => o.result === undefined)).toBe(true);
    expect(gradebook.data).toEqual(emptyGradebook());
  });
});

describe("addLinks: a second quiz with the same title", () => {
  const [a, b] = v1Fixtures.quizzes;
  // Two different quizzes, the second given the first's title (or a look-alike of it).
  const retitled = async (title: string) => {
    const { encodeQuizCode } = await import("../share/quiz-link");
    return encodeQuizCode({ ...b!.value, settings: { ...b!.value.settings, title } } as NonNullable<typeof b>["value"]);
  };

  it.each([
    ["the same title", (t: string) => t],
    ["a Cyrillic look-alike of it", (t: string) => t.replace(/o/, "\u043e")],
  ])("with %s, asks first: refused when the teacher says no, added when yes", async (_, spell) => {
    const code = await retitled(spell(a!.value.settings.title));
    for (const answer of [false, true]) {
      const gradebook = book();
      const asked: string[] = [];
      gradebook.confirmSameTitle = (title) => (asked.push(title), Promise.resolve(answer));
      await addLinks(a!.code, articles, gradebook);
      const [outcome] = await addLinks(code, articles, gradebook);
      expect(asked).toHaveLength(1);
      expect(outcome!.kind).toBe(answer ? "quiz" : "refused");
      expect(Object.keys(gradebook.data.quizzes)).toHaveLength(answer ? 2 : 1);
    }
  });

  it("a different title is added without asking", async () => {
    const gradebook = book();
    gradebook.confirmSameTitle = () => Promise.reject(new Error("should not ask"));
    await addLinks(a!.code, articles, gradebook);
    const [outcome] = await addLinks(await retitled("Another quiz entirely"), articles, gradebook);
    expect(outcome!.kind).toBe("quiz");
  });
});
