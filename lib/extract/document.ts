/**
 * The extraction document: the text read once (paragraphs, sentences,
 * tokens, quoted spans, names and who they are, the pronoun resolver, word
 * sets) and then only read by every finder. Nothing here is changed after
 * `buildDocument` returns, so one finder cannot alter what another sees.
 */
import type { Organization, Person, Place, Span } from "../article";
import {
  findMentions,
  findRoles,
  genderAllows,
  resolveEntities,
  wordSets,
  type Mention,
  type NameContext,
} from "./entities";
import { createPronounResolver, type PronounResolver } from "./pronouns";
import { findSpeakerMentions, speakerFits, type SpeakerMention } from "./speakers";
import { quotedSpans } from "./quotes";
import { splitSentences, tokenize, type Sentence, type Token } from "./tokens";
import { gazetteerKind, ORG_HEADS } from "./words";

export interface Document {
  title: string;
  /** The paragraphs joined by a blank line; every offset points into it. */
  body: string;
  paragraphs: readonly string[];
  paragraphStarts: readonly number[];
  /** Every sentence. */
  sentences: readonly Sentence[];
  /** Sentences outside quotation marks: the article's own statements, not a speaker's words. */
  ownSentences: readonly Sentence[];
  /** The inside of every quotation, attributed or not. */
  quoted: readonly Span[];
  tokens: readonly Token[];
  /** Words the text writes in lower case somewhere ("staff", "octopus"). */
  lowercaseWords: ReadonlySet<string>;
  /** Capitalized words the text uses inside sentences, where a capital means a name. */
  capitalizedInside: ReadonlySet<string>;
  /** Every mention of a person, organization or place, its entity resolved. */
  mentions: readonly Mention[];
  /** The mentions of people, in text order. */
  personMentions: readonly Mention[];
  people: readonly Person[];
  organizations: readonly Organization[];
  places: readonly Place[];
  /** Speakers the article does not name ("a spokeswoman for the hospital"), with their descriptors. */
  unnamedSpeakers: readonly SpeakerMention[];
  /** Everyone who can say something: people, unnamed speakers and organizations, in text order. */
  speakers: readonly Mention[];
  /** The named person "he" or "she" at an offset stands for, when that is certain enough. */
  pronoun: PronounResolver;
  /** The same, but an unnamed speaker may be the answer: for quotations, whose words must not go to the wrong person. */
  speakerPronoun: PronounResolver;
  /** Whether "he" or "she" can refer to the person of this mention. */
  fits(mention: Mention, pronoun: string): boolean;
  personName(id: string): string | undefined;
  /** Is this span part of a name? */
  inName(start: number, end: number): boolean;
  /** The sentence that holds an offset. */
  sentenceAt(offset: number): Sentence | undefined;
}

export interface DocumentInput {
  title: string;
  paragraphs: readonly string[];
  /** Called with the number of paragraphs tagged so far. */
  onParagraph?(done: number): void;
}

