/**
 * Drawing a quiz from the pool: the best questions by the critic's score,
 * while keeping a quiz a teacher would give:
 *
 * - never the same fact twice, and never one question's answer in another's
 *   prompt or options (one would give the other away);
 * - at most one question per evidence sentence (matching and ordering,
 *   which span several, aside), even if the quiz comes out shorter;
 * - a balance of kinds and skills (at most three of ten of one kind, four
 *   on one skill such as quotations, two word meanings) and questions
 *   spread over the article's paragraphs;
 * - at least 40% of the questions above plain recall (inference, main idea,
 *   vocabulary) when the article supports them; the teacher may ask for
 *   more or fewer.
 *
 * The seed varies which of the good questions are drawn; the same seed and
 * article always give the same quiz.
 */
import type { Article, Span } from "../article";
import { kindOf } from "./kinds";
import { normalizeAnswer } from "./match";
import { contentWords } from "./text";
import { buildPoolReport } from "./pool";
import { rngFor } from "./random";
import type { Question, QuestionType, Quiz, Skill } from "./types";

export type Understanding = "fewer" | "balanced" | "more";

export interface QuizOptions {
  seed: number;
  /** How many questions; fewer if the pool is smaller. Default 10. */
  count?: number;
  /** Only these types. Default: every kind in the default draw (not the scanning ones). */
  types?: readonly QuestionType[];
  /** Only these skills (default: all). */
  skills?: readonly Skill[];
  /** How many questions above plain recall to aim for. Default "balanced". */
  understanding?: Understanding;
  /** Questions already in the quiz, kept (the builder's "replace" draws around them); the result is in reading order. */
  keep?: readonly Question[];
  /** Ids never to draw (questions the teacher replaced). */
  exclude?: readonly string[];
}

export const DEFAULT_COUNT = 10;

/** Share of the quiz above plain recall: at least `min`, at most `max`. */
export const UNDERSTANDING: Record<Understanding, { min: number; max: number }> = {
  fewer: { min: 0, max: 0.3 },
  balanced: { min: 0.4, max: 1 },
  more: { min: 0.7, max: 1 },
};

/** How much the seed may move a score: enough to vary quizzes between good questions, not to promote a poor one. */
const JITTER = 0.16;
/** Below this score a question is drawn only when nothing better fits: a teacher would rather have a shorter quiz. */
export const GOOD_SCORE = 0.5;
/** Below this a question is never in a default quiz: a teacher would throw it away (one who picks kinds may still get it). */
export const MIN_SCORE = 0.35;
/** Lowered score per question already drawn from the same paragraph, and of the same kind: spread and variety. */
const SAME_PARAGRAPH = 0.06;
const SAME_KIND = 0.05;
const SAME_TRUTH = 0.2;
/** Word meanings at most this share of a quiz, whatever kind asks them. */
const VOCABULARY_SHARE = 0.2;
/** Questions on one skill (quotations, say) at most this share: a quiz is not six ways of asking who said what. */
const SKILL_SHARE = 0.4;

export const isAboveRecall = (q: Question) => q.level === "inference" || q.level === "gist" || q.level === "vocabulary";

/** The right answer's words, for the giveaway check: only answers with substance (not "True", not a lone name). */
function answerTexts(q: Question): string[] {
  if (q.type === "true-false") return [];
  if ("options" in q) return [q.options[q.answer] ?? ""];
  if (q.type === "numeric") return [String(q.answer)];
  if (q.type === "matching") return q.right;
  if (q.type === "ordering") return [];
  return [q.answer];
}

/** A speaker's position's wrong options that are other people's points (not names: "Who says …?" offers people). */
const othersPoints = (q: Question): string[] =>
  q.type === "speaker-position" && "options" in q
    ? q.options.filter((text, i) => i !== q.answer && text.trim().split(/\s+/).length >= 5)
    : [];

