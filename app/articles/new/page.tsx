import type { Metadata } from "next";
import { NewArticle } from "@/components/new-article/new-article-lazy";

export const metadata: Metadata = { title: "Use your own article" };

export default function NewArticlePage() {
  return (
    <div className="mx-auto max-w-page px-4 py-6 sm:px-6 sm:py-10">
      <NewArticle />
    </div>
  );
}
