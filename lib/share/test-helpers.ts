/** Shared by the share and gradebook tests: the seed article, read once, and the frozen fixtures. */
import { readArticleDir } from "../content/read";
import type { SharedQuiz } from "./quiz-link";
import type { StudentResult } from "./result-code";
import frozen from "./fixtures/v1.json";
import { SEED_ARTICLE_DIR } from "./fixtures/shared-quizzes";

export const seedArticle = readArticleDir(SEED_ARTICLE_DIR);

export interface FrozenFixtures {
  quizzes: { name: string; code: string; fingerprint: string; value: SharedQuiz }[];
  results: { name: string; code: string; value: StudentResult }[];
}

export const v1Fixtures = frozen as unknown as FrozenFixtures;
