/**
 * Words a student may not know, with their meaning as used in the article:
 * the article's words that the project's learner's dictionary lists
 * (dictionary.json: tier-2 words of news writing, each with one plain
 * meaning, only words whose news sense hardly varies), used in the part of
 * speech the entry is for. And terms the article defines itself ("the
 * polygraph, a lie-detector test").
 *
 * Wrong meanings are the three the dictionary gives for the word (written
 * to be plausible in a news sentence and clearly wrong); for a word without
 * them, other entries' meanings of the same part of speech, never one that
 * shares a content word with the right meaning (a near-synonym would be
 * right too).
 */
import type { Document } from "./document";
import type { VocabularyFact } from "../article";
import { hashString } from "../quiz";
import { contentWords } from "../quiz";
import rawDictionary from "./dictionary.json";
import { hasTag, type Sentence, type Token } from "./tokens";

type Pos = "noun" | "verb" | "adjective" | "adverb";

interface Entry {
  word: string;
  pos: Pos;
  meaning: string;
  forms?: string[];
  /**
   * Three wrong meanings written for this word: what a student who does not
   * know it might believe, of the same form, fitting a news sentence (an
   * opposite, a nearby but different idea), never another sense of it.
   */
  wrong?: string[];
}

const DICTIONARY = rawDictionary as Entry[];
/** At most this many words an article: a quiz asks two at most, the rest are for variety across seeds. */
const MAX_WORDS = 8;
const TAG_OF: Record<Pos, string> = { noun: "Noun", verb: "Verb", adjective: "Adjective", adverb: "Adverb" };

