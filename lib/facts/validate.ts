/**
 * The one set of consistency rules an article's facts follow, whoever wrote
 * them: an author (content files, checked at build time), the extractor or a
 * teacher's review (pasted articles, checked on every change and when
 * storage hands them back). The question engine relies on all of it: an
 * answer must be written in the sentence shown as its proof, a speaker must
 * be one of the people, a name must belong to one entity only (or a wrong
 * option could be another name of the answer).
 *
 * Shape (is `value` a number, is `kind` a known kind) is each source's own
 * schema's business; this is what the shape cannot say: how the facts fit
 * the text and each other.
 */
import type { ArticleFacts, Span } from "../article";

/** The lists of ArticleFacts, in the order problems are reported. */
export const FACT_LISTS = [
  "people",
  "organizations",
  "places",
  "dates",
  "numbers",
  "quotes",
  "unnamedQuotes",
  "events",
  "claims",
  "terms",
  "statements",
  "causes",
  "positions",
  "vocabulary",
] as const;
export type FactList = (typeof FACT_LISTS)[number];

/**
 * The lists a writer gives an article (content/) and a reader reviews (a
 * pasted article), in the same order: all but the key terms and statements,
 * which only the extractor finds.
 */
export const AUTHORED_FACT_LISTS = FACT_LISTS.filter(
  (list): list is Exclude<FactList, "terms" | "statements"> => list !== "terms" && list !== "statements",
);

export interface FactProblem {
  /** The list holding the fact, or the main idea. */
  list: FactList | "mainIdea";
  /** Its position in the list (-1 for the main idea). */
  index: number;
  id?: string;
  /** What is wrong, without the fact's label: `unknown speaker id "p-wong"`. */
  message: string;
}

export interface ValidateOptions {
  /**
   * Facts whose evidence could not be placed in the text at all (a content
   * file's quotation not found): that was reported already, so nothing is
   * checked against their evidence.
   */
  unplaced?: ReadonlySet<object>;
}

/** `quotes[1] (id "q-wang-1")`, or `mainIdea`: how content messages name a fact. */
export function factLabel(problem: Pick<FactProblem, "list" | "index" | "id">): string {
  if (problem.list === "mainIdea") return "mainIdea";
  return `${problem.list}[${problem.index}]${problem.id === undefined ? "" : ` (id "${problem.id}")`}`;
}

/** `quotes[1] (id "q-wang-1"): unknown speaker id "p-wong"`. */
export function describeFactProblem(problem: FactProblem): string {
  return `${factLabel(problem)}: ${problem.message}`;
}

interface Located {
  list: FactList;
  index: number;
  label: string;
}

type Fact = { id: string; evidence: Span; certainty?: number };