/** What of a question the giveaway check compares, normalized once per question (it runs for every pair). */
interface Visible {
  /** The prompt, normalized, padded with spaces. */
  prompt: string;
  /** The wrong options (every option of a true-or-false statement), normalized, padded with spaces. */
  options: string;
  /** Answers with substance: a clause, a number or a term. */
  keys: string[];
  /** Answers that are names: shown in another prompt they give the answer away; offered among other names they do not. */
  names: string[];
  /** The prompt's content words: what a statement naming this question's answer must be about to give it away. */
  topic: Set<string>;
  /**
   * How many of them a statement naming the answer must share to give it away: two, or one for "Who said “…”?",
   * whose words are the speaker's own ("Kevin Pelphrey cautioned against buying oxytocin online" beside "Who
   * said “There is no telling what they are buying”?": two judges marked the second down).
   */
  topicShared: number;
  /** Options and items that are statements (five words or more), each normalized and padded, with its content words. */
  statements: { text: string; words: Set<string> }[];
  /** A speaker's position's wrong options (other people's points), each normalized and padded, with its content words. */
  othersPoints: { text: string; words: Set<string> }[];
  /** The content words of the sentences that prove the answer (none when the draw has no article text). */
  proof: Set<string>;
  /** The content words of the right answer. */
  answerWords: Set<string>;
  /** Figures in the right answer ("7,000 years ago": 7000), and every figure the question shows. */
  figures: string[];
  shownFigures: Set<string>;
}

/** Figures of two digits or more, without their thousands commas: "7,000" and "7000" are one figure. */
const figuresIn = (text: string) =>
  [...text.matchAll(/\d[\d,]*\d/g)].map((m) => m[0].replace(/,/g, "")).filter((f) => f.length >= 2);

/** "Ahmed Baroudi", "Hakima el-Haite", "National Aquarium of New Zealand": a name, every word but the small ones capitalized. */
const isName = (text: string) =>
  text
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|de|da|van|von|el-\S+|al-\S+|le|la|du|bin)$/.test(w));

function visibleOf(q: Question, body: string | undefined): Visible {
  const pad = (text: string) => ` ${normalizeAnswer(text)} `;
  const prompt = pad(q.prompt);
  const options =
    "options" in q ? pad(q.options.filter((_, i) => q.type === "true-false" || i !== q.answer).join(" ")) : "  ";
  const answers = answerTexts(q).filter((text) => {
    const key = normalizeAnswer(text);
    return key.length >= 4 && (key.includes(" ") || /\d/.test(key));
  });
  // What a student reads as sentences besides the prompt: a main idea's wrong options, a why-question's, the
  // events to put in order (those are true, and may tell another question's answer in other words).
  const items = "items" in q ? q.items : undefined;
  const shown = items ?? ("options" in q ? q.options.filter((_, i) => q.type === "true-false" || i !== q.answer) : []);
  return {
    prompt,
    options: items ? pad(items.join(" ")) : options,
    keys: answers.filter((a) => !isName(a)).map(normalizeAnswer),
    names: answers.filter(isName).map(normalizeAnswer),
    topic: contentWords(q.prompt),
    topicShared: q.type === "quote-attribution" ? 1 : 2,
    statements: shown
      .filter((text) => text.trim().split(/\s+/).length >= 5)
      .map((text) => ({ text: pad(text), words: contentWords(text) })),
    othersPoints: othersPoints(q).map((text) => ({ text: pad(text), words: contentWords(text) })),
    // A word's meaning is not in the sentence that uses it, nor an order in any one sentence: retelling those
    // sentences gives nothing away.
    proof:
      body === undefined || q.level === "vocabulary" || items
        ? new Set()
        : contentWords(q.evidence.map((s) => body.slice(s.start, s.end)).join(" ")),
    answerWords: contentWords(answerTexts(q).join(" ")),
    figures: q.type === "true-false" ? [] : figuresIn(answerTexts(q).join(" ")),
    shownFigures: new Set(figuresIn([q.prompt, ...("options" in q ? q.options : []), ...(items ?? [])].join(" "))),
  };
}

const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((w) => b.has(w)).length;

/**
 * Whether `b` shows `a`'s answer: in its prompt or options as written, or in a statement among its options that
 * names the person `a` asks for and is about what `a` asks ("Li Yanliang called for a shift from securitizing
 * climate issues…" as a wrong main idea beside "Who says climate issues should be built into security policies?"),
 * or that retells the sentence proving `a` with words of its answer ("The U.S. contributes to global safety
 * standards with its vast data resources…" beside "Why does Wang say the two nations' strengths complement each
 * other?"). Retelling the sentence alone gives nothing away: "The delegation joined local experts at the closing
 * ceremony" to put in order does not say why the speakers there called for collaboration.
 * Nor may `b` show the figure `a` asks for, even in other words: "Carbon dating put the remains at around 7,000
 * years old" as a wrong reason beside "When did the man live?" (7,000 years ago).
 * Nor may `b` be about another person's point that `a` offers as a wrong option: beside "Who says that climate
 * issues should be built into security policies?" or "Who said “We need to shift from securitizing climate
 * issues…”?", "Which point does Wang Tianchan make?" with that point among its options is answered by striking
 * out the points the other questions give to other people.
 */
