"use client";
import { useCallback } from "react";
import type { Article } from "@/lib/article";
import { generateQuiz } from "@/lib/quiz";
import { QuizRunner } from "./quiz-runner";

const QUESTION_COUNT = 10;

/** A student's quiz on one of the app's articles: ten questions the engine draws for the attempt's seed. */
export function ArticleQuiz({ article }: { article: Article }) {
  const draw = useCallback(
    (seed: number) => generateQuiz(article, { seed, count: QUESTION_COUNT }).questions,
    [article],
  );
  return <QuizRunner article={article} draw={draw} />;
}
