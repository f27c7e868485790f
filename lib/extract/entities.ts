/**
 * People, organizations and places. compromise finds many names but splits
 * or misses long organization names ("Institute of Public Policy and
 * Innovation"), keeps trailing punctuation and possessives, and tags little
 * of what is not in its lexicon; so names are read here as runs of
 * capitalized words, and compromise's tags only help to classify them.
 */
import type { Organization, OrganizationKind, Person, Place, PlaceKind } from "../article";
import { hasTag, type Sentence, type Token } from "./tokens";
import {
  ORG_CONTEXT_AFTER,
  ORG_CONTEXT_BEFORE,
  PLACE_PREFIXES,
  TOWN_CONTEXT,
  ABBREVIATED,
  CONNECTORS,
  gazetteerKind,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NATIONALITIES,
  NEVER_NAMES,
  ORG_HEADS,
  PLACE_HEADS,
  ROLE_NOUNS,
  samePlaceNames,
  TITLE_PARTS,
  TITLES,
} from "./words";

export type MentionKind = "person" | "organization" | "place";
/** "maybe-person": two capitalized words the library does not know; a person only if the text confirms it. */
type Classified = MentionKind | "maybe-person";

export interface Mention {
  start: number;
  end: number;
  /** body.slice(start, end). */
  text: string;
  kind: MentionKind;
  /** Title written before the name and not part of it: "President", "Dr". */
  title?: string;
  sentence: number;
  /** Index of the name's first token. */
  firstToken: number;
  lastToken: number;
  /** Id of the entity, once resolved. */
  entity?: string;
  /** A person only if the text confirms it (see `confirmed`). */
  unconfirmed?: boolean;
}

