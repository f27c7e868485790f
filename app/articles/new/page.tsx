import type { Metadata } from "next";
import { NewArticle } from "@/components/new-article/new-article-lazy";

export const metadata: Metadata = { title: "Use your own article" };

export default function NewArticlePage() {
  return (
    <div className="mx-auto grid max-w-page gap-8 px-4 py-6 sm:px-6 sm:py-10">
      {/* In the static page, not in the component that loads after it: the page has its heading at once. */}
      <div>
        <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight">Use your own article</h1>
        <p className="mt-2 max-w-measure text-muted">
          Paste a news article and the app finds its people, places, numbers and quotations, right here in your browser:
          the text is not sent anywhere. Check the facts, then build a quiz whose every answer points to the sentence
          that proves it.
        </p>
      </div>
      <NewArticle />
    </div>
  );
}
