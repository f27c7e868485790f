/**
 * Cause and effect, and purpose, where the article says so in words:
 * "because", "so", "as a result", "therefore", "in order to", within a
 * sentence or across two neighbouring ones. Each becomes a "Why …?"
 * question made from the effect by inversion ("Why are octopuses able to
 * fit into extremely small spaces?"), answered by the cause as a sentence
 * of its own ("Octopuses have no bones."). The wrong answers are other
 * statements of the same passage: true, but not the reason.
 */
import type { Document } from "./document";
import type { CauseFact, Quote } from "../article";
import { asSentence, contentWords, wordSimilarity } from "../quiz";
import { invert } from "./grammar";
import { stem } from "./words";
import type { Mention } from "./entities";
import type { PronounResolver } from "./pronouns";
import { hasTag, type Sentence, type Token } from "./tokens";

interface CauseContext {
  body: string;
  tokens: readonly Token[];
  /** The article's own sentences (not inside quotation marks). */
  sentences: readonly Sentence[];
  /** Person mentions with resolved ids, in text order. */
  people: readonly Mention[];
  /** Sentences of quotations, each with who said it: their reasons are asked "According to X, why …?". */
  quoted: readonly { sentence: Sentence; speaker: string }[];
  pronoun: PronounResolver;
  /** The name of the person a mention id stands for. */
  personName(id: string): string | undefined;
}

interface Clause {
  start: number;
  end: number;
}

const REPORTED =
  "said|says|explained|explains|argued|argues|believes|believed|added|noted|notes|insisted|insists|claimed|claims|told [^,]{2,40}?\\s+that";

interface Relation {
  kind: CauseFact["kind"];
  /** Whose reason it is, when the article reports someone saying it ("Urmson said that … because …"). */
  speaker?: string;
  /** The cause comes first ("Because X, Y"; "X, so Y"; "X. As a result, Y"): a "they" in the effect is then the cause's subject. */
  causeFirst: boolean;
  cause: Clause;
  effect: Clause;
  /** The sentence or two sentences that hold both. */
  evidence: Clause;
}

/**
 * A why-question is only as good as its wrong reasons, and those are other
 * statements of the passage. "Why did the prototypes drop the steering
 * wheel?" with "Because one challenge is scanning the roads" offers nothing a
 * reader takes for the reason: a teachers' panel threw such questions away.
 * With fewer than two wrong reasons about what the question asks, the fact
 * is a guess the teacher confirms (and gives better wrong reasons) before it
 * is asked.
 */
const CERTAIN_CAUSE = 0.7;
export const DOUBTFUL_CAUSE = 0.4;
const stems = (text: string) => new Set([...contentWords(text)].map(stem));
function aboutTheQuestion(question: string, distractors: readonly string[]): number {
  const topic = stems(question.replace(/^According to [^,]+,\s*/, ""));
  return distractors.filter((d) => [...stems(d)].some((w) => topic.has(w))).length;
}

const words = (text: string) => (text.trim() === "" ? 0 : text.trim().split(/\s+/).length);
const MAX_CLAUSE_WORDS = 22;

/** Tokens inside [start, end). */
function tokensIn(ctx: CauseContext, span: Clause): Token[] {
  return ctx.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
}

/** Trims spaces and commas from both ends of a clause. */
function trim(body: string, start: number, end: number): Clause {
  while (start < end && /[\s,;–—-]/.test(body[start]!)) start++;
  while (end > start && /[\s,;.!?–—-]/.test(body[end - 1]!)) end--;
  return { start, end };
}

