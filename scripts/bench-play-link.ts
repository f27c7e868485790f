/**
 * Prints the path of a teacher's default 10-question quiz link for the seed
 * article, made with the app's own encoder: the Lighthouse bench opens /play/
 * with it, as a student would, rather than the empty page.
 */
import { readArticleDir } from "../lib/content/read";
import { encodeQuizCode } from "../lib/share";
import { defaultQuiz, SEED_ARTICLE_DIR } from "../lib/share/fixtures/shared-quizzes";

const article = readArticleDir(SEED_ARTICLE_DIR);
encodeQuizCode(defaultQuiz(article, 7), article.body)
  .then((code) => console.log(JSON.stringify({ slug: article.slug, play: `/play/#q=${code}` })))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
