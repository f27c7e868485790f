/**
 * The article model shared by hand-written content, the question engine and
 * (later) the in-browser fact extractor.
 *
 * All offsets are UTF-16 code-unit offsets into `Article.body`, which is the
 * article's paragraphs joined with "\n\n". Anything that points at the text
 * (a fact's evidence, a question's evidence) is a `Span` into that string, so
 * "show me in the article" works the same way for every source of facts.
 */

/** Half-open range [start, end) into `Article.body`. */
export interface Span {
  start: number;
  end: number;
}

export type EntityKind = "person" | "organization" | "place";

/**
 * How sure the extractor is of a fact, 0..1 ("Dr. Priya Raman said" is surer
 * than an unknown capitalized pair guessed as a name). Absent on hand-written
 * facts and on facts a teacher corrected: those are certain.
 */
export interface Certainty {
  certainty?: number;
}

export interface Person extends Certainty {
  id: string;
  /** Full name as the article first gives it: "Li Yanliang". */
  name: string;
  /** How the article refers to them later: "Li". */
  shortName?: string;
  /** Other spellings a student may type or that must never be a distractor. */
  aliases?: string[];
  /** Title or honorific written before the name, not part of it: "Dr.", "Mayor", "Sen.". */
  title?: string;
  /** Role or title as written: "research fellow". */
  role?: string;
  /** Id of an Organization the person belongs to. */
  affiliation?: string;
  evidence: Span;
}

export type OrganizationKind =
  | "institute"
  | "university"
  | "program"
  | "company"
  | "government"
  | "media"
  | "school"
  | "court"
  | "team"
  | "charity"
  | "other";

export interface Organization extends Certainty {
  id: string;
  name: string;
  kind: OrganizationKind;
  aliases?: string[];
  evidence: Span;
}

export type PlaceKind = "city" | "town" | "country" | "region" | "venue";

export interface Place extends Certainty {
  id: string;
  name: string;
  kind: PlaceKind;
  aliases?: string[];
  evidence: Span;
}

export type DateKind = "year" | "month" | "weekday" | "relative" | "duration" | "date";

export interface DateFact extends Certainty {
  id: string;
  /** The date or time exactly as written: "2023", "Tuesday", "last November". */
  text: string;
  kind: DateKind;
  /** The preposition written before it, as written: "on", "since", "until", "In". */
  preposition?: string;
  /** What happened then, as a clause: "the program began". */
  describes: string;
  /** A hand-written question whose answer is `text`: "When did the program begin?" */
  question?: string;
  evidence: Span;
}

/**
 * What a number is: a count ("40 islands"), money ("$86,000"), a percentage,
 * a vote ("5-2", "7 to 2") or a score ("won 3-1"), a change ("rose from 12
 * to 19", "fell ten places"), a fraction ("a third", "15 of 60 farms") or a
 * range ("between 200 and 300 people").
 */
export type NumberKind = "count" | "money" | "percent" | "vote" | "score" | "change" | "fraction" | "range";

export interface NumberFact extends Certainty {
  id: string;
  /**
   * The main number: the count, the amount, the percentage, the votes for
   * or the winner's score, the figure a change ends at ("from 12 to 19": 19,
   * "fell ten places": 10), a fraction's share (0.333, or "15 of 60": 15),
   * a range's low end.
   */
  value: number;
  /** As written: "50,000", "five", "three", "$86,000", "15 of 60 farms", "5-2". */
  text: string;
  kind?: NumberKind;
  /** Every number written in `text`, in order, when there are two: "5-2" → [5, 2], "from 210 to 175" → [210, 175]. */
  values?: number[];
  /** What it counts: "young Americans", "years". */
  counts: string;
  /** A hand-written question whose answer is the number: "How many young Americans ...?" */
  question?: string;
  evidence: Span;
}

export interface Quote extends Certainty {
  id: string;
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Id of the Person who said it. */
  speaker: string;
  evidence: Span;
}

/**
 * A quotation whose speaker the article does not name ("a worker at the
 * hotel"). Kept apart from `quotes` so that its words are never given to a
 * named person, and never asked as "who said".
 */
export interface UnnamedQuote extends Certainty {
  id: string;
  text: string;
  /** The speaker as written: "a spokeswoman for the hospital". */
  speaker: string;
  evidence: Span;
}

export interface EventFact {
  id: string;
  /** A short sentence a student can recognise: "The delegation visited three cities". */
  description: string;
  /** Position in time among the article's events; equal numbers mean "order unknown". */
  order?: number;
  /** Id of a DateFact. */
  when?: string;
  /** Id of a Place. */
  where?: string;
  evidence: Span;
}

