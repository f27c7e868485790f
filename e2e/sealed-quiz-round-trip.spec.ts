/**
 * A quiz whose answers stay with the teacher (feedback only at the end, link
 * format 5), as a teacher and a student on two computers: the right answers
 * are in neither the link, the student's page nor their storage until the
 * teacher releases them; the gradebook grades the answers the result
 * carries; the release link shows the student their review with evidence.
 */
import { expect, test } from "./teacher-fixtures";
import { BuilderPage } from "./pages/builder-page";
import { GradebookPage } from "./pages/gradebook-page";
import { PlayPage } from "./pages/play-page";
import { expectNoViolations } from "./support/axe";
import { ARTICLE_SLUG, article } from "./support/shared-quiz";
import { codeFromLink, decodeQuizCode } from "../lib/share/quiz-link";
import { openSealedQuiz } from "../lib/share/quiz-v5";
import type { Question } from "../lib/quiz/types";
import type { Page } from "@playwright/test";

const TITLE = "Sealed climate check";
const OWN_PROMPT = "In which city was the closing ceremony held?";
// Only the teacher's answer key has this: if it shows up on the student's side before the release, the key leaked.
const OWN_EXPLANATION = "Teacher’s note 4417: the last paragraph names the city.";
const STUDENT = "Ana Lima";
// A verdict, a running count or a score, in any of the words the quiz uses for them.
const VERDICT =
  /[✓✗]|\bCorrect\b|Not quite|right so far|\bRight answer\b|\bMissed\b|\d+\s*\/\s*\d+|\d+ (of \d+ )?(right|correct)\b/;
const KEY_FIELD = /"(answer|accepted|explanation|evidence|facts|score)"\s*:/;

/** The whole page's markup and every value in its storage: where a key would be if the browser had it. */
async function pageAndStorage(page: Page): Promise<{ html: string; storage: string }> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    storage: Object.keys(localStorage)
      .map((key) => `${key}=${localStorage.getItem(key)}`)
      .join("\n"),
  }));
}

// The page also carries the app's built-in articles (their facts included): an explanation that is one of
// those texts says nothing about the key, so only the others are looked for.
const articleData = JSON.stringify(article);

/**
 * Nothing of the key: no explanation (the teacher's own is unique to the key) and, in data (the link's
 * payload, storage), no key field at all.
 */
function expectNoKey(text: string, questions: Question[], where: string, data = true) {
  if (data) expect(text, where).not.toMatch(KEY_FIELD);
  expect(text, where).not.toContain(OWN_EXPLANATION);
  for (const q of questions) if (!articleData.includes(q.explanation)) expect(text, where).not.toContain(q.explanation);
}