/** Every problem with how `facts` fit `body` and each other; empty when sound. */
export function validateFacts(
  article: { body: string; facts: ArticleFacts },
  options: ValidateOptions = {},
): FactProblem[] {
  const { body, facts } = article;
  const problems: FactProblem[] = [];
  const unplaced = options.unplaced ?? new Set<object>();
  const listOf = (list: FactList) => (facts as unknown as Record<string, Fact[] | undefined>)[list] ?? [];

  // Ids first: every reference below is checked against this index.
  const byId = new Map<string, Located>();
  for (const list of FACT_LISTS) {
    listOf(list).forEach((fact, index) => {
      const here = { list, index, label: factLabel({ list, index, id: fact.id }) };
      const previous = byId.get(fact.id);
      if (previous)
        problems.push({ list, index, id: fact.id, message: `duplicate id (already used by ${previous.label})` });
      else byId.set(fact.id, here);
    });
  }

  const inside = (s: Span) =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= body.length;
  const text = (s: Span) => body.slice(s.start, s.end);
  // Names in use so far, lowercased, with the label of the entity that owns each.
  const names = new Map<string, Located & { id: string }>();

  for (const list of FACT_LISTS) {
    listOf(list).forEach((fact, index) => {
      const report = (message: string) => problems.push({ list, index, id: fact.id, message });
      const refer = (field: string, target: string | undefined, allowed: readonly FactList[], what: string) => {
        if (target === undefined) return;
        const found = byId.get(target);
        if (!found) report(`unknown ${field} id "${target}"`);
        else if (!allowed.includes(found.list)) report(`${field} id "${target}" is not ${what}`);
      };
      if (fact.certainty !== undefined && !(fact.certainty >= 0 && fact.certainty <= 1))
        report("certainty must be between 0 and 1");
      // Evidence that is not in the text cannot be checked for what it contains.
      const placed = !unplaced.has(fact);
      const evidence = placed && inside(fact.evidence);
      if (placed && !evidence) report("evidence is not inside the article text");
      const has = (needle: string) => evidence && text(fact.evidence).includes(needle);
      const hasAnyCase = (needles: (string | undefined)[]) =>
        evidence && needles.some((n) => n !== undefined && text(fact.evidence).toLowerCase().includes(n.toLowerCase()));

      switch (list) {
        case "people":
        case "organizations":
        case "places": {
          const entity = fact as Fact & { name: string; shortName?: string; aliases?: string[]; affiliation?: string };
          const all = [entity.name, entity.shortName, ...(entity.aliases ?? [])].filter((n): n is string => !!n);
          if (evidence && !hasAnyCase(all)) report(`name "${entity.name}" not found inside its evidence`);
          if (list === "people") refer("affiliation", entity.affiliation, ["organizations"], "an organization");
          for (const name of all) {
            const key = name.toLowerCase();
            const owner = names.get(key);
            if (owner === undefined)
              names.set(key, { list, index, id: entity.id, label: factLabel({ list, index, id: entity.id }) });
            else if (owner.list !== list || owner.index !== index)
              report(`name "${name}" is also a name of ${owner.label}`);
          }
          break;
        }
        case "dates": {
          const date = fact as Fact & { text: string; preposition?: string };
          if (evidence && !has(date.text)) report(`date text "${date.text}" not found inside its evidence`);
          else if (evidence && date.preposition) {
            // The evidence may be the date alone: the preposition is read just before it in the text.
            const at = fact.evidence.start + text(fact.evidence).indexOf(date.text);
            if (
              body.slice(Math.max(0, at - date.preposition.length - 1), at).toLowerCase() !==
              `${date.preposition} `.toLowerCase()
            ) {
              report(`preposition "${date.preposition}" is not written just before "${date.text}"`);
            }
          }
          break;
        }
        case "numbers": {
          const number = fact as Fact & { text: string; value: number; values?: number[] };
          if (evidence && !has(number.text)) report(`number text "${number.text}" not found inside its evidence`);
          // The engine does arithmetic on these: NaN or Infinity would make nonsense options.
          if (!Number.isFinite(number.value)) report("value must be a finite number");
          if (number.values?.some((v) => !Number.isFinite(v))) report("values must be finite numbers");
          break;
        }
        case "quotes":
        case "unnamedQuotes": {
          const quote = fact as Fact & { text: string; speaker: string };
          if (evidence && !has(quote.text)) report("quote text not found inside its evidence");
          // An unnamed speaker is written out ("a spokeswoman"), not an id.
          if (list === "quotes") refer("speaker", quote.speaker, ["people"], "a person");
          break;
        }
        case "events": {
          const event = fact as Fact & { when?: string; where?: string };
          refer("when", event.when, ["dates"], "a date");
          refer("where", event.where, ["places"], "a place");
          break;
        }
        case "claims":
          refer(
            "subject",
            (fact as Fact & { subject: string }).subject,
            ["people", "organizations", "places"],
            "a person, organization or place",
          );
          break;
        case "terms":
        case "statements": {
          const written = (fact as Fact & { text: string }).text;
          if (evidence && !has(written))
            report(`${list === "terms" ? "term" : "statement"} text not found inside its evidence`);
          break;
        }
        case "causes": {
          const cause = fact as Fact & { answer: string; distractors?: string[] };
          cause.distractors?.forEach((d, j) => {
            if (same(d, cause.answer)) report(`distractors[${j}] repeats the answer`);
          });
          break;
        }
        case "positions":
          refer("speaker", (fact as Fact & { speaker: string }).speaker, ["people"], "a person");
          break;
        case "vocabulary": {
          const word = fact as Fact & { term: string; meaning: string; otherMeanings?: string[] };
          if (evidence && !findTerm(text(fact.evidence), word.term))
            report(`term "${word.term}" not found inside its evidence`);
          word.otherMeanings?.forEach((m, j) => {
            if (same(m, word.meaning)) report(`otherMeanings[${j}] repeats the meaning`);
          });
          break;
        }
      }
    });
  }

  const idea = facts.mainIdea;
  const report = (message: string) => problems.push({ list: "mainIdea", index: -1, message });
  const span = idea.evidence;
  // An extracted article may have no main-idea sentence to point at: an empty span is allowed, one outside the text is not.
  if (
    !unplaced.has(idea) &&
    !(
      Number.isInteger(span.start) &&
      Number.isInteger(span.end) &&
      span.start >= 0 &&
      span.start <= span.end &&
      span.end <= body.length
    )
  ) {
    report("evidence is not inside the article text");
  }
  idea.distortions.forEach((distortion, i) => {
    if (same(distortion, idea.statement)) report(`distortions[${i}] repeats the statement`);
    const first = idea.distortions.findIndex((d) => same(d, distortion));
    if (first < i) report(`distortions[${i}] duplicates distortions[${first}]`);
  });
  return problems;
}

/**
 * Where a word is written in `text`, in whatever form: a term is kept in its
 * dictionary form while the text may inflect it (the extractor's "topple" is
 * written "toppled", "prosecutor" "Prosecutors"). The span covers the word as
 * written; null when it is not there.
 */
export function findTerm(text: string, term: string): Span | null {
  const written = text.toLowerCase();
  const word = term.toLowerCase();
  const exact = text.indexOf(term);
  for (const [at, length] of [
    [exact, term.length],
    ...[word, word.replace(/e$/, ""), word.replace(/y$/, "i")].map((stem) => [
      stem ? written.indexOf(stem) : -1,
      stem.length,
    ]),
  ] as const) {
    if (at < 0) continue;
    // To the end of the word as written: "leak" is written "leaked".
    let end = at + length;
    while (end < text.length && /\p{L}/u.test(text[end]!) && end - at < term.length + 4) end++;
    return { start: at, end };
  }
  return null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