/**
 * A simple statement "<subject> <predicate>", true according to the article.
 * Swapping the subject for another entity of the same kind makes a false
 * statement, unless another claim says the same predicate of that entity.
 */
export interface Claim extends Certainty {
  id: string;
  /** Id of a Person, Organization or Place. */
  subject: string;
  /** Everything after the subject, e.g. "contributes significantly to global safety standards". */
  predicate: string;
  evidence: Span;
}

/**
 * A key term of a sentence that names no person, place, date or number: the
 * content noun phrase that carries what the sentence says ("oxytocin" in
 * "...behaved more normally after a snort of oxytocin"). Asked as a blank to
 * fill in. Optional: the extractor finds these; hand-written articles rely
 * on their named facts instead.
 */
export interface KeyTerm {
  id: string;
  /** As written in the sentence: "immune systems". */
  text: string;
  /** Other forms that count as right when typed: "immune system". */
  accepted?: string[];
  /**
   * A word for people ("workers", "colleagues"): an article often uses several
   * such words for the same people, so one is never a wrong option for another.
   */
  people?: boolean;
  /** The term's own words; questions show the sentence around them. */
  evidence: Span;
}

/**
 * A sentence of the article that stands on its own, with a version saying
 * the opposite ("The scans did not show that ..."), false according to the
 * article. Optional, as for KeyTerm.
 */
export interface Statement {
  id: string;
  /** The sentence exactly as the article writes it. */
  text: string;
  /** The same sentence with its main verb negated. */
  negated?: string;
  evidence: Span;
}

/**
 * Why something happened, or what it was done for, as the article states it
 * ("because", "so", "as a result", "in order to"...). Asked as "Why ...?".
 */
export interface CauseFact extends Certainty {
  id: string;
  kind: "cause" | "purpose";
  /** The question, in other words than the text: "Why are octopuses able to squeeze through tiny gaps?" */
  question: string;
  /** The right answer as a sentence a student reads: "They have no bones." */
  answer: string;
  /**
   * Wrong answers: true statements of the article, in the same form as the
   * answer, that do not answer the question. The engine adds the other
   * causes' answers.
   */
  distractors?: string[];
  /** The cause and the effect (one sentence, or two neighbouring ones). */
  evidence: Span;
}

/** What a speaker argues, wants or believes, in plain words. */
export interface Position {
  id: string;
  /** Id of a Person. */
  speaker: string;
  /** "Climate change should be built into security policy." */
  statement: string;
  /** What the position is about, for the prompt: "climate policy" → "What does Li Yanliang say about climate policy?" */
  topic?: string;
  evidence: Span;
}

/**
 * A word or phrase a student may not know, with its meaning as used in
 * its sentence. Asked as "As used in the article, what does “brazen” mean?".
 */
export interface VocabularyFact {
  id: string;
  /** As written: "delved into". */
  term: string;
  /** Its meaning here, a phrase that could replace it: "looked closely at". */
  meaning: string;
  /** The article explains the term itself ("the polygraph, a lie-detector test"). */
  definedInText?: boolean;
  /**
   * Wrong meanings of the same kind (other senses of the word, or meanings
   * of other words that could stand in the same place). The engine adds the
   * article's other terms' meanings.
   */
  otherMeanings?: string[];
  /** The term itself in its sentence. */
  evidence: Span;
}

export interface MainIdea extends Certainty {
  statement: string;
  /** Distorted versions: they sound like the main idea but the article does not say them. */
  distortions: string[];
  /** True but minor sentences of the article: wrong options because they are not its point. */
  details?: string[];
  evidence: Span;
}

export interface ArticleFacts {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  dates: DateFact[];
  numbers: NumberFact[];
  quotes: Quote[];
  /** Quotations of speakers the article does not name (extracted articles only). */
  unnamedQuotes?: UnnamedQuote[];
  events: EventFact[];
  claims: Claim[];
  /** Key terms of sentences without named facts (extracted articles only). */
  terms?: KeyTerm[];
  /** Sentences that stand on their own, with their negation (extracted articles only). */
  statements?: Statement[];
  causes?: CauseFact[];
  positions?: Position[];
  vocabulary?: VocabularyFact[];
  mainIdea: MainIdea;
}

export interface Article {
  slug: string;
  title: string;
  /** Where the story was filed, e.g. "SHANGHAI". */
  dateline?: string;
  source: string;
  imageCredit?: string;
  /** Paragraphs, verbatim. */
  paragraphs: string[];
  /** `paragraphs.join("\n\n")`; every Span points into this string. */
  body: string;
  facts: ArticleFacts;
}
