/**
 * A teacher's quiz link opens with the network off (the quiz travels in the
 * link's #q= fragment, the page from the service worker), and the student
 * gets a result code to hand in, as a link and as a QR code (whose encoder
 * the page fetches only for the results: the service worker has it too).
 */
import { expect, test } from "./fixtures";
import { PlayPage } from "./pages/play-page";
import { classQuiz, quizCode } from "./support/class-results";
import { goOffline, visitOnceOnline } from "./support/offline";
import { decodeQr } from "./support/qr";

test("offline after one visit: a teacher's /play/#q= link opens and its quiz is taken to a result", async ({
  page,
}) => {
  await visitOnceOnline(page);
  await goOffline(page);

  const play = new PlayPage(page);
  await play.open(`/play/#q=${await quizCode()}`);
  await play.takeQuiz(classQuiz.questions, true);
  // The result link is made in the browser too: nothing has to reach a server.
  const link = await play.getResultLink("Ana");
  expect(link).toMatch(/\/gradebook\/#r=R1\./);
  await expect(play.resultQr).toBeVisible();
  expect(await decodeQr(play.resultQr)).toBe(link);
});