const givesAway = (a: Visible, b: Visible) =>
  a.figures.some((figure) => b.shownFigures.has(figure)) ||
  a.othersPoints.some(
    (point) =>
      b.prompt.includes(point.text) ||
      (b.proof.size > 0 && shared(point.words, b.proof) >= Math.max(3, point.words.size * 0.5)),
  ) ||
  a.keys.some((key) => b.prompt.includes(` ${key} `) || b.options.includes(` ${key} `)) ||
  a.names.some((name) => b.prompt.includes(` ${name} `)) ||
  b.statements.some(
    (st) =>
      a.names.some((name) => st.text.includes(` ${name} `) && shared(a.topic, st.words) >= a.topicShared) ||
      (a.proof.size > 0 &&
        shared(st.words, a.proof) >= Math.max(4, st.words.size * 0.7) &&
        shared(st.words, a.answerWords) >= Math.min(2, a.answerWords.size)),
  );

/**
 * How much of one person's share a "Who says …?" or "Who said …?" takes, out of PER_PERSON: two "Who says …?"
 * with one answer are answered together by a student who places that person's views; a third "Who said “…”?" by
 * the pattern, not the quotation; and "Who says AI safety needs both nations?" beside "Who said “AI is a complex
 * engineering challenge”?" tells the second's answer by its topic (judges marked each of these down). So a person
 * answers one "Who says …?", or up to two "Who said …?".
 */
const PERSON_WEIGHT: Partial<Record<QuestionType, number>> = { "speaker-position": 2, "quote-attribution": 1 };
const PER_PERSON = 2;

/** The person a "Who says …?" or "Who said …?" asks for; undefined for any other question. */
function personAsked(q: Question): string | undefined {
  if (q.type !== "speaker-position" && q.type !== "quote-attribution") return undefined;
  const answer = q.options[q.answer] ?? "";
  // "Which point does X make?" answers with a point, not a person.
  if (q.type === "speaker-position" && !isName(answer)) return undefined;
  return normalizeAnswer(answer);
}

/**
 * The sentences a question is about: every sentence that proves it. A quotation's words and the
 * sentence that names its speaker are both proof, so "Who said “It’s a minivan alternative”?" and
 * "Who said “You can carry two children,” says Pizzi?" share a sentence and one answers the other;
 * matching speakers to their words shows who said each line. An ordering question's events are told
 * apart by time, not asked again: none.
 */
function sentenceKeys(q: Question): string[] {
  if (q.type === "ordering") return [];
  return q.evidence.map((span) => `${span.start}`);
}

/**
 * The questions a draw may take: of the chosen types (by default, every kind
 * in the default draw and nothing answered by scanning) and skills, not
 * excluded, not kept already.
 */
export function eligibleQuestions(pool: readonly Question[], options: QuizOptions): Question[] {
  const types = options.types ? new Set(options.types) : undefined;
  const skills = options.skills ? new Set(options.skills) : undefined;
  const excluded = new Set([...(options.exclude ?? []), ...(options.keep ?? []).map((q) => q.id)]);
  return pool.filter(
    (q) =>
      !excluded.has(q.id) &&
      (types ? types.has(q.type) : kindOf(q).inDefaultDraw && q.level !== "scan") &&
      (!skills || skills.has(q.skill)),
  );
}

/** Offsets where each paragraph after the first starts. */
function paragraphStarts(article: Pick<Article, "paragraphs">): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const p of article.paragraphs.slice(0, -1)) {
    offset += p.length + 2;
    starts.push(offset);
  }
  return starts;
}

/**
 * Picks `count` questions from `pool` (see the module comment for the
 * rules); `article` lets it spread them over the paragraphs. A quiz is
 * shorter than `count` when the pool has not enough questions that fit
 * together.
 */