test("an end-feedback quiz keeps its answers with the teacher until they release them", async ({ people }) => {
  test.setTimeout(150_000);
  // ---- The teacher builds the quiz with feedback only at the end ----
  const teacherPage = await people.open("teacher", { permissions: ["clipboard-read", "clipboard-write"] });
  const builder = new BuilderPage(teacherPage);
  await builder.goto();
  await builder.title.fill(TITLE);
  await builder.onlyTypedAndChosen();
  await builder.option("Feedback", "Only at the end").check();
  await expect(builder.option("Feedback", "Only at the end")).toHaveAccessibleDescription(
    /Keeps the answers away from students/,
  );
  await expect(builder.option("Feedback", "After each question")).toHaveAccessibleDescription(
    /The link carries the right answers/,
  );
  await builder.addShortAnswer(OWN_PROMPT, "Shanghai", "At the closing ceremony", OWN_EXPLANATION);
  const link = await builder.makeLink();
  expect(link).toMatch(new RegExp(`/play/#q=5\\.${ARTICLE_SLUG}\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]+\\.[0-9a-f]{8}$`));
  await expect(teacherPage.getByText("The answers stay with you.")).toBeVisible();
  // The link made is the quiz's for good: a reload shows the same one (a new sealing would be another quiz).
  await teacherPage.reload();
  await expect(builder.quizLink).toHaveValue(link);
  await expectNoViolations(teacherPage, "builder with a sealed quiz's link");

  // The test reads the key as only the teacher can: with the secret in the teacher's gradebook.
  const decoded = await decodeQuizCode(codeFromLink(link, "q") ?? "", { [ARTICLE_SLUG]: article });
  if (!decoded.ok || decoded.value.v !== 5) throw new Error("the builder did not make a sealed link");
  const sealed = decoded.value;
  const secret = await teacherPage.evaluate(() => {
    const book = JSON.parse(localStorage.getItem("reader:gradebook")!).state;
    return (Object.values(book.quizzes)[0] as { secret: string }).secret;
  });
  const opened = await openSealedQuiz(sealed, secret, { [ARTICLE_SLUG]: article });
  if (!opened.ok) throw new Error(opened.message);
  const questions = opened.questions;
  expect(questions.at(-1)).toMatchObject({ prompt: OWN_PROMPT, explanation: OWN_EXPLANATION });
  // The link's payload, decoded: the questions and nothing of their key.
  expectNoKey(JSON.stringify(sealed.questions), questions, "the link's decoded questions");
  expectNoKey(decodeURIComponent(link), questions, "the link");

  // ---- The student, on their own computer ----
  const studentPage = await people.open("student");
  const student = new PlayPage(studentPage);
  await student.open(link);
  await expect(studentPage.getByRole("heading", { level: 1 })).toContainText(TITLE);
  await expect(studentPage.getByText("Your teacher grades your answers")).toBeVisible();
  await expectNoViolations(studentPage, "a sealed quiz's first question");
  for (const [i, question] of questions.entries()) {
    const { html, storage } = await pageAndStorage(studentPage);
    expectNoKey(html, questions, `the page at question ${i + 1}`, false);
    expectNoKey(storage, questions, `storage at question ${i + 1}`);
    expect(await student.everythingSaid()).not.toMatch(VERDICT);
    // Right and wrong answers alternate: a verdict would show if anything leaked.
    await student.answerAndSave(question, i % 2 === 0, i === questions.length - 1);
  }
  const right = Math.ceil(questions.length / 2);

  // Finished: no score (nothing here could work one out), the result to send, and what happens next.
  await expect(studentPage.getByRole("heading", { name: "Your answers are saved" })).toBeFocused();
  await expect(studentPage.getByText(/Your teacher grades them/)).toBeVisible();
  await expect(studentPage.getByText(/may send you a link that releases the answers/)).toBeVisible();
  expect(await student.everythingSaid()).not.toMatch(VERDICT);
  const finished = await pageAndStorage(studentPage);
  expectNoKey(finished.html, questions, "the finished page", false);
  expectNoKey(finished.storage, questions, "storage once finished");
  const resultLink = await student.getResultLink(STUDENT);
  await expect(student.resultQr).toBeVisible();
  await expectNoViolations(studentPage, "a sealed quiz's result link");
  expectNoKey((await pageAndStorage(studentPage)).storage, questions, "storage with the result link made");

  // ---- The teacher grades the answers the result carries ----
  const gradebook = new GradebookPage(teacherPage);
  await gradebook.goto();
  await gradebook.add(resultLink);
  await expect(gradebook.outcomes).toHaveText([`Added: ${STUDENT}’s result for “${TITLE}”.`]);
  await expect(gradebook.score(TITLE, STUDENT)).toHaveText(`${right} / ${questions.length}`);

  // ---- Release, after a warning ----
  const card = gradebook.quiz(TITLE);
  await card.getByRole("button", { name: "Release answers" }).click();
  const dialog = teacherPage.getByRole("dialog", { name: `Release the answers of “${TITLE}”?` });
  await expect(dialog).toContainText("anyone with it can see them");
  await expectNoViolations(teacherPage, "the release warning");
  await dialog.getByRole("button", { name: "Release answers" }).click();
  const release = card.getByLabel("Release link");
  await expect(release).toHaveValue(/\/play\/#release=[0-9a-f]{12}\.[A-Za-z0-9_-]{43}$/);
  const releaseLink = await release.inputValue();
  expect(releaseLink.length).toBeLessThan(120);
  await card.getByRole("button", { name: "Copy release link" }).click();
  expect(await teacherPage.evaluate(() => navigator.clipboard.readText())).toBe(releaseLink);
  await expectNoViolations(teacherPage, "gradebook with the release link");

  // ---- The student opens it where they took the quiz: their review, with the right answers and evidence ----
  await studentPage.goto(releaseLink);
  await expect(studentPage.getByText("Answers released by your teacher")).toBeVisible();
  await expect(student.score).toHaveText(`${right} / ${questions.length}`);
  await expect(studentPage.getByText("✓ Right")).toHaveCount(right);
  await expect(studentPage.getByText(OWN_EXPLANATION)).toBeVisible();
  await studentPage.getByRole("button", { name: "Show in article" }).last().click();
  await expect(studentPage.locator("#quiz-article mark").first()).toContainText("Shanghai");
  await expectNoViolations(studentPage, "the released review");
  // The released key is shown, never stored.
  expectNoKey((await pageAndStorage(studentPage)).storage, questions, "storage after the release");
});
