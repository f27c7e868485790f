/**
 * Turning a clause of the article into a question in other words: subject–
 * auxiliary inversion ("the aquarium has no plans …" → "does the aquarium
 * have no plans …"), with "do" support for a plain verb. Everything works on
 * compromise's tokens of the clause; anything unsure gives undefined, and no
 * question is asked rather than a clumsy one.
 */
import nlp from "compromise";
import { hasTag, type Token } from "./tokens";

export const AUXILIARIES = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "should",
  "may",
  "might",
  "must",
  "do",
  "does",
  "did",
]);

/** "sold" → "sell", via compromise; undefined when it cannot tell. After a subject, so "closed" reads as a verb, not an adjective. */
export function infinitive(verb: string): string | undefined {
  const result = nlp(`they ${verb}`).verbs().toInfinitive().text().trim().split(/\s+/).at(-1) ?? "";
  return result !== "" && /^[a-z-]+$/i.test(result) && result.toLowerCase() !== "they" ? result : undefined;
}

/**
 * Lower-cases a leading "The"/"A" so the subject reads inside a question; names keep their capital, and so
 * does a word the body writes with a capital after a lower-case word ("the satellite Kestrel": "How many
 * cubes long is Kestrel?", not "kestrel").
 */
export function subjectInQuestion(subject: string, first: Token | undefined, body = ""): string {
  if (first && hasTag(first, "ProperNoun", "Person", "Organization", "Place") && !/^(?:The|A|An)$/.test(first.text))
    return subject;
  const word = /^\p{Lu}\p{L}+(?![\p{L}’'-])/u.exec(subject)?.[0] ?? "";
  if (
    word !== "" &&
    !/^(?:The|A|An|This|That|These|Those)$/.test(word) &&
    new RegExp(`[\\p{Ll},;] ${word}(?!\\p{L})`, "u").test(body)
  )
    return subject;
  return subject.charAt(0).toLowerCase() + subject.slice(1);
}

const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|these|those|there|which|who)$/i;

export interface Inverted {
  /** "does the aquarium have no plans to step up security" */
  clause: string;
  /** The subject as written, and where it is. */
  subject: string;
  subjectStart: number;
}

/**
 * The clause [tokens] as the body of a question: "Why <result>?". The
 * subject may be replaced (a pronoun by its referent) with `subject`.
 * Undefined unless the clause is plainly "<subject> <verb group> <rest>".
 */
export function invert(body: string, tokens: readonly Token[], end: number, subject?: string): Inverted | undefined {
  // The first verb after a noun: "closely cut verges offer …" — "cut" before "verges", with no noun yet, describes them.
  const v = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      hasTag(t, "Verb", "Auxiliary", "Modal", "Copula") &&
      !hasTag(t, "Gerund", "Participle") &&
      !/^(?:to)$/i.test(t.text) &&
      (tokens.slice(0, i).some((s) => hasTag(s, "Noun", "Pronoun", "ProperNoun")) || !hasTag(tokens[i + 1], "Noun")),
  );
  if (v <= 0 || v > 8) return undefined;
  const subjectTokens = tokens.slice(0, v);
  // A verb inside the subject only as a modifier of the noun after it ("cut verges").
  const modifier = (i: number) => hasTag(subjectTokens[i + 1], "Noun");
  if (
    subjectTokens.some(
      (t, i) =>
        (hasTag(t, "Verb") && !modifier(i)) || /^(?:and|or|but|because|so|when|if|while|although)$/i.test(t.text),
    )
  )
    return undefined;
  if (!subjectTokens.some((t) => hasTag(t, "Noun", "Pronoun", "ProperNoun"))) return undefined;
  const written = body.slice(subjectTokens[0]!.start, subjectTokens.at(-1)!.end);
  // "There are many people …" → "are there many people …": an empty subject that needs no naming.
  if (subject === undefined && subjectTokens.length === 1 && PRONOUN.test(written) && !/^there$/i.test(written))
    return undefined;
  const who = subject ?? subjectInQuestion(written, subjectTokens[0], body);
  const verb = tokens[v]!;
  const word = verb.text.toLowerCase();
  const negative = /n['’]t$/.test(word);
  const bare = word
    .replace(/n['’]t$/, "")
    .replace(/^ca$/, "can")
    .replace(/^wo$/, "will");
  // The word after the verb, past any adverb ("have actually been"): does a verb follow, making this an auxiliary?
  const next = tokens.slice(v + 1).find((t) => !hasTag(t, "Adverb"));
  let head: string;
  let restStart: number;
  if (
    AUXILIARIES.has(bare) &&
    !(/^(?:has|have|had)$/.test(bare) && !(next && hasTag(next, "Verb", "Auxiliary", "Negative")))
  ) {
    head = `${bare}${negative ? "n’t" : ""} ${who}`;
    restStart = verb.end;
  } else {
    // A plain verb, or "has" meaning "owns": "do" support.
    const base = /^(?:has|have|had)$/.test(bare) ? "have" : infinitive(verb.text);
    if (!base || negative) return undefined;
    const does = hasTag(verb, "PastTense")
      ? "did"
      : /^has$/.test(bare) || (hasTag(verb, "PresentTense") && /s$/.test(word) && !/ss$/.test(word))
        ? "does"
        : "do";
    head = `${does} ${who} ${base}`;
    restStart = verb.end;
  }
  const rest = body
    .slice(restStart, end)
    .replace(/[.!?,;:\s]+$/, "")
    .trim();
  if (rest === "" || /[“”"]/.test(rest)) return undefined;
  return { clause: `${head} ${rest}`.replace(/\s+/g, " "), subject: written, subjectStart: subjectTokens[0]!.start };
}
