/**
 * `npm run content:check [root]`: validates every article under content/articles
 * (or `root`) and prints one line per article; exits 1 listing every problem.
 */
import { ContentError, readAllArticles } from "../lib/content/read";

const root = process.argv[2] ?? "content/articles";

try {
  const articles = readAllArticles(root);
  if (articles.length === 0) throw new ContentError([`${root}: no article folders found`]);
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
