/**
 * A teacher shapes the quiz's questions of understanding: each question says
 * what it tests, "More" and "Fewer" change the mix, "Replace" swaps one
 * question for the next best and says which, and an old (format-1) link a
 * teacher sent before still opens the very same questions for a student.
 */
import frozenV1 from "../lib/share/fixtures/v1.json";
import snapshot from "../lib/share/fixtures/v1-questions.snapshot.json";
import { buildPool } from "../lib/quiz";
import { drawnQuestions, newDraft } from "../lib/teacher";
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { PlayPage } from "./pages/play-page";
import { article } from "./support/seed-article";

const UNDERSTANDING = /^(?:Understanding|Main idea|Vocabulary)\b/;

/**
 * The first seed whose first question has a next best to take its place. On the seed article a few seeds have
 * none (every other question would be a twin of one kept), and the builder then says so; the builder's own
 * seed is random, so the spec saves a draft with this one.
 */
function seedWithReplacement(): number {
  for (let seed = 1; ; seed++) {
    const pool = buildPool(article, seed);
    const draft = newDraft(article, seed);
    const drawn = drawnQuestions(pool, draft, article);
    const replaced = drawnQuestions(pool, { ...draft, removed: [drawn[0]!.id] }, article);
    if (replaced.length === drawn.length && replaced.some((q) => !drawn.some((d) => d.id === q.id))) return seed;
  }
}

test("the builder shows what each question tests, draws more or fewer questions of understanding, and replaces one", async ({
  people,
}) => {
  test.setTimeout(90_000);
  const page = await people.open("teacher");
  const builder = new BuilderPage(page);
  await builder.startFromDraft(seedWithReplacement());
  await builder.goto();
  const tests = builder.preview.getByRole("article").locator("p").first();
  await expect(tests).toContainText(/Tests: /);
  const labels = async () =>
    (
      await builder.preview
        .getByRole("article")
        .evaluateAll((cards) => cards.map((c) => c.querySelector("p")?.textContent ?? ""))
    ).map((t) => t.replace(/^.*Tests:\s*/, "").trim());

  const group = page.getByRole("group", { name: "Questions of understanding" });
  await group.getByRole("radio", { name: /^More/ }).check();
  await expect.poll(async () => (await labels()).filter((l) => UNDERSTANDING.test(l)).length).toBeGreaterThanOrEqual(7);
  await group.getByRole("radio", { name: /^Fewer/ }).check();
  await expect.poll(async () => (await labels()).filter((l) => UNDERSTANDING.test(l)).length).toBeLessThanOrEqual(3);
  await group.getByRole("radio", { name: /^Balanced/ }).check();
  await expect.poll(async () => (await labels()).filter((l) => UNDERSTANDING.test(l)).length).toBeGreaterThanOrEqual(4);

  // Replace: the question goes, the next best comes in, and the teacher is told which and where.
  const first = (await builder.questionHeading(1).textContent())!.replace(/^1\./, "");
  await page.getByRole("button", { name: "Replace question 1 with the next best question" }).click();
  await expect(page.getByText(/^Question 1 replaced\. The new question is number \d+: /)).toHaveCount(1);
  await expect(builder.preview.getByRole("heading", { level: 3, name: first })).toHaveCount(0);
  await expect(page.getByText("1 question replaced.")).toBeVisible();
  await expect(builder.preview.getByRole("heading", { level: 3 })).toHaveCount(10);
  await page.getByRole("button", { name: "Bring them back" }).click();
  await expect(builder.preview.getByRole("heading", { level: 3, name: first })).toHaveCount(1);
});

test("a format-1 link made before the engine changed opens the very same questions", async ({ people }) => {
  const page = await people.open("student");
  const play = new PlayPage(page);
  const fixture = frozenV1.quizzes.find((q) => q.name === "default-10")!;
  const frozen = (snapshot as { name: string; questions: { prompt: string }[] }[]).find(
    (s) => s.name === "default-10",
  )!;
  await play.open(`/play/#q=${fixture.code}`);
  // The snapshot was taken with the student seed 12345; a fixed-order quiz shows the teacher's order whatever the seed.
  await expect(page.getByRole("heading", { level: 2, name: frozen.questions[0]!.prompt, exact: true })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Quiz progress" })).toHaveAttribute(
    "aria-valuetext",
    `Question 1 of ${frozen.questions.length}`,
  );
});
