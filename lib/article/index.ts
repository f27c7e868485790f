/** The article model every part of the app shares: its types, reading time, segments and defined words. */
export { readingMinutes, wordCount } from "./reading-time";
export { paragraphStarts, segmentParagraphs } from "./segments";
export type {
  Article,
  ArticleFacts,
  CauseFact,
  Claim,
  DateFact,
  DateKind,
  EntityKind,
  EventFact,
  KeyTerm,
  MainIdea,
  NumberFact,
  NumberKind,
  Organization,
  OrganizationKind,
  Person,
  Place,
  PlaceKind,
  Position,
  Quote,
  Span,
  Statement,
  UnnamedQuote,
  VocabularyFact,
} from "./types";
export { definedWords } from "./words";
export type { DefinedWord } from "./words";