// "X said", "X, who ...", "X, Elbe Wind’s chief executive, told analysts": the text treats X as someone who speaks.
const REPORTING_NEAR =
  /^(?:,\s+(?:who|whose|from)\b|(?:,[^,“”"]{1,80},)?,?\s+(?:said|says|told|added|explained|believes|thinks|wrote|argues|argued|claims|claimed)\b)/;
// ", a health ministry official", ", the founder of ...": an appositive that names a role.
const ROLE_APPOSITIVE = /^,\s+(?:(?:a|an|the|its|his|her)\s+)?((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)(?=[\s,.])/u;
const REPORTING_BEFORE = /\b(?:said|says|told|added|explained|according to|wrote|claimed)\s+$/;

/**
 * An unknown two-word name is a person when the text treats it as one: its
 * last word is used alone elsewhere ("Migendo said"), or it says something or
 * is introduced with an appositive ("Kalisa Migendo, 28, ...").
 */
function confirmed(ctx: NameContext, mention: Mention, all: readonly Mention[]): boolean {
  const words = nameWords(mention.text);
  // Long enough to reach "said" after an aside of up to 80 characters.
  const after = ctx.body.slice(mention.end, mention.end + 100);
  const before = ctx.body.slice(Math.max(0, mention.start - 20), mention.start);
  if (REPORTING_NEAR.test(after) || REPORTING_BEFORE.test(before) || /^,\s+\d{1,3},/.test(after)) return true;
  const appositive = ROLE_APPOSITIVE.exec(after);
  if (appositive && appositive[1]!.split(/\s+/).some(isRoleNoun)) return true;
  if (words.length < 2) return false;
  const surname = words.at(-1)!;
  return all.some((m) => m !== mention && m.text === surname);
}

/** The words of a name that can be used alone for it: not "Jr." or "III". */
const nameWords = (name: string) => name.split(/\s+/).filter((w) => !NAME_SUFFIXES.has(w.replace(/\.$/, "")));
const isCapitalized = (text: string) => /^\p{Lu}/u.test(text) && /\p{L}/u.test(text);
const POSSESSIVE = /['’]s?$/;

/** True when nothing but spaces separates two tokens (a name does not run across a comma). */
function joined(a: Token, b: Token): boolean {
  return /^\s*$/.test(a.post) && /^\s*$/.test(b.pre) && a.sentence === b.sentence;
}

interface Run {
  first: number;
  last: number;
}

/** Maximal runs of capitalized words, connectors allowed inside ("University of Oxford"). */
function capitalRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (!isCapitalized(token.text)) {
      i++;
      continue;
    }
    let last = i;
    // "el-Kadiri says": the particle before the capital belongs to the surname.
    const particle = tokens[i - 1];
    const start =
      particle !== undefined &&
      NAME_PARTICLES.has(particle.text) &&
      particle.post === "-" &&
      token.pre === "" &&
      particle.sentence === token.sentence
        ? i - 1
        : i;
    // A plural possessive inside an organization's name does not end it: "London Taxi Drivers’ Association".
    // "St. Brendan's Medical Center": a saint's possessive is part of the name that follows it.
    const possessiveEnds = (at: number) => {
      const t = tokens[at]!;
      const next = tokens[at + 1];
      if (!POSSESSIVE.test(t.text) || next === undefined) return POSSESSIVE.test(t.text);
      const saint = /^(?:St|Saint)$/.test(tokens[at - 1]?.text ?? "");
      return !(/s['’]$/.test(t.text) && ORG_HEADS[next.text] !== undefined) && !(saint && isCapitalized(next.text));
    };
    while (last + 1 < tokens.length && !possessiveEnds(last)) {
      const next = tokens[last + 1]!;
      const current = tokens[last]!;
      // "Dr." and "St." do not end a name.
      const abbreviation = ABBREVIATED.test(current.text) && /^\.\s+$/.test(current.post);
      // "Harriet M. Coyle", "T. J. Brandt": an initial does not end a name.
      const initial =
        /^\p{Lu}$/u.test(current.text) &&
        /^\.\s*$/.test(current.post) &&
        current.sentence === next.sentence &&
        isCapitalized(next.text);
      // "Baron-Cohen" is one name that compromise splits in two.
      const hyphenated = current.post === "-" && next.pre === "" && isCapitalized(next.text);
      // "Maha el-Kadiri": a lower-case particle joined to the surname by a hyphen.
      const after = tokens[last + 2];
      if (
        joined(current, next) &&
        NAME_PARTICLES.has(next.text) &&
        next.post === "-" &&
        after !== undefined &&
        after.pre === "" &&
        isCapitalized(after.text)
      ) {
        last += 2;
        continue;
      }
      // "Westfield Residents’ Association": the apostrophe of a plural possessive is written after the word.
      const pluralPossessive =
        /s$/.test(current.text) &&
        /^['’]\s+$/.test(current.post) &&
        ORG_HEADS[next.text] !== undefined &&
        current.sentence === next.sentence;
      if (!joined(current, next) && !abbreviation && !hyphenated && !initial && !pluralPossessive) break;
      if (isCapitalized(next.text)) {
        last++;
        continue;
      }
      // A connector joins only when a capitalized word follows it directly (maybe after "the").
      if (CONNECTORS.has(next.text) && next.text !== "the") {
        let k = last + 2;
        if (tokens[k]?.text === "the" && joined(next, tokens[k]!)) k++;
        // "Luis de la Vega", "Ruud van der Berg": two particles of a surname.
        else if (NAME_PARTICLES.has(next.text) && NAME_PARTICLES.has(tokens[k]?.text ?? "") && joined(next, tokens[k]!))
          k++;
        const after = tokens[k];
        // "Sleep and Circadian Neuroscience Institute": an organization word before or just after the connector.
        const runHasOrgWord =
          tokens.slice(i, last + 1).some((t) => ORG_HEADS[t.text] !== undefined) ||
          tokens
            .slice(k, k + 4)
            .findIndex(
              (t, j, ahead) => ORG_HEADS[t.text] !== undefined && ahead.slice(0, j).every((a) => isCapitalized(a.text)),
            ) >= 0;
        const allowed =
          next.text === "and" || next.text === "&" ? runHasOrgWord : next.text === "on" ? runHasOrgWord : true;
        if (
          after &&
          allowed &&
          isCapitalized(after.text) &&
          joined(tokens[k - 1]!, after) &&
          !NEVER_NAMES.has(after.text)
        ) {
          last = k;
          continue;
        }
      }
      break;
    }
    runs.push({ first: start, last });
    i = last + 1;
  }
  return runs;
}

export interface NameContext {
  body: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Lower-cased words the text uses in lower case somewhere ("staff", "octopus"). */
  lowercaseWords: ReadonlySet<string>;
  /** Capitalized words the text uses inside sentences, where a capital means a name. */
  capitalizedInside: ReadonlySet<string>;
  /** Names already looked up by `organizationByContext`, so each is searched for once. */
  organizationNames?: Map<string, boolean>;
}

/** The word sets of a NameContext, read once from the tokens. */
export function wordSets(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): Pick<NameContext, "lowercaseWords" | "capitalizedInside"> {
  const lowercaseWords = new Set<string>();
  const capitalizedInside = new Set<string>();
  tokens.forEach((t, i) => {
    if (/^\p{Ll}/u.test(t.text)) lowercaseWords.add(t.text);
    else if (isCapitalized(t.text) && sentences[t.sentence]?.firstToken !== i && !/[“"‘(]\s*$/.test(t.pre))
      capitalizedInside.add(t.text.replace(POSSESSIVE, ""));
  });
  return { lowercaseWords, capitalizedInside };
}

function startsSentence(ctx: NameContext, index: number): boolean {
  const token = ctx.tokens[index]!;
  const sentence = ctx.sentences[token.sentence]!;
  return (
    sentence.firstToken === index ||
    /[“"‘(\[—–-]\s*$/.test(token.pre) ||
    /[:;]\s*$/.test(ctx.tokens[index - 1]?.post ?? "")
  );
}

/** A word that is only capitalized because it starts a sentence ("Staff believe...", "Members of ..."). */
function ordinaryWord(ctx: NameContext, token: Token): boolean {
  if (NEVER_NAMES.has(token.text)) return true;
  if (ctx.capitalizedInside.has(token.text.replace(POSSESSIVE, ""))) return false;
  if (hasTag(token, "Person", "FirstName", "LastName", "Place", "Country", "City", "Organization", "Honorific"))
    return false;
  if (gazetteerKind(token.text) || ORG_HEADS[token.text]) return false;
  return (
    ctx.lowercaseWords.has(token.text.toLowerCase()) ||
    !hasTag(token, "ProperNoun") ||
    hasTag(token, "Determiner", "Pronoun", "Preposition", "Conjunction", "Adverb", "Verb", "QuestionWord", "Adjective")
  );
}

const PLACE_PREPOSITION =
  /\b(?:in|from|to|near|across|throughout|of|at|around|into|outside|inside|between|and)\s+(?:the\s+)?$/i;

/** "Elbe Wind’s chief executive", "shares in Severn Foods", "the privacy group Open Averill": the text treats the name as an organization. */
function organizationByContext(ctx: NameContext, name: string): boolean {
  let known = ctx.organizationNames?.get(name);
  if (known !== undefined) return known;
  known = false;
  for (let at = ctx.body.indexOf(name); at >= 0 && !known; at = ctx.body.indexOf(name, at + 1)) {
    if (
      ORG_CONTEXT_AFTER.test(ctx.body.slice(at + name.length, at + name.length + 40)) ||
      ORG_CONTEXT_BEFORE.test(ctx.body.slice(Math.max(0, at - 40), at))
    )
      known = true;
  }
  ctx.organizationNames?.set(name, known);
  return known;
}

function classify(ctx: NameContext, words: readonly Token[], name: string, lastIndex: number): Classified | undefined {
  const last = words.at(-1)!;
  const head = last.text.replace(POSSESSIVE, "");
  if (gazetteerKind(name)) return "place";
  // "Port Averill", "Lake Orrin", "Mount Kenya": a place word first.
  if (words.length > 1 && PLACE_PREFIXES.has(words[0]!.text) && !words.some((w) => ORG_HEADS[w.text] !== undefined))
    return "place";
  if (words.length > 1 && !words.some((w) => hasTag(w, "FirstName")) && organizationByContext(ctx, name))
    return "organization";
  if (
    NATIONALITIES.has(name) ||
    (words.length === 1 &&
      /(?:an|ese|ish)$/.test(name) &&
      hasTag(words[0], "Adjective", "ProperNoun") &&
      /^\s*$/.test(last.post) &&
      /^\p{Ll}/u.test(ctx.body.slice(last.end + 1, last.end + 2)))
  )
    return undefined;
  if (words.length > 1 && PLACE_HEADS[head] !== undefined && !words.some((w) => ORG_HEADS[w.text] !== undefined))
    return "place";
  if (ORG_HEADS[head] !== undefined && words.length > 1) return "organization";
  // "University of Oxford", "National Aquarium of New Zealand", "Institute for Fiscal Studies".
  if (words.some((w, i) => ORG_HEADS[w.text] !== undefined && /^(?:of|for)$/.test(words[i + 1]?.text ?? "")))
    return "organization";
  if (words.some((w) => CONNECTORS.has(w.text) && w.text !== "of" && !NAME_PARTICLES.has(w.text))) return undefined;
  const tagged = (...tags: string[]) => words.some((w) => hasTag(w, ...tags));
  const next = ctx.tokens[lastIndex + 1];
  // "Mayfair restaurants": a name used as a modifier is not an organization the article is about.
  const modifier =
    /^\s*$/.test(last.post) && next !== undefined && /^\p{Ll}/u.test(next.text) && hasTag(next, "Plural");
  if (
    words.every((w) => hasTag(w, "Organization")) &&
    !tagged("Person", "FirstName", "Adjective") &&
    !modifier &&
    !(words.length === 1 && ORG_HEADS[head])
  )
    return "organization";
  if (words.length >= 2 && words.length <= 4 && !tagged("Place", "Country", "City", "Organization")) {
    if (tagged("FirstName", "Honorific") || (tagged("LastName") && words.length >= 2)) return "person";
  }
  if (words.length === 1 && tagged("FirstName", "LastName") && !tagged("Place", "Country", "City", "Organization"))
    return "person";
  const placeTagged = words.every((w) => hasTag(w, "Place", "Country", "City", "Region"));
  // Beyond the gazetteer, a place needs a preposition before it ("in Butare"), not an adjective use ("Moroccan city").
  if (placeTagged && PLACE_PREPOSITION.test(ctx.body.slice(Math.max(0, words[0]!.start - 20), words[0]!.start)))
    return "place";
  // "properties in Silver Fork": two capitalized words no list knows, after "in" and not a known first name, are a town.
  if (
    words.length === 2 &&
    /(?:^|\s)in\s+$/.test(ctx.body.slice(Math.max(0, words[0]!.start - 4), words[0]!.start)) &&
    !tagged("FirstName", "Person", "Honorific", "Organization") &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text)) &&
    !/^\s*\p{Lu}/u.test(ctx.body.slice(last.end, last.end + 2))
  )
    return "place";
  // "Holger von Neuhoff": a particle inside a name is part of it.
  const particleInside = (w: Token, i: number) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w.text);
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(
      (w, i) =>
        particleInside(w, i) ||
        (hasTag(w, "ProperNoun") && !hasTag(w, "Verb", "Gerund", "Adjective", "Place") && !/^\p{Lu}+$/u.test(w.text)),
    )
  )
    return "maybe-person";
  // "free for public schools in Riverton": a town the library does not know, used on its own after "in".
  if (words.length === 1 && unknownTownAfterIn(ctx, words[0]!, next)) return "place";
  // A lone unknown capitalized word may be a surname used later ("Migendo", "Nusbaum’s clients").
  if (
    words.length === 1 &&
    (hasTag(words[0], "ProperNoun") || ctx.capitalizedInside.has(head)) &&
    !hasTag(words[0], "Place", "Organization", "Acronym")
  )
    return "maybe-person";
  return undefined;
}

/**
 * A lone word after "in" that no list knows and nothing marks as a person,
 * a language or a nationality, not followed by another name or a noun it
 * would modify ("in Riverton." but not "in Riverton schools").
 */
function unknownTownAfterIn(ctx: NameContext, word: Token, next: Token | undefined): boolean {
  const preposition = /(?:^|\s)(in|at|near|from|outside)\s+$/.exec(
    ctx.body.slice(Math.max(0, word.start - 8), word.start),
  )?.[1];
  if (!preposition) return false;
  if (
    hasTag(
      word,
      "Person",
      "FirstName",
      "LastName",
      "MaleName",
      "FemaleName",
      "Honorific",
      "Organization",
      "Acronym",
      "Adjective",
      "Date",
      "Value",
      "Verb",
    )
  )
    return false;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word.text) || NATIONALITIES.has(word.text) || /(?:ish|ese|ian|ic)$/.test(word.text))
    return false;
  // "a letter from Okafor": after anything but "in", a word some full name ends with is that person (the word is letters only here).
  if (preposition !== "in" && new RegExp(`\\p{Lu}[\\p{Ll}’'-]+\\s+${word.text}\\b`, "u").test(ctx.body)) return false;
  if (ORG_HEADS[word.text] !== undefined || PLACE_HEADS[word.text] !== undefined || TITLES.has(word.text)) return false;
  if (!next || !/^\s*$/.test(word.post)) return true;
  return (
    !isCapitalized(next.text) &&
    !(hasTag(next, "Noun") && !hasTag(next, "Conjunction", "Preposition", "Verb", "Pronoun"))
  );
}

const PERSON_NEXT = new RegExp(
  `^(?:,\\s+(?:who|whose|\\d{1,3},|(?:(?:a|an|the|his|her|its)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}(?:${[...ROLE_NOUNS].join("|")})\\b)|\\s+(?:said|says|told|added|explained|recalled|argued|warned|wrote)\\b)`,
  "u",
);

/** Two or three capitalized words, initials allowed, none of them the head of an organization or place name. */
function looksLikeFullName(words: readonly Token[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (
    words.some((w) => ORG_HEADS[w.text] !== undefined || PLACE_HEADS[w.text] !== undefined || NEVER_NAMES.has(w.text))
  )
    return false;
  if (gazetteerKind(words.map((w) => w.text).join(" "))) return false;
  const last = words.at(-1)!.text;
  return (
    /^\p{Lu}[\p{Ll}’'-]+$/u.test(last) &&
    words
      .slice(0, -1)
      .every((w) => /^\p{Lu}(?:[\p{Ll}’'-]+)?$/u.test(w.text) || NAME_PARTICLES.has(w.text.toLowerCase()))
  );
}

/**
 * "Judge Harriet M. Coyle of Linn Valley Circuit Court": a run that starts
 * with a title holds a person, and what follows "of", "at" or "for" is
 * where they work, not more of the name.
 */
function splitTitledRuns(ctx: NameContext, runs: Run[]): Run[] {
  return runs.flatMap((run) => {
    const first = ctx.tokens[run.first]!;
    const titled = TITLES.has(first.text) || HONORIFICS.has(first.text) || TITLE_PARTS.has(first.text);
    for (let k = run.first + 2; k < run.last; k++) {
      if (!/^(?:of|at|for)$/.test(ctx.tokens[k]!.text)) continue;
      // "Minister for Arts" is a title: a name must stand between the title and "of".
      const before = ctx.tokens.slice(run.first, k);
      if (before.every((t) => TITLES.has(t.text) || HONORIFICS.has(t.text) || TITLE_PARTS.has(t.text))) continue;
      // Or a first name the library knows, and an organization or place after: "Priscilla Van Doren of the Wisconsin Innocence Clinic".
      const after = ctx.tokens.slice(k + 1, run.last + 1);
      const named =
        hasTag(first, "FirstName") &&
        after.some((t) => ORG_HEADS[t.text] !== undefined || PLACE_HEADS[t.text] !== undefined || hasTag(t, "Place"));
      if (titled || named)
        return [
          { first: run.first, last: k - 1 },
          { first: after[0]?.text === "the" ? k + 2 : k + 1, last: run.last },
        ];
    }
    return [run];
  });
}

/** Every mention of a person, organization or place the rules recognise, in text order. */
export function findMentions(ctx: NameContext): Mention[] {
  const mentions: Mention[] = [];
  const unclassified: Omit<Mention, "kind">[] = [];
  for (const run of splitTitledRuns(ctx, capitalRuns(ctx.tokens))) {
    let first = run.first;
    let last = run.last;
    let title: string | undefined;
    // What follows says a person is named: ", who", ", a teacher", ", 46,", "said".
    const personNext = PERSON_NEXT.test(ctx.body.slice(ctx.tokens[last]!.end, ctx.tokens[last]!.end + 40));
    // "Amara Nwosu, a junior, said": a first name the library does not know still starts the name.
    // "A. C. Drummond Jr.": "A" or "I" followed by another initial is an initial too.
    const twoInitials = (i: number) =>
      i + 1 < last && /^\p{Lu}$/u.test(ctx.tokens[i + 1]!.text) && /^\./.test(ctx.tokens[i + 1]!.post);
    const initial = (i: number) =>
      /^\p{Lu}$/u.test(ctx.tokens[i]!.text) &&
      /^\./.test(ctx.tokens[i]!.post) &&
      i < last &&
      (!NEVER_NAMES.has(ctx.tokens[i]!.text) || twoInitials(i));
    const unknownFirstName = (i: number) =>
      initial(i) ||
      (personNext &&
        i < last &&
        !NEVER_NAMES.has(ctx.tokens[i]!.text) &&
        !ctx.lowercaseWords.has(ctx.tokens[i]!.text.toLowerCase()) &&
        /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[i]!.text) &&
        !hasTag(ctx.tokens[i], "Verb", "Adverb", "Adjective", "Determiner", "Preposition", "Plural"));
    // "A Anna Schmidt": an article or a pronoun never starts a name, wherever it stands.
    while (
      first < last &&
      /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|His|Her|Its|Their|Our|My)$/.test(
        ctx.tokens[first]!.text,
      ) &&
      !initial(first)
    )
      first++;
    // A capital that only starts a sentence is not part of the name.
    // "Severn Foods’ shares ...": a word before the head of an organization's or place's name is part of it.
    const beforeHead = (i: number) =>
      i < last &&
      !NEVER_NAMES.has(ctx.tokens[i]!.text) &&
      ctx.tokens.slice(i, last + 1).every((t) => isCapitalized(t.text)) &&
      [ctx.tokens[last]!.text.replace(POSSESSIVE, "")].some(
        (h) => ORG_HEADS[h] !== undefined || PLACE_HEADS[h] !== undefined,
      );
    // "Osei-Bonsu acknowledged ...": a hyphenated name at a sentence's start is a name.
    const hyphenName = (i: number) => i < last && ctx.tokens[i]!.post === "-" && isCapitalized(ctx.tokens[i + 1]!.text);
    while (
      first <= last &&
      startsSentence(ctx, first) &&
      ordinaryWord(ctx, ctx.tokens[first]!) &&
      !TITLES.has(ctx.tokens[first]!.text) &&
      !unknownFirstName(first) &&
      !beforeHead(first) &&
      !hyphenName(first)
    )
      first++;
    // "Dr.", "Mayor", "Board President", "Deputy District Attorney": the title runs to its last title word.
    let titleEnd = -1;
    for (let k = first; k < last && k < first + 4; k++) {
      const word = ctx.tokens[k]!.text;
      if (TITLES.has(word) || HONORIFICS.has(word)) titleEnd = k;
      else if (!TITLE_PARTS.has(word)) break;
    }
    // "General Motors" is a company, not a general called Motors.
    const head = ctx.tokens[last]!.text.replace(POSSESSIVE, "");
    if (titleEnd >= first && ORG_HEADS[head] === undefined && PLACE_HEADS[head] === undefined) {
      const end = ctx.tokens[titleEnd]!;
      title = ctx.body.slice(ctx.tokens[first]!.start, end.end + (/^\./.test(end.post) ? 1 : 0));
      first = titleEnd + 1;
      // "Minister for Arts", "CEO of Pedego": a title followed by "for" or "of" is a role, not a name.
      if (first <= last && CONNECTORS.has(ctx.tokens[first]!.text)) continue;
    }
    // "Members of the Wildlife Conservation Society": what is left after the dropped word starts at the capital.
    if (first > run.first)
      while (
        first <= last &&
        !isCapitalized(ctx.tokens[first]!.text) &&
        !(NAME_PARTICLES.has(ctx.tokens[first]!.text) && ctx.tokens[first]!.post === "-")
      )
        first++;
    if (first > last) continue;
    // "CEO of Pedego": a title followed by "of" is a role, not part of a name.
    if (CONNECTORS.has(ctx.tokens[first]!.text)) continue;
    // Trailing words that are not names: "Google Tuesday", "Kelley I".
    while (last > first && NEVER_NAMES.has(ctx.tokens[last]!.text)) last--;
    const words = ctx.tokens.slice(first, last + 1);
    if (
      words.length === 1 &&
      (NEVER_NAMES.has(words[0]!.text) || TITLES.has(words[0]!.text) || HONORIFICS.has(words[0]!.text))
    )
      continue;
    const start = words[0]!.start;
    const lastWord = words.at(-1)!;
    const possessive = POSSESSIVE.exec(lastWord.text)?.[0] ?? "";
    // "Martin Ruiz Jr.": the suffix keeps its full stop.
    const end =
      lastWord.end - possessive.length + (NAME_SUFFIXES.has(lastWord.text) && ctx.body[lastWord.end] === "." ? 1 : 0);
    if (end <= start) continue;
    const text = ctx.body.slice(start, end);
    const classified =
      title && words.length <= 3
        ? "person"
        : (classify(ctx, words, text, last) ?? (personNext && looksLikeFullName(words) ? "maybe-person" : undefined));
    if (!classified) {
      unclassified.push({ start, end, text, sentence: lastWord.sentence, firstToken: first, lastToken: last });
      continue;
    }
    // "Noor 1" is a power plant, not a woman called Noor.
    if (/^\s*\d/.test(ctx.body.slice(end, end + 3))) continue;
    const kind = classified === "maybe-person" ? "person" : classified;
    mentions.push({
      start,
      end,
      text,
      kind,
      title,
      sentence: lastWord.sentence,
      firstToken: first,
      lastToken: last,
      ...(classified === "maybe-person" ? { unconfirmed: true } : {}),
    });
  }
  // "Osei-Bonsu acknowledged ...": a word nothing marks as a name is one when it is the surname of someone named in full.
  const surnames = new Set(
    mentions
      .filter((m) => m.kind === "person" && !m.unconfirmed && nameWords(m.text).length > 1)
      .map((m) => nameWords(m.text).at(-1)!),
  );
  for (const run of unclassified) if (surnames.has(run.text)) mentions.push({ ...run, kind: "person" });
  return mentions.sort((a, b) => a.start - b.start);
}

// --- Entities -------------------------------------------------------------

export interface Entities {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  /** Mentions with their entity ids resolved (people's bare surnames included). */
  mentions: Mention[];
}

function idFor(prefix: string, name: string, used: Set<string>): string {
  const base = `${prefix}-${
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  }`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** "Harbor High School", "Lincoln Elementary School": schools for children, not universities. */
const CHILDREN_SCHOOL =
  /\b(?:High|Elementary|Primary|Middle|Secondary|Grammar|Junior|Nursery|Infant|Infants|Kindergarten)\s+(?:School|Academy)$/;

const ORG_KIND = (name: string): OrganizationKind => {
  if (CHILDREN_SCHOOL.test(name) || /\bElementary$/.test(name)) return "school";
  const words = name.split(/\s+/);
  for (const word of [words.at(-1)!, ...words]) {
    const kind = ORG_HEADS[word];
    if (kind) return kind;
  }
  return "other";
};

function placeKind(ctx: NameContext, name: string, tokens: readonly Token[]): PlaceKind {
  const known = gazetteerKind(name);
  if (known) return known;
  // "the town of Heron Bay", "Heron Bay Town Council", "Tewford’s mayor": the text says it is a town.
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (new RegExp(TOWN_CONTEXT.replace(/NAME/g, escaped), "u").test(ctx.body)) return "town";
  const head = PLACE_HEADS[name.split(/\s+/).at(-1)!];
  if (head) return head;
  if (tokens.some((t) => hasTag(t, "Country"))) return "country";
  if (tokens.some((t) => hasTag(t, "City"))) return "city";
  // One word no list knows, read as a place from "in Riverton": small towns are what the lists miss (cities are in the gazetteer).
  if (tokens.length === 1 && !hasTag(tokens[0], "Place", "Region")) return "town";
  return "region";
}

interface PersonDraft {
  person: Person;
  words: string[];
  /** How often each one-word form is used alone: the commonest becomes the short name. */
  shortUses: Map<string, number>;
  /** Initials written for the full name: other names, never the short name. */
  initials: Set<string>;
}

/**
 * Turns mentions into entities. People are keyed by full name; a lone
 * surname or first name later on is the same person when exactly one person
 * has it. A lone word nobody was introduced with is a person only when the
 * library is sure (a first or last name it knows) or a title precedes it.
 */
export function resolveEntities(ctx: NameContext, mentions: Mention[]): Entities {
  const used = new Set<string>();
  const drafts: PersonDraft[] = [];
  const organizations = new Map<string, Organization>();
  const places = new Map<string, Place>();
  const placeByName = new Map<string, Place>();

  // Unknown two-word names count only when the text confirms they are people.
  mentions = mentions.filter((m) => !m.unconfirmed || m.text.includes(" ") === false || confirmed(ctx, m, mentions));
  // Full names first (longest first, so "Van Doren" is the end of "Priscilla Van Doren", not a person of its own),
  // so a surname that appears before its full name still resolves.
  const longestFirst = mentions
    .filter((m) => m.kind === "person")
    .sort((a, b) => b.text.length - a.text.length || a.start - b.start);
  // "A. C. Drummond Jr." is "Augustus Cole Drummond Jr." when the initials are his given names' first letters.
  const byInitials = (text: string) => {
    const words = text.split(/\s+/);
    const suffix = NAME_SUFFIXES.has((words.at(-1) ?? "").replace(/\.$/, "")) ? words.pop() : undefined;
    const surname = words.pop();
    if (!surname || words.length === 0 || !words.every((w) => /^\p{Lu}\.?$/u.test(w))) return undefined;
    const initials = words.map((w) => w[0]).join("");
    return drafts.find((d) => {
      const theirs = d.person.name.split(/\s+/);
      const theirSuffix = NAME_SUFFIXES.has((theirs.at(-1) ?? "").replace(/\.$/, "")) ? theirs.pop() : undefined;
      return (
        d.person.name !== text &&
        theirSuffix === suffix &&
        theirs.pop() === surname &&
        theirs.map((w) => w[0]).join("") === initials
      );
    });
  };
  const tailOf = (text: string) =>
    drafts.find((d) => d.person.name.endsWith(` ${text}`) && d.person.name !== text) ?? byInitials(text);
  for (const mention of longestFirst) {
    const words = nameWords(mention.text);
    if (words.length < 2 || tailOf(mention.text)) continue;
    if (!drafts.some((d) => d.person.name === mention.text)) {
      drafts.push({
        person: { id: "", name: mention.text, evidence: { start: mention.start, end: mention.end } },
        words,
        shortUses: new Map(),
        initials: new Set(),
      });
    }
  }
  // Drafts were made longest first; ids and order follow the text.
  drafts.sort((a, b) => a.person.evidence.start - b.person.evidence.start);
  for (const d of drafts) d.person.id = idFor("p", d.person.name, used);
  const byOneWord = (word: string) =>
    drafts.filter((d) => d.words.length > 1 && (d.words.at(-1) === word || d.words[0] === word));

  const resolved: Mention[] = [];
  for (const mention of mentions) {
    if (mention.kind === "person") {
      const words = nameWords(mention.text);
      if (words.length >= 2) {
        const exact = drafts.find((d) => d.person.name === mention.text);
        const owner = exact ?? tailOf(mention.text);
        if (!owner) continue;
        // A tail ("Van Doren") may be how the article calls them; initials ("A. C. Drummond Jr.") are another name only.
        if (!exact && /^(?:\p{Lu}\.?\s+)+/u.test(mention.text)) owner.initials.add(mention.text);
        else if (!exact) owner.shortUses.set(mention.text, (owner.shortUses.get(mention.text) ?? 0) + 1);
        resolved.push({ ...mention, entity: owner.person.id });
        continue;
      }
      const owners = byOneWord(mention.text);
      if (owners.length === 1) {
        const owner = owners[0]!;
        owner.shortUses.set(mention.text, (owner.shortUses.get(mention.text) ?? 0) + 1);
        resolved.push({ ...mention, entity: owner.person.id });
        continue;
      }
      if (owners.length > 1) continue;
      // A lone name: kept when the library knows it as a name or a title precedes it, and the text treats it as a person.
      const token = ctx.tokens[mention.firstToken]!;
      const sure =
        !mention.unconfirmed &&
        (mention.title !== undefined ||
          (hasTag(token, "FirstName", "LastName", "MaleName", "FemaleName") && confirmed(ctx, mention, mentions)));
      if (!sure) continue;
      let draft = drafts.find((d) => d.person.name === mention.text);
      if (!draft) {
        draft = {
          person: {
            id: idFor("p", mention.text, used),
            name: mention.text,
            evidence: { start: mention.start, end: mention.end },
          },
          words,
          shortUses: new Map(),
          initials: new Set(),
        };
        drafts.push(draft);
      }
      resolved.push({ ...mention, entity: draft.person.id });
    } else if (mention.kind === "organization") {
      let org = organizations.get(mention.text);
      if (!org) {
        org = {
          id: idFor("o", mention.text, used),
          name: mention.text,
          kind: ORG_KIND(mention.text),
          evidence: { start: mention.start, end: mention.end },
        };
        organizations.set(mention.text, org);
      }
      resolved.push({ ...mention, entity: org.id });
    } else {
      const names = samePlaceNames(mention.text);
      let place = names.map((n) => placeByName.get(n)).find((p) => p !== undefined);
      if (!place) {
        const words = ctx.tokens.slice(mention.firstToken, mention.lastToken + 1);
        place = {
          id: idFor("pl", mention.text, used),
          name: mention.text,
          kind: placeKind(ctx, mention.text, words),
          evidence: { start: mention.start, end: mention.end },
        };
        const aliases = names.filter((n) => n !== mention.text);
        if (aliases.length > 0) place.aliases = aliases;
        places.set(mention.text, place);
        for (const n of names) placeByName.set(n, place);
      }
      resolved.push({ ...mention, entity: place.id });
    }
  }

  const people = drafts
    .filter((d) => resolved.some((m) => m.entity === d.person.id))
    .map((d) => {
      const [shortName] = [...d.shortUses.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
      const others = [...d.shortUses.keys(), ...d.initials].filter((k) => k !== shortName);
      return { ...d.person, ...(shortName ? { shortName } : {}), ...(others.length ? { aliases: others } : {}) };
    });

  // "National Aquarium" and "National Aquarium of New Zealand" are one organization: the shorter is another name of the longer.
  const orgList = [...organizations.values()];
  for (const short of orgList) {
    const long = orgList.find(
      (o) => o !== short && (o.name.startsWith(`${short.name} `) || o.name.endsWith(` ${short.name}`)),
    );
    if (!long) continue;
    long.aliases = [...(long.aliases ?? []), short.name];
    organizations.delete(short.name);
    for (const m of resolved) if (m.entity === short.id) m.entity = long.id;
    if (short.evidence.start < long.evidence.start) long.evidence = short.evidence;
  }
  // An acronym in brackets right after an organization's name is another name of it: "(MSPA)".
  for (const org of organizations.values()) {
    const after = ctx.body.slice(org.evidence.end, org.evidence.end + 16);
    const acronym = /^\s*\(([A-Z][A-Z&]{1,7})\)/.exec(after)?.[1];
    if (acronym) org.aliases = [...(org.aliases ?? []), acronym];
  }

  return { people, organizations: [...organizations.values()], places: [...places.values()], mentions: resolved };
}

// --- Roles ------------------------------------------------------------------

const LOWER_WORD = "[\\p{Ll}][\\p{Ll}\\-]*";
// ", a research fellow at ", ", national manager of the ", ", who ..."
const APPOSITIVE = new RegExp(
  `^,\\s+(?:(?:a|an|the|its|his|her|their|our)\\s+)?((?:${LOWER_WORD}\\s+){0,4}?${LOWER_WORD})(?:\\s+(of|in)\\s+((?:${LOWER_WORD}\\s+){0,2}?${LOWER_WORD}))?(?=\\s*(?:,|\\.|$|\\s(?:at|of|for|from|with|in|on)\\s))`,
  "u",
);
const AFFILIATION = /^\s+(?:at|of|for|from|with|in|on)\s+(?:the\s+)?/;

export interface RoleFinding {
  personId: string;
  role?: string;
  affiliation?: string;
  /** The mention the role is read from: the person's evidence. */
  mention: Mention;
}

// "limnologist", "pediatrician", "photographer": professions the list need not spell out.
const isRoleNoun = (word: string) =>
  ROLE_NOUNS.has(word.toLowerCase()) || /^\p{Ll}{4,}(?:ologist|ographer|ician|iatrist)$/u.test(word);

/**
 * Roles and affiliations: "X, a research fellow at Y", "X, from the
 * University of Essex", "President X", "psychologist X". The first one
 * found for a person wins.
 */
export function findRoles(ctx: NameContext, entities: Entities): RoleFinding[] {
  const found = new Map<string, RoleFinding>();
  const orgAt = new Map<number, Mention>();
  for (const m of entities.mentions) if (m.kind === "organization") orgAt.set(m.start, m);
  const personIds = new Set(entities.people.map((p) => p.id));

  for (const mention of entities.mentions) {
    if (mention.kind !== "person" || !mention.entity || !personIds.has(mention.entity) || found.has(mention.entity))
      continue;
    const sentence = ctx.sentences[mention.sentence]!;
    const after = ctx.body.slice(mention.end, sentence.end);
    let role: string | undefined;
    let affiliation: string | undefined;
    let afterRole = -1;

    const appositive = APPOSITIVE.exec(after);
    if (appositive) {
      const phrase = appositive[1]!;
      const last = phrase.split(/\s+/).at(-1)!;
      if (isRoleNoun(last)) {
        role = appositive[3] ? `${phrase} ${appositive[2]} ${appositive[3]}` : phrase;
        afterRole = appositive[0].length;
      }
    }
    // ", from the University of Essex," or the affiliation after the role.
    const affiliationFrom = afterRole >= 0 ? afterRole : /^,/.test(after) ? 1 : -1;
    if (affiliationFrom >= 0) {
      const rest = after.slice(affiliationFrom);
      const prep = (afterRole >= 0 ? AFFILIATION : new RegExp(`^\\s*(?:from|of|at|with)\\s+(?:the\\s+)?`)).exec(rest);
      if (prep) {
        const org = orgAt.get(mention.end + affiliationFrom + prep[0].length);
        if (org?.entity) affiliation = org.entity;
      }
    }
    // "Mayor", "Judge", "Sen." say what the person is; "Dr." and "Ms." do not.
    const title = mention.title?.replace(/\.$/, "");
    if (!role && title && !HONORIFICS.has(title)) role = mention.title;
    if (!role) {
      // "psychologist Barbara Nusbaum", "Japanese prime minister Shinzo Abe".
      const before = ctx.body.slice(sentence.start, mention.start - (mention.title ? mention.title.length + 1 : 0));
      const words = /((?:[\p{L}\-]+\s+){1,3})$/u.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
      const roleWords: string[] = [];
      for (let i = words.length - 1; i >= 0; i--) {
        const w = words[i]!;
        if (
          !/^\p{Ll}[\p{Ll}\-]*$/u.test(w) ||
          /^(?:the|a|an|said|says|and|of|to|by|with|for|from|as|at|in|on|told|is|was|his|her|their|our)$/.test(w)
        )
          break;
        roleWords.unshift(w);
      }
      // "Council member Helen Brooks", "Board chair ...": the body the person belongs to is part of the role,
      // but only a lone capitalized organization word, not the tail of a longer name.
      const body = words[words.length - 1 - roleWords.length];
      const beforeBody = words[words.length - 2 - roleWords.length];
      if (
        roleWords.length > 0 &&
        body !== undefined &&
        ORG_HEADS[body] !== undefined &&
        (beforeBody === undefined || !isCapitalized(beforeBody))
      )
        roleWords.unshift(body);
      if (roleWords.length > 0 && isRoleNoun(roleWords.at(-1)!) && !NATIONALITIES.has(roleWords[0]!))
        role = roleWords.join(" ");
    }
    if (role || affiliation) {
      found.set(mention.entity, {
        personId: mention.entity,
        ...(role ? { role } : {}),
        ...(affiliation ? { affiliation } : {}),
        mention,
      });
    }
  }
  return [...found.values()];
}

/** "he" or "she" can only be this person when the first name does not say otherwise (compromise knows common first names). */
export function genderAllows(ctx: NameContext, mention: Mention, pronoun: string): boolean {
  const first = ctx.tokens[mention.firstToken];
  const he = /^he$/i.test(pronoun);
  if (mention.title && /^(?:Mrs|Ms|Miss|Dame|Queen|Princess|Lady)\.?$/.test(mention.title)) return !he;
  if (mention.title && /^(?:Mr|Sir|King|Prince|Lord)\.?$/.test(mention.title)) return he;
  if (!first) return true;
  if (first.tags.has("FemaleName") && !first.tags.has("MaleName")) return !he;
  if (first.tags.has("MaleName") && !first.tags.has("FemaleName")) return he;
  return true;
}