/** The relations a sentence (with the one before it) states. */
function relations(ctx: CauseContext, sentence: Sentence, previous: Sentence | undefined): Relation[] {
  const { body } = ctx;
  const text = body.slice(sentence.start, sentence.end);
  const at = (i: number) => sentence.start + i;
  const found: Relation[] = [];
  const whole = { start: sentence.start, end: sentence.end };

  // "Because CAUSE, EFFECT." — also mid-sentence: "…, and, because CAUSE, EFFECT."
  const lead = /(?:^|,\s*(?:and|but)?,?\s*)[Bb]ecause\s+(?!of\b)([^,]+),\s+(.+)$/.exec(text);
  if (lead) {
    const causeStart = at(lead.index + lead[0].indexOf(lead[1]!));
    found.push({
      kind: "cause",
      causeFirst: true,
      cause: trim(body, causeStart, causeStart + lead[1]!.length),
      effect: trim(body, at(text.lastIndexOf(lead[2]!)), sentence.end),
      evidence: whole,
    });
  } else {
    // "EFFECT because CAUSE"; "X said that EFFECT because CAUSE": X's reason. A negated effect ("did not win
    // because it was lucky") may deny the reason rather than give it: left out.
    const inner = /^(.+?),?\s+because\s+(?!of\b)(.+)$/.exec(text);
    if (inner && !/\b(?:not|never)\b|n[’']t\b/i.test(inner[1]!)) {
      const frame = new RegExp(`^(.*?\\b(?:${REPORTED})\\s+(?:that\\s+)?)(?=\\S)`, "u").exec(inner[1]!);
      const effectStart = frame ? at(frame[1]!.length) : sentence.start;
      const reporter = frame
        ? ctx.people.find((m) => m.entity && m.start >= sentence.start && m.end <= effectStart)
        : undefined;
      if (!frame || reporter) {
        found.push({
          kind: "cause",
          causeFirst: false,
          effect: trim(body, effectStart, at(inner[1]!.length)),
          cause: trim(body, at(text.lastIndexOf(inner[2]!)), sentence.end),
          evidence: whole,
          speaker: reporter?.entity,
        });
      }
    }
  }
  // "CAUSE, so EFFECT." / "CAUSE so EFFECT" (not "so that", "so far", "so many")
  const so = /^(.+?),?\s+so\s+(?!that\b|far\b|much\b|many\b|long\b|as\b)(.+)$/.exec(text);
  if (so && !lead)
    found.push({
      kind: "cause",
      causeFirst: true,
      cause: trim(body, sentence.start, at(so[1]!.length)),
      effect: trim(body, at(text.lastIndexOf(so[2]!)), sentence.end),
      evidence: whole,
    });
  // "EFFECT in order to PURPOSE." The purpose belongs to the clause right before it: "…, and it raised pay in order to …".
  const purpose = /^(.+?),?\s+in order to\s+(.+)$/.exec(text);
  if (purpose) {
    const boundary = Math.max(
      purpose[1]!.lastIndexOf(", and "),
      purpose[1]!.lastIndexOf(", but "),
      purpose[1]!.lastIndexOf("; "),
    );
    const effectStart =
      boundary >= 0 ? at(boundary + (purpose[1]!.startsWith("; ", boundary) ? 2 : 6)) : sentence.start;
    found.push({
      kind: "purpose",
      causeFirst: boundary >= 0,
      effect: trim(body, effectStart, at(purpose[1]!.length)),
      cause: trim(body, at(text.lastIndexOf(purpose[2]!)) - "to ".length, sentence.end),
      evidence: whole,
    });
  }
  // "CAUSE. As a result, EFFECT." / "Therefore, EFFECT."
  const next = /^(?:As a result|Therefore|Because of this|For this reason|As a consequence),\s+(.+)$/.exec(text);
  if (next && previous && previous.paragraph === sentence.paragraph) {
    found.push({
      kind: "cause",
      causeFirst: true,
      cause: trim(body, previous.start, previous.end),
      effect: trim(body, at(text.lastIndexOf(next[1]!)), sentence.end),
      evidence: { start: previous.start, end: sentence.end },
    });
  }
  // "…, Marlowe said.": the whole relation is that person's account.
  const tail = /,\s*(?:\S+\s){0,3}?(?:said|says|added|explained)\.?$/.exec(text);
  const reporter = tail
    ? ctx.people.find((m) => m.entity && m.start >= sentence.start + tail.index && m.end <= sentence.end)
    : undefined;
  return found
    .map((r) => (reporter && !r.speaker ? { ...r, speaker: reporter.entity } : r))
    .filter(
      (r) => words(body.slice(r.cause.start, r.cause.end)) >= 3 && words(body.slice(r.effect.start, r.effect.end)) >= 3,
    );
}

/**
 * "fit into small spaces and have been filmed …", "closely cut verges offer
 * bees nothing to eat, Marlowe said": the effect ends where a second verb
 * phrase, an aside or an attribution begins.
 */
function firstVerbPhrase(ctx: CauseContext, effect: Clause): Clause {
  // ", " only: "10,000" is one number.
  const comma = ctx.body.slice(effect.start, effect.end).indexOf(", ");
  if (comma > 0) effect = trim(ctx.body, effect.start, effect.start + comma);
  const tokens = tokensIn(ctx, effect);
  for (let i = 2; i < tokens.length - 1; i++) {
    if (
      /^(?:and|but)$/i.test(tokens[i]!.text) &&
      hasTag(tokens[i + 1], "Verb", "Auxiliary", "Modal", "Copula") &&
      !hasTag(tokens[i + 1], "Gerund")
    ) {
      return { start: effect.start, end: tokens[i - 1]!.end };
    }
  }
  return effect;
}

/** "it began tumbling soon after launch, so its panels …": the cause ends where the next clause begins. */
function firstCauseClause(ctx: CauseContext, cause: Clause): Clause {
  const text = ctx.body.slice(cause.start, cause.end);
  const stop = /,\s*(?:so|and|but|which|while)\s/.exec(text);
  return stop ? trim(ctx.body, cause.start, cause.start + stop.index) : cause;
}

/**
 * "There are a lot of people that are hiding their wealth" says that a lot of
 * people are hiding it: the clause without "There are" and its "that", so the
 * question reads "Why are a lot of people hiding their wealth?".
 */
function thereAreCut(tokens: readonly Token[]): readonly Token[] {
  if (!/^there$/i.test(tokens[0]?.text ?? "") || !/^(?:are|is|were|was)$/i.test(tokens[1]?.text ?? "")) return tokens;
  const relative = tokens.findIndex((t, i) => i > 2 && /^(?:that|who)$/i.test(t.text));
  if (relative < 0 || relative > 7) return tokens;
  return [...tokens.slice(2, relative), ...tokens.slice(relative + 1)];
}

/** Leading "and", "but", "then", "finally,", "like much of the industry," are not part of the clause. */
function clauseText(body: string, clause: Clause): string {
  return body
    .slice(clause.start, clause.end)
    .replace(/^(?:and|but|then)\s+/i, "")
    .replace(/^(?:like|unlike|as with|for|in|at|during|after|before|with)\s[^,]{1,40},\s+/i, "")
    .replace(/^(?:finally|however|also|still|now|so|indeed|instead|moreover|meanwhile|yet),\s+/i, "")
    .replace(/[,;]$/, "");
}

/**
 * The subject of a clause as a reader needs it out of context: a pronoun
 * replaced by the noun it stands for (the other clause's subject for
 * "they"/"it", the person last named for "he"/"she"); undefined when that
 * cannot be told.
 */
function subjectFor(
  ctx: CauseContext,
  pronoun: string,
  at: number,
  otherSubject: string | undefined,
): string | undefined {
  if (/^(?:he|she)$/i.test(pronoun)) {
    const person = ctx.pronoun(pronoun.toLowerCase(), at);
    return person?.entity ? ctx.personName(person.entity) : undefined;
  }
  // The other clause's subject, as it reads mid-question: "the snow", not "The snow".
  if (/^(?:they|it)$/i.test(pronoun) && otherSubject && !/^(?:he|she|it|they|this|that)$/i.test(otherSubject))
    return otherSubject.replace(/^(The|A|An)\s/, (w) => w.toLowerCase());
  return undefined;
}

/** The first word of a clause if it is a pronoun. */
const leadingPronoun = (text: string) => /^(he|she|it|they)\b/i.exec(text)?.[1];

function firstNounPhrase(ctx: CauseContext, clause: Clause): string | undefined {
  const tokens = tokensIn(ctx, clause);
  const v = tokens.findIndex((t, i) => i > 0 && hasTag(t, "Verb", "Auxiliary", "Modal", "Copula"));
  if (v <= 0 || v > 6) return undefined;
  return ctx.body.slice(tokens[0]!.start, tokens[v - 1]!.end);
}

/** A clause as it reads after "Because": its first word in lower case unless the article writes it with a capital mid-sentence (a name) or it is an acronym. */
function afterConjunction(ctx: CauseContext, text: string, firstToken?: Token): string {
  const first = /^[\p{L}’'-]+/u.exec(text)?.[0] ?? "";
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const keeps =
    first === "I" ||
    /^\p{Lu}{2,}/u.test(first) ||
    (firstToken !== undefined && firstToken.text === first && hasTag(firstToken, "Person", "Place", "Organization")) ||
    // A name of two capitalised words the article also writes mid-sentence ("Rob Yarrell"); "Mystery shoppers" is not one.
    (/^\S+\s+\p{Lu}/u.test(text) && first !== "" && new RegExp(`[\\p{Ll},;] ${escaped}\\b`, "u").test(ctx.body));
  return keeps ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A statement cut to its first clause ("… intelligent and capable of using
 * tools" → "… intelligent"), so wrong answers are as short as right ones;
 * only where the part kept has a verb of its own.
 */
function firstClause(ctx: CauseContext, sentence: Sentence, text: string): string {
  const tokens = tokensIn(ctx, sentence);
  for (let i = 4; i < tokens.length; i++) {
    // At a conjunction only: a comma as often opens an aside as it ends a clause ("believe that in the night, Inky …").
    // Not inside a noun phrase: "a deep and complex cave system" cut at "and" leaves "… in a deep."
    const cut =
      /^(?:and|but|which|who|while|whereas|although)$/.test(tokens[i]!.text) &&
      !/,/.test(tokens[i - 1]!.post) &&
      !hasTag(tokens[i - 1]!, "Adjective", "Determiner", "Preposition");
    // "Staff believe that in the night": a clause whose own "that"-clause would be cut off is no clause.
    if (
      cut &&
      !tokens.slice(0, i).some((t) => /^(?:that|which|who)$/i.test(t.text)) &&
      tokens.slice(1, i).some((t) => hasTag(t, "Verb", "Copula", "Modal") && !hasTag(t, "Gerund", "Participle"))
    ) {
      return ctx.body.slice(tokens[0]!.start, tokens[i - 1]!.end);
    }
  }
  return text;
}

/**
 * The cause as an answer: "Because octopuses have no bones." The question
 * names what the cause is about, so a pronoun in it ("because they are
 * concerned …") reads as it does in the article.
 */
function causeAnswer(ctx: CauseContext, relation: Relation): string | undefined {
  const text = clauseText(ctx.body, relation.cause);
  if (words(text) > MAX_CLAUSE_WORDS || /[“”"]/.test(text)) return undefined;
  if (relation.kind === "purpose") return asSentence(text);
  return asSentence(`Because ${afterConjunction(ctx, text, tokensIn(ctx, relation.cause)[0])}`);
}

/**
 * Other statements of the same passage, as sentences of their own: the
 * wrong answers to "why". Not the cause or the effect, nothing that leans on
 * a pronoun, nothing quoted; those about what the question is about first,
 * so a wrong answer is one a reader has to rule out, not one plainly off the
 * subject.
 */
function passageStatements(ctx: CauseContext, relation: Relation, answer: string, question: string): string[] {
  const paragraph =
    ctx.sentences.find((s) => s.start <= relation.evidence.start && relation.evidence.start < s.end)?.paragraph ?? -1;
  const out: { text: string; near: number }[] = [];
  ctx.sentences.forEach((s) => {
    if (Math.abs(s.paragraph - paragraph) > 2) return;
    if (s.start < relation.evidence.end && relation.evidence.start < s.end) return;
    let text = ctx.body.slice(s.start, s.end).trim();
    // A statement that opens with a phrase ("For that, …", "In 2014 …") does not read after "Because".
    if (
      /[“”"?]/.test(text) ||
      /^(?:But|And|So|This|That|These|Those|Its|Their|His|Her|For|In|At|On|With|After|Before|When|If|While|Although|As|Since|During|By|Under|Over|According|Like|Unlike|Despite)\b/.test(
        text,
      )
    )
      return;
    const first = tokensIn(ctx, s)[0];
    // A sentence that opens without its subject ("Thought to be the oldest …") is no reason on its own.
    if (
      !first ||
      !hasTag(first, "Noun", "Pronoun", "ProperNoun", "Determiner", "Adjective", "Value") ||
      hasTag(first, "Verb")
    )
      return;
    // "Aged 79, he has been driving …", "Nowadays, …": an opening phrase does not read after "Because".
    if (/^(?:\S+\s){0,3}\S+,/.test(text)) return;
    text = firstClause(ctx, s, text);
    // "They are also understood to be intelligent" reads right after "Because" in a question about them; "he" is named.
    const pronoun = leadingPronoun(text);
    if (pronoun && /^(?:he|she)$/i.test(pronoun)) {
      const subject = subjectFor(ctx, pronoun, s.start, undefined);
      if (!subject) return;
      text = `${subject}${text.slice(pronoun.length)}`;
    }
    const n = words(text);
    if (n < 5 || n > MAX_CLAUSE_WORDS + 3) return;
    // Nothing that says the same as the answer or the question.
    if (wordSimilarity(text, answer) >= 0.3 || wordSimilarity(text, question) >= 0.4) return;
    out.push({
      text: asSentence(`Because ${afterConjunction(ctx, text, tokensIn(ctx, s)[0])}`),
      near: wordSimilarity(text, question),
    });
  });
  return out.sort((a, b) => b.near - a.near).map((o) => o.text);
}

/** Other "to …" aims in the passage ("to step up security"), the wrong answers to a purpose question. */
function passagePurposes(ctx: CauseContext, relation: Relation, answer: string): string[] {
  const paragraph =
    ctx.sentences.find((s) => s.start <= relation.evidence.start && relation.evidence.start < s.end)?.paragraph ?? -1;
  const out: string[] = [];
  for (const s of ctx.sentences) {
    if (Math.abs(s.paragraph - paragraph) > 1) continue;
    const text = ctx.body.slice(s.start, s.end);
    for (const m of text.matchAll(/\bto\s+([a-z]+\s[^,;:.“”"()]{8,60})/g)) {
      const start = s.start + m.index!;
      if (start >= relation.cause.start && start < relation.cause.end) continue;
      const phrase = asSentence(`To ${m[1]!.trim()}`);
      if (wordSimilarity(phrase, answer) < 0.3) out.push(phrase);
    }
  }
  return out;
}

/** Causes and purposes in the article's own sentences. */
export function findCauses(doc: Document, quotes: readonly Quote[], newId: () => string): CauseFact[] {
  // The sentences of each quotation, cut to its words: "so", "because" there are the speaker's reasons.
  const quoted = quotes.flatMap((q) => {
    const at = doc.body.indexOf(q.text, q.evidence.start);
    if (at < 0) return [];
    const end = at + q.text.length;
    return doc.sentences
      .filter((s) => s.start < end && at < s.end)
      .map((s) => ({
        sentence: { ...s, start: Math.max(s.start, at), end: Math.min(s.end, end) },
        speaker: q.speaker,
      }));
  });
  return causesIn(
    {
      body: doc.body,
      tokens: doc.tokens,
      sentences: doc.ownSentences,
      people: doc.personMentions,
      quoted,
      pronoun: doc.pronoun,
      personName: doc.personName,
    },
    newId,
  );
}

function causesIn(ctx: CauseContext, newId: () => string): CauseFact[] {
  const facts: CauseFact[] = [];
  const own = ctx.sentences.map((sentence, i) => ({
    sentence,
    previous: i > 0 ? ctx.sentences[i - 1] : undefined,
    speaker: undefined as string | undefined,
  }));
  const quoted = ctx.quoted.flatMap(({ sentence, speaker }) => {
    const name = ctx.personName(speaker);
    return name ? [{ sentence, previous: undefined, speaker: name as string | undefined }] : [];
  });
  for (const { sentence, previous, speaker: quotedBy } of [...own, ...quoted]) {
    for (const found of relations(ctx, sentence, previous)) {
      // "asked not to be named because …": why a source is anonymous is no question about the story.
      if (
        /\b(?:not to be named|anonymity|not authori[sz]ed to speak|not allowed to speak)\b/i.test(
          ctx.body.slice(found.evidence.start, found.evidence.end),
        )
      )
        continue;
      const relation = {
        ...found,
        effect: firstVerbPhrase(ctx, found.effect),
        cause: firstCauseClause(ctx, found.cause),
      };
      const speaker = quotedBy ?? (found.speaker ? ctx.personName(found.speaker) : undefined);
      const effectTokens = thereAreCut(
        tokensIn(ctx, relation.effect).filter((t, k) => !(k === 0 && /^(?:and|but|then)$/i.test(t.text))),
      );
      if (effectTokens.length === 0) continue;
      const effectText = effectTokens
        .map((t, k) => `${k > 0 ? t.pre : ""}${t.text}${k < effectTokens.length - 1 ? t.post : ""}`)
        .join("");
      // A clean clause only: "As a result, Cockrell points out, the rich …" has no subject to invert, and
      // "… that she moved" is someone's report, not the effect.
      if (
        /[,;:()–—]|\bthat\s/.test(effectText) ||
        !hasTag(effectTokens[0], "Noun", "Pronoun", "ProperNoun", "Determiner", "Adjective", "Adverb")
      )
        continue;
      // Not a negated effect ("cannot fall asleep": the inversion goes wrong and the reason may be denied), nor one
      // whose subject leans on something outside ("its profit", "most of them").
      if (
        /\b(?:not|never|cannot)\b|n[’']t\b/i.test(effectText) ||
        /^(?:its|their|his|her|our|my|most of them|some of them|many of them|all of them)\b/i.test(effectText)
      )
        continue;
      // A purpose belongs to the verb right before it: "struggled to recruit … and raised pay in order to attract" is not asked.
      if (relation.kind === "purpose" && effectTokens.some((t, k) => k > 0 && /^(?:and|but)$/i.test(t.text))) continue;
      // "it" in the effect: the cause's subject when the cause came first; for a purpose after ", and it …", the sentence's subject.
      const causeSubject = !relation.causeFirst
        ? undefined
        : relation.kind === "purpose"
          ? firstNounPhrase(ctx, { start: sentence.start, end: relation.effect.start })
          : firstNounPhrase(ctx, relation.cause);
      const pronoun = leadingPronoun(effectText);
      // Inside a quotation "he" is someone the speaker talks about, never the speaker: too unsure to name.
      // And "our passing did not work": the speaker's own first person has no place in a question about the story.
      const firstPerson = /\b(?:I|we|us|our|my|me|you|your)\b/i;
      if (
        quotedBy !== undefined &&
        (pronoun || firstPerson.test(effectText) || firstPerson.test(clauseText(ctx.body, relation.cause)))
      )
        continue;
      const subject = pronoun ? subjectFor(ctx, pronoun, relation.effect.start, causeSubject) : undefined;
      if (pronoun && !subject) continue;
      const inverted = invert(ctx.body, effectTokens, relation.effect.end, subject);
      if (!inverted) continue;
      const question = speaker ? `According to ${speaker}, why ${inverted.clause}?` : `Why ${inverted.clause}?`;
      if (words(question) > 25) continue;
      const answer = causeAnswer(ctx, relation);
      if (!answer) continue;
      const distractors =
        relation.kind === "purpose"
          ? passagePurposes(ctx, relation, answer)
          : passageStatements(ctx, relation, answer, question);
      facts.push({
        id: newId(),
        kind: relation.kind,
        question,
        answer,
        distractors,
        evidence: relation.evidence,
        certainty: aboutTheQuestion(question, distractors) >= 2 ? CERTAIN_CAUSE : DOUBTFUL_CAUSE,
      });
    }
  }
  return facts;
}
