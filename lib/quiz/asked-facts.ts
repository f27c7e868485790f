/**
 * Which facts the question engine asks about. Hand-written facts and facts
 * a teacher corrected carry no `certainty` and are always asked. Extracted
 * ones are asked when the extractor was sure enough of them, and a number
 * only with a question worded for it: an extracted vote, range or figure in
 * a quotation, or a why-question whose wrong reasons are about something
 * else, is listed for the teacher's review but not asked until the teacher
 * confirms or corrects it (which removes its certainty).
 */
import type { Article, ArticleFacts } from "../article";
import { ASKED_FROM_CERTAINTY } from "../facts";

const sure = (fact: { certainty?: number }) => fact.certainty === undefined || fact.certainty >= ASKED_FROM_CERTAINTY;

export function askedFacts(facts: ArticleFacts): ArticleFacts {
  const numbers = facts.numbers.filter((n) => n.certainty === undefined || (sure(n) && n.question !== undefined));
  const dates = facts.dates.filter(sure);
  const causes = facts.causes?.filter(sure);
  if (
    numbers.length === facts.numbers.length &&
    dates.length === facts.dates.length &&
    causes?.length === facts.causes?.length
  )
    return facts;
  const dateIds = new Set(dates.map((d) => d.id));
  const events = facts.events.filter((e) => e.when === undefined || dateIds.has(e.when));
  return { ...facts, numbers, dates, events, ...(causes ? { causes } : {}) };
}

export function withAskedFacts<T extends Pick<Article, "facts">>(article: T): T {
  const facts = askedFacts(article.facts);
  return facts === article.facts ? article : { ...article, facts };
}