/** Regular inflections of a lemma, the way English spells them: "curb" → "curbs", "curbed", "curbing". */
function inflections(entry: Entry): string[] {
  const w = entry.word;
  const forms = new Set([w, ...(entry.forms ?? [])]);
  const stem = w.replace(/e$/, "");
  const consonantY = /[^aeiou]y$/.test(w);
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/.test(w) && w.length <= 6 ? `${w}${w.at(-1)}` : undefined;
  if (entry.pos === "noun") {
    forms.add(consonantY ? `${w.slice(0, -1)}ies` : /(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
  } else if (entry.pos === "verb") {
    forms.add(consonantY ? `${w.slice(0, -1)}ies` : /(?:s|x|z|ch|sh|o)$/.test(w) ? `${w}es` : `${w}s`);
    forms.add(consonantY ? `${w.slice(0, -1)}ied` : w.endsWith("e") ? `${w}d` : `${w}ed`);
    forms.add(`${stem}ing`);
    if (doubled) {
      forms.add(`${doubled}ed`);
      forms.add(`${doubled}ing`);
    }
  }
  return [...forms];
}

let index: Map<string, Entry[]> | undefined;
/** Surface form → entries, built on first use (only the extractor's worker ever loads the dictionary). */
function lookup(form: string): Entry[] {
  if (!index) {
    index = new Map();
    for (const entry of DICTIONARY) {
      for (const f of inflections(entry)) {
        const list = index.get(f) ?? [];
        list.push(entry);
        index.set(f, list);
      }
    }
  }
  return index.get(form) ?? [];
}

const byPos = new Map<Pos, Entry[]>();
function entriesOf(pos: Pos): Entry[] {
  let list = byPos.get(pos);
  if (!list) byPos.set(pos, (list = DICTIONARY.filter((e) => e.pos === pos)));
  return list;
}

const words = (text: string) => text.trim().split(/\s+/).length;

/**
 * The wrong meanings: those written for the word when the dictionary has
 * them; otherwise meanings of the same part of speech that cannot also be
 * right (no content word shared with the answer, nor with each other).
 */
function otherMeanings(entry: Entry, sameArticle: readonly Entry[]): string[] {
  if (entry.wrong && entry.wrong.length >= 2) return [...entry.wrong];
  const taken = new Set(contentWords(entry.meaning));
  const chosen: string[] = [];
  const consider = (candidate: Entry) => {
    if (candidate.word === entry.word || chosen.length >= 5) return;
    if (Math.abs(words(candidate.meaning) - words(entry.meaning)) > 2) return;
    const own = contentWords(candidate.meaning);
    if ([...own].some((w) => taken.has(w))) return;
    for (const w of own) taken.add(w);
    chosen.push(candidate.meaning);
  };
  for (const candidate of sameArticle) if (candidate.pos === entry.pos) consider(candidate);
  // Then a stretch of the dictionary chosen by the word itself: the same wrong options every time.
  const pool = entriesOf(entry.pos);
  const start = hashString(entry.word) % pool.length;
  for (let step = 0; step < pool.length && chosen.length < 5; step += 37) consider(pool[(start + step) % pool.length]!);
  return chosen;
}

interface VocabularyContext {
  body: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Is this span part of a name (a person, organization or place)? */
  inName(start: number, end: number): boolean;
}

/** Listed words in every sentence, quotations included (a speaker's hard word is still a word to learn). */
export function findVocabulary(doc: Document, newId: () => string): VocabularyFact[] {
  return vocabularyIn({ body: doc.body, tokens: doc.tokens, sentences: doc.sentences, inName: doc.inName }, newId);
}

function vocabularyIn(ctx: VocabularyContext, newId: () => string): VocabularyFact[] {
  const found: { entry: Entry; token: Token }[] = [];
  const seen = new Set<string>();
  for (const sentence of ctx.sentences) {
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = ctx.tokens[i]!;
      const form = token.text.toLowerCase();
      // A capital inside a sentence is a name ("Curb Your Enthusiasm"), not the word.
      if (form.length < 4 || (token.text !== form && i !== sentence.firstToken) || ctx.inName(token.start, token.end))
        continue;
      // Part of a compound ("sleep-deprived"): the word alone is not what the sentence says.
      if (
        /-$/.test(token.pre) ||
        /^-/.test(token.post) ||
        ctx.body[token.start - 1] === "-" ||
        ctx.body[token.end] === "-"
      )
        continue;
      const entry = lookup(form).find(
        (e) => hasTag(token, TAG_OF[e.pos]) && !(e.pos === "noun" && hasTag(token, "Verb")),
      );
      if (!entry || seen.has(entry.word)) continue;
      // "cutting headways, the time a rider waits between buses,": the article says what it means by the word,
      // and it may not be the dictionary's sense (a panel found "forward progress" keyed there).
      if (
        entry.pos === "noun" &&
        /^,\s+(?:the|a|an)\s[^,;:.“”"()]{3,70}[,.]/.test(ctx.body.slice(token.end, token.end + 90))
      )
        continue;
      seen.add(entry.word);
      found.push({ entry, token });
    }
  }
  const chosen = found.slice(0, MAX_WORDS);
  const entries = chosen.map((f) => f.entry);
  return chosen.map(({ entry, token }) => ({
    id: newId(),
    // The word as the dictionary gives it ("spur" for "spurred", "pedestrian" for "pedestrians"), so it reads with its meaning; the sentence shows the form used.
    term: entry.word,
    meaning: entry.meaning,
    otherMeanings: otherMeanings(entry, entries),
    evidence: { start: token.start, end: token.end },
  }));
}

/**
 * Terms the article explains itself: "the polygraph, a lie-detector test,".
 * A lower-case noun, then its explanation as a short "a …" noun phrase
 * between commas.
 */
// Between commas only: a dash after a noun more often adds a detail ("the floor – a journey of three meters –").
const DEFINED =
  /\b(?:the|a|an)\s+([\p{Ll}][\p{Ll}-]{3,}(?:\s[\p{Ll}][\p{Ll}-]{3,})?),\s*((?:a|an)\s[^,;:–—()“”"]{3,50}?),/gu;

export function findDefinitions(ctx: Pick<Document, "body" | "sentences">, newId: () => string): VocabularyFact[] {
  const facts: VocabularyFact[] = [];
  for (const sentence of ctx.sentences) {
    const text = ctx.body.slice(sentence.start, sentence.end);
    DEFINED.lastIndex = 0;
    for (let m = DEFINED.exec(text); m !== null; m = DEFINED.exec(text)) {
      const [, term = "", definition = ""] = m;
      // "the company, a start-up founded in ..., said": a definition is a short phrase with a noun, not a clause.
      // Nor "a friend, a girl or a boy,": alternatives say which one is meant, not what the word means.
      if (words(definition) > 7 || /\b(?:who|which|that|said|says|is|was|were|are|has|had|or|and)\b/.test(definition))
        continue;
      const start = sentence.start + m.index + m[0].indexOf(term);
      const meaning = definition.trim();
      facts.push({
        id: newId(),
        term,
        meaning,
        definedInText: true,
        otherMeanings: otherMeanings({ word: term, pos: "noun", meaning }, []),
        evidence: { start, end: start + term.length },
      });
    }
  }
  return facts;
}