export function buildDocument({ title, paragraphs, onParagraph }: DocumentInput): Document {
  const body = paragraphs.join("\n\n");
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    paragraphStarts.push(offset);
    offset += p.length + 2;
  }
  const sentences = splitSentences(body, paragraphStarts, paragraphs);
  const tokens = tokenize(body, paragraphStarts, paragraphs, sentences, onParagraph);
  const quoted = quotedSpans(paragraphs, paragraphStarts);
  const ownSentences = sentences.filter((s) => !quoted.some((q) => q.start < s.end && s.start < q.end));
  const { lowercaseWords, capitalizedInside } = wordSets(tokens, sentences);

  const names: NameContext = {
    body,
    tokens,
    sentences,
    lowercaseWords,
    capitalizedInside,
    organizationNames: new Map(),
  };
  const resolved = resolveEntities(names, findMentions(names));
  // "a word from a quoted tweet is taken for a news outlet": a newspaper only ever named inside quotation marks is not one.
  const quotedOnly = new Set(
    resolved.organizations
      .filter(
        (o) =>
          o.kind === "media" &&
          resolved.mentions
            .filter((m) => m.entity === o.id)
            .every((m) => quoted.some((q) => q.start <= m.start && m.end <= q.end)),
      )
      .map((o) => o.id),
  );
  const entities =
    quotedOnly.size === 0
      ? resolved
      : {
          ...resolved,
          organizations: resolved.organizations.filter((o) => !quotedOnly.has(o.id)),
          mentions: resolved.mentions.filter((m) => !quotedOnly.has(m.entity ?? "")),
        };
  // Roles are read from the resolved mentions and folded into new Person objects.
  const roles = new Map(findRoles(names, entities).map((f) => [f.personId, f]));
  // A person's title is the one written before their name the first time it has one ("Dr.", "Mayor").
  const titles = new Map<string, string>();
  for (const m of entities.mentions)
    if (m.kind === "person" && m.entity && m.title && !titles.has(m.entity)) titles.set(m.entity, m.title);
  const people = entities.people.map((p): Person => {
    const finding = roles.get(p.id);
    const title = titles.get(p.id);
    const named = title ? { ...p, title } : p;
    if (!finding) return named;
    return {
      ...named,
      ...(finding.role ? { role: finding.role } : {}),
      ...(finding.affiliation ? { affiliation: finding.affiliation } : {}),
      // The evidence moves to the mention that gives the role only if it writes the name in full.
      ...(finding.mention.text === p.name
        ? { evidence: { start: finding.mention.start, end: finding.mention.end } }
        : {}),
    };
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const personMentions = entities.mentions.filter((m) => m.kind === "person" && m.entity !== undefined);
  // Gender is read from the mention that gives the first name, and applies to every mention of that person.
  const introducing = new Map<string, Mention>();
  for (const m of personMentions)
    if (!introducing.has(m.entity!) && (m.text.includes(" ") || m.title)) introducing.set(m.entity!, m);
  const fits = (m: Mention, p: string) => genderAllows(names, introducing.get(m.entity!) ?? m, p);
  // "the judge said" is Judge Harriet M. Coyle when she is the only judge named; otherwise an unnamed speaker.
  const byTitle = (noun: string) =>
    people.filter((p) =>
      [p.title, p.role].some((t) => t !== undefined && t.replace(/\.$/, "").toLowerCase().split(/\s+/).at(-1) === noun),
    );
  const titledMentions: Mention[] = [];
  const unnamedSpeakers = findSpeakerMentions(body, sentences, tokens, personMentions).filter((m) => {
    const noun = /^the\s+([\p{Ll}-]+)$/iu.exec(m.text)?.[1];
    const owners = noun ? byTitle(noun) : [];
    if (owners.length !== 1) return true;
    titledMentions.push({
      start: m.start,
      end: m.end,
      text: m.text,
      kind: "person",
      sentence: m.sentence,
      firstToken: m.firstToken,
      lastToken: m.lastToken,
      entity: owners[0]!.id,
    });
    return false;
  });
  const isUnnamed = (m: Mention): m is SpeakerMention => "descriptor" in m;
  // An unnamed speaker is a candidate for "he" and "she" too, so that a pronoun after "a spokeswoman" is not the last-named woman.
  const candidates = [...personMentions, ...titledMentions, ...unnamedSpeakers].sort((a, b) => a.start - b.start);
  const speakerPronoun = createPronounResolver(sentences, candidates, (m, p) =>
    isUnnamed(m) ? speakerFits(m, p) : fits(m, p),
  );
  const pronoun: PronounResolver = (p, at) => {
    const m = speakerPronoun(p, at);
    return m && !isUnnamed(m) ? m : undefined;
  };
  const organizationMentions = entities.mentions.filter((m) => m.kind === "organization" && m.entity !== undefined);
  const speakers = [...candidates, ...organizationMentions].sort((a, b) => a.start - b.start);
  const named = entities.mentions.filter((m) => m.entity !== undefined);
  const mentionsOf = (id: string) => named.filter((m) => m.entity === id);
  // How sure each name is: a title or a full name the library knows is surer than a capitalized pair only the text vouches for.
  const sure = (p: Person): Person => {
    const ms = mentionsOf(p.id);
    const certainty = ms.some((m) => m.title)
      ? 0.95
      : ms.every((m) => m.unconfirmed)
        ? 0.65
        : p.name.includes(" ")
          ? 0.85
          : 0.7;
    return { ...p, certainty };
  };
  const organizations = entities.organizations.map((o) => ({
    ...o,
    certainty: o.name.split(/\s+/).some((w) => ORG_HEADS[w] !== undefined) ? 0.9 : 0.7,
  }));
  const places = entities.places.map((p) => ({
    ...p,
    certainty: gazetteerKind(p.name) ? 0.95 : p.name.includes(" ") ? 0.8 : 0.7,
  }));
  const surePeople = people.map(sure);

  return {
    title,
    body,
    paragraphs,
    paragraphStarts,
    sentences,
    ownSentences,
    quoted,
    tokens,
    lowercaseWords,
    capitalizedInside,
    mentions: entities.mentions,
    personMentions,
    people: surePeople,
    organizations,
    places,
    unnamedSpeakers,
    speakers,
    pronoun,
    speakerPronoun,
    fits,
    personName: (id) => byId.get(id)?.name,
    inName: (start, end) => named.some((m) => m.start < end && start < m.end),
    sentenceAt: (at) => sentences.find((s) => s.start <= at && at < s.end),
  };
}
