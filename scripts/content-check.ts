/**
 * `npm run content:check [root]`: validates every article under content/articles
 * (or `root`) and prints one line per article; exits 1 listing every problem,
 * a hand-written cause, position or word that no question asks about among them.
 */
import path from "node:path";
import { ContentError, FACTS_FILE, readAllArticles } from "../lib/content/read";
import { unaskedFacts } from "../lib/quiz";

const root = process.argv[2] ?? "content/articles";

try {
  const articles = readAllArticles(root);
  if (articles.length === 0) throw new ContentError([`${root}: no article folders found`]);
  // A cause, position or word written by hand that the critic throws away is a fact nobody is ever asked.
  const unasked = articles.flatMap((article) =>
    unaskedFacts(article).map(
      ({ section, id, reasons }) =>
        `${path.join(root, article.slug, FACTS_FILE)}: ${section} “${id}”: no question asks about it (${reasons.join("; ") || "no question could be made from it"})`,
    ),
  );
  if (unasked.length > 0) throw new ContentError(unasked);
  for (const { slug, facts } of articles) {
    const counts = [
      `${facts.people.length} people`,
      `${facts.organizations.length} organizations`,
      `${facts.places.length} places`,
      `${facts.dates.length} dates`,
      `${facts.numbers.length} numbers`,
      `${facts.quotes.length} quotes`,
      `${facts.events.length} events`,
      `${facts.claims.length} claims`,
      `${facts.causes?.length ?? 0} causes`,
      `${facts.positions?.length ?? 0} positions`,
      `${facts.vocabulary?.length ?? 0} words`,
      `${facts.mainIdea.distortions.length} main-idea distortions`,
    ];
    console.log(`ok ${slug}: ${counts.join(", ")}`);
  }
  console.log(`${articles.length} article(s) valid.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Content check failed (${error.messages.length} problem(s)):`);
  for (const message of error.messages) console.error(`  ${message}`);
  process.exit(1);
}