export function drawQuestions(
  pool: readonly Question[],
  options: QuizOptions,
  article?: Pick<Article, "paragraphs">,
): Question[] {
  const count = options.count ?? DEFAULT_COUNT;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const ranking = rankingFor(pool, options, article);
  const first = drawOnce(ranking, options, count, new Set());
  if (first.over === 0) return first.questions;
  // The greedy draw filled the quiz with a fourth question of one kind because its first picks took the
  // sentences the others needed. Setting one of those picks aside (the last in reading order first: the main
  // idea, then the picks of the last paragraphs), or else two, often leaves room for a full, balanced quiz;
  // otherwise the first draw stands.
  const picks = [...first.questions].reverse().slice(0, RETRIES);
  // Two at a time only for a quiz a question or two over: on a repetitive article many over, no pair helps.
  const asides = [
    ...picks.map((a) => [a.id]),
    ...(first.over <= 2 ? picks.flatMap((a, i) => picks.slice(i + 1).map((b) => [a.id, b.id])) : []),
  ];
  for (const aside of asides) {
    const retry = drawOnce(ranking, options, count, new Set(aside));
    if (retry.over === 0 && retry.questions.length >= first.questions.length) return retry.questions;
  }
  return first.questions;
}

/** How many of a first draw's questions may be set aside (one, or two of them) to find a balanced quiz. */
const RETRIES = 10;
/** How much lower a speaker's position ranks for each other person's point it offers as a wrong option. */
const RULED_OUT_POINT = 0.06;

/** What every draw of one call shares: the order of the eligible questions, and what tells two questions apart. */
interface Ranking {
  rank: Map<string, number>;
  /** The eligible questions, best first. */
  ordered: Question[];
  /** The prompts of the questions the teacher replaced: none comes back under another id with the same words. */
  replacedPrompts: readonly string[];
  paragraphOf(q: Question): number;
  /**
   * The sentences of a quotation a question shows with its speaker, each with its paragraph: two sentences of
   * one quotation are one question twice (the first answers the second), and matching speakers with their words
   * shows who said each line, and so who said the sentences next to it. None for any other question.
   */
  quotedOf(q: Question): { span: Span; paragraph: number }[];
  /** Whether one of the two gives the other away (either way), remembered: the retries ask again. */
  conflict(a: Question, b: Question): boolean;
}

function rankingFor(pool: readonly Question[], options: QuizOptions, article?: Pick<Article, "paragraphs">): Ranking {
  const eligible = eligibleQuestions(pool, options);
  const rank = new Map(
    eligible.map((q) => [
      q.id,
      (q.score ?? 0.5) +
        (rngFor(options.seed, `draw:${q.id}`).next() - 0.5) * JITTER -
        // Each other person's point a "Which point does X make?" offers rules out the questions on that point
        // (see givesAway): it ranks lower by what it rules out, and is drawn where those questions are not.
        RULED_OUT_POINT * othersPoints(q).length,
    ]),
  );
  // Best first: a pick stops looking once no later question could beat the best found.
  const ordered = eligible.sort((a, b) => rank.get(b.id)! - rank.get(a.id)! || (a.id < b.id ? -1 : 1));
  const starts = article ? paragraphStarts(article) : [];
  const paragraphAt = (offset: number) => {
    let p = 0;
    while (p < starts.length && starts[p]! <= offset) p++;
    return p;
  };
  const paragraphs = new Map<string, number>();
  const paragraphOf = (q: Question) => {
    let p = paragraphs.get(q.id);
    if (p === undefined) paragraphs.set(q.id, (p = paragraphAt(q.evidence[0]?.start ?? 0)));
    return p;
  };
  const quotedSpans = new Map<string, { span: Span; paragraph: number }[]>();
  const quotedOf = (q: Question) => {
    let found = quotedSpans.get(q.id);
    if (!found) {
      const spans =
        q.skill !== "quotations" || q.type === "ordering"
          ? []
          : q.type === "matching"
            ? q.evidence
            : q.evidence.slice(0, 1);
      quotedSpans.set(q.id, (found = spans.map((span) => ({ span, paragraph: paragraphAt(span.start) }))));
    }
    return found;
  };
  const visible = new Map<string, Visible>();
  const body = article?.paragraphs.join("\n\n");
  const seen = (q: Question) => {
    let v = visible.get(q.id);
    if (!v) visible.set(q.id, (v = visibleOf(q, body)));
    return v;
  };
  const conflicts = new Map<string, boolean>();
  const conflict = (a: Question, b: Question) => {
    const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
    let found = conflicts.get(key);
    if (found === undefined) {
      found = givesAway(seen(a), seen(b)) || givesAway(seen(b), seen(a));
      conflicts.set(key, found);
    }
    return found;
  };
  const excludedIds = new Set(options.exclude ?? []);
  const replacedPrompts = pool.filter((q) => excludedIds.has(q.id)).map((q) => q.prompt);
  return { rank, ordered, replacedPrompts, paragraphOf, quotedOf, conflict };
}

function drawOnce(
  { rank, ordered, replacedPrompts, paragraphOf, quotedOf, conflict }: Ranking,
  options: QuizOptions,
  count: number,
  aside: ReadonlySet<string>,
): { questions: Question[]; over: number } {
  const kept = options.keep ?? [];
  const remaining = ordered.filter((q) => !aside.has(q.id));
  const chosen: Question[] = [];
  const facts = new Set<string>();
  const perSkill = new Map<string, number>();
  let vocabularyCount = 0;
  const sentences = new Set<string>();
  // A question the teacher replaced is not back under another id with the same words ("Which organization
  // co-sponsored the program?" asked of the other co-sponsor).
  const prompts = new Set<string>(replacedPrompts);
  const perKind = new Map<QuestionType, number>();
  const perParagraph = new Map<number, number>();
  // True or false: six "True" in a row teach a student to guess True.
  const truths = [0, 0];
  // The quotations shown so far (see quotedOf).
  const quoted: { span: Span; paragraph: number }[] = [];
  const nextTo = (a: Span, b: Span) =>
    (a.end <= b.start ? b.start - a.end : a.start - b.end) <= 3 && a.start !== b.start;
  const personCount = new Map<string, number>();
  // "Who says …?" as many times as it offers people, each answered by another: the last is had by elimination.
  const pointsAsked = new Map<string, number>();
  const peopleOf = (q: Question) =>
    q.type === "speaker-position" && personAsked(q) ? q.options.map(normalizeAnswer).sort().join("|") : undefined;
  const note = (q: Question) => {
    chosen.push(q);
    const people = peopleOf(q);
    if (people) pointsAsked.set(people, (pointsAsked.get(people) ?? 0) + 1);
    const person = personAsked(q);
    if (person) personCount.set(person, (personCount.get(person) ?? 0) + PERSON_WEIGHT[q.type]!);
    for (const f of q.facts ?? []) facts.add(f);
    for (const key of sentenceKeys(q)) sentences.add(key);
    prompts.add(q.prompt);
    perKind.set(q.type, (perKind.get(q.type) ?? 0) + 1);
    perSkill.set(q.skill, (perSkill.get(q.skill) ?? 0) + 1);
    if (q.level === "vocabulary") vocabularyCount++;
    perParagraph.set(paragraphOf(q), (perParagraph.get(paragraphOf(q)) ?? 0) + 1);
    if (q.type === "true-false") truths[q.answer]!++;
    quoted.push(...quotedOf(q));
  };
  kept.forEach(note);

  const vocabularyCap = Math.max(2, Math.ceil(count * VOCABULARY_SHARE));
  // Even to fill a quiz on a thin article: a quiz of word meanings is not a reading quiz.
  const vocabularyLimit = Math.max(2, Math.ceil(count * 0.3));
  const skillCap = Math.max(2, Math.ceil(count * SKILL_SHARE));
  const kindCap = (type: QuestionType) => Math.max(2, Math.ceil(count * (kindOf(type).maxShare ?? 0.3)));
  // The cheap checks first: the giveaway check compares texts with every question already chosen.
  // "strict": every cap; "kinds": only the cap on each kind (a fourth question of one kind reads as a drill sooner
  // than a skill or word-meaning share over its mark); "loose": neither, to fill a long quiz on a short article.
  const fits = (q: Question, caps: Caps) => {
    if ((q.facts ?? []).some((f) => facts.has(f))) return false;
    // Even a formula prompt ("Match each …") twice reads as the same question twice.
    if (prompts.has(q.prompt)) return false;
    const person = personAsked(q);
    if (person && (personCount.get(person) ?? 0) + PERSON_WEIGHT[q.type]! > PER_PERSON) return false;
    const people = peopleOf(q);
    if (people && "options" in q && (pointsAsked.get(people) ?? 0) >= q.options.length - 1) return false;
    if (sentenceKeys(q).some((key) => sentences.has(key))) return false;
    if (quotedOf(q).some((own) => quoted.some((c) => c.paragraph === own.paragraph && nextTo(c.span, own.span))))
      return false;
    if (q.level === "vocabulary" && vocabularyCount >= vocabularyLimit) return false;
    if (caps === "strict") {
      if (q.level === "vocabulary" && vocabularyCount >= vocabularyCap) return false;
      if ((perSkill.get(q.skill) ?? 0) >= skillCap) return false;
    }
    if (caps !== "loose" && (perKind.get(q.type) ?? 0) >= kindCap(q.type)) return false;
    // Even to fill a quiz, a kind held to a small share stays near it (five "True or false? X said …" in ten
    // is a drill, not a reading quiz), unless the teacher asked for that kind.
    if (
      options.types === undefined &&
      kindOf(q.type).maxShare !== undefined &&
      (perKind.get(q.type) ?? 0) >= Math.ceil(kindCap(q.type) * 1.5)
    )
      return false;
    return !chosen.some((c) => conflict(c, q));
  };
  const lopsided = (q: Question) =>
    q.type === "true-false" ? Math.max(0, truths[q.answer]! - truths[1 - q.answer]!) : 0;
  const pick = (accept: (q: Question) => boolean, caps: Caps): boolean => {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < remaining.length; i++) {
      const q = remaining[i]!;
      if (rank.get(q.id)! <= bestScore) break;
      if (!accept(q) || !fits(q, caps)) continue;
      const score =
        rank.get(q.id)! -
        SAME_PARAGRAPH * (perParagraph.get(paragraphOf(q)) ?? 0) -
        SAME_KIND * (perKind.get(q.type) ?? 0) -
        SAME_TRUTH * lopsided(q);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) return false;
    note(remaining.splice(best, 1)[0]!);
    return true;
  };

  const bounds = UNDERSTANDING[options.understanding ?? "balanced"];
  const above = () => chosen.filter(isAboveRecall).length;
  const minAbove = Math.ceil(bounds.min * count);
  const maxAbove = Math.floor(bounds.max * count);
  const withinCeiling = (q: Question) => !isAboveRecall(q) || above() < maxAbove;
  const good = (q: Question) => (q.score ?? 1) >= GOOD_SCORE;
  const fair = (q: Question) => options.types !== undefined || (q.score ?? 1) >= MIN_SCORE;
  // Good questions of understanding first, up to the floor; then the best good ones of everything, within
  // the ceiling; then weaker ones; then, for a long quiz on a short article, more of one kind or skill
  // (never two questions on one sentence: a quiz comes out shorter rather than with twins).
  while (chosen.length < count && above() < minAbove && pick((q) => good(q) && isAboveRecall(q), "strict"));
  while (chosen.length < count && pick((q) => good(q) && withinCeiling(q), "strict"));
  while (chosen.length < count && pick((q) => fair(q) && withinCeiling(q), "strict"));
  while (chosen.length < count && pick((q) => fair(q) && withinCeiling(q), "kinds"));
  while (chosen.length < count && pick((q) => fair(q) && withinCeiling(q), "loose"));

  // Questions over a kind's cap, not merely filled without caps: a question the loose pass adds may still be
  // within them.
  const over = [...perKind].reduce((sum, [type, n]) => sum + Math.max(0, n - kindCap(type)), 0);
  return { questions: inReadingOrder(chosen), over };
}

type Caps = "strict" | "kinds" | "loose";

/** In the order of the article, the main idea last (it needs the whole text). */
function inReadingOrder(questions: Question[]): Question[] {
  const position = (q: Question) => (q.level === "gist" ? Number.MAX_SAFE_INTEGER : (q.evidence[0]?.start ?? 0));
  return questions.sort((a, b) => position(a) - position(b) || a.id.localeCompare(b.id));
}

/**
 * A quiz of `count` questions drawn from the article's pool for `seed`.
 * Same article and seed ⇒ the same quiz, byte for byte.
 */
export function generateQuiz(article: Article, options: QuizOptions): Quiz {
  const pool = buildPoolReport(article, options.seed).questions;
  return { articleSlug: article.slug, seed: options.seed, questions: drawQuestions(pool, options, article) };
}
