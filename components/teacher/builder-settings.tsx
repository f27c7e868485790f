"use client";
import { useState } from "react";
import { kindOf } from "@/lib/quiz";
import type { GeneratedQuestionType, Skill } from "@/lib/quiz";
import { SKILL_LABELS } from "@/lib/progress";
import type { QuizSettings } from "@/lib/share";
import { LIMITS } from "@/lib/teacher";
import { TYPE_NAMES } from "./labels";

interface Props {
  settings: QuizSettings;
  /** Generated types and skills this article has questions for. */
  types: GeneratedQuestionType[];
  skills: Skill[];
  /** Generated questions the chosen types and skills allow. */
  available: number;
  onChange: (patch: Partial<QuizSettings>) => void;
  onNewVersion: () => void;
}

const field = "w-full rounded-control border-2 border-line bg-surface px-3 py-2 text-ink";
const choiceRow =
  "flex cursor-pointer items-start gap-2.5 rounded-control py-1 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus";

/**
 * Toggling one item of an "undefined = the defaults" filter; refuses to
 * leave none. Coming back to exactly the defaults gives [] (= undefined).
 */
function toggled<T>(current: readonly T[] | undefined, all: readonly T[], defaults: readonly T[], item: T): T[] | null {
  const selected = current ?? defaults;
  const next = selected.includes(item) ? selected.filter((x) => x !== item) : [...selected, item];
  if (next.length === 0) return null;
  const isDefault = next.length === defaults.length && defaults.every((x) => next.includes(x));
  return isDefault ? [] : all.filter((x) => next.includes(x));
}

const UNDERSTANDING_CHOICES = [
  { value: "fewer", label: "Fewer", hint: "mostly facts stated in the article" },
  {
    value: "balanced",
    label: "Balanced",
    hint: "at least 4 in 10 ask why, what a speaker thinks, the main idea or a word's meaning",
  },
  { value: "more", label: "More", hint: "at least 7 in 10 questions of understanding" },
] as const;

export function BuilderSettings({ settings, types, skills, available, onChange, onNewVersion }: Props) {
  const [filterHint, setFilterHint] = useState<string | null>(null);
  const maxCount = Math.max(1, Math.min(LIMITS.count, available));
  const titleMissing = settings.title.trim() === "";

  // Copied sentences and "which of these is mentioned" are answered by scanning: off unless the teacher picks them.
  const defaultTypes = types.filter((t) => kindOf(t).inDefaultDraw);
  const typeChecked = (type: GeneratedQuestionType) =>
    settings.types ? settings.types.includes(type) : defaultTypes.includes(type);

  function toggleType(type: GeneratedQuestionType) {
    const next = toggled(settings.types as GeneratedQuestionType[] | undefined, types, defaultTypes, type);
    setFilterHint(next === null ? "Keep at least one kind of question." : null);
    if (next !== null) onChange({ types: next });
  }

  function toggleSkill(skill: Skill) {
    const next = toggled(settings.skills, skills, skills, skill);
    setFilterHint(next === null ? "Keep at least one skill." : null);
    if (next !== null) onChange({ skills: next });
  }

  return (
    <div className="grid gap-5">
      <div className="grid gap-1.5">
        <label htmlFor="quiz-title" className="text-sm font-semibold">
          Title <span className="font-normal text-muted">(students see it)</span>
        </label>
        <input
          id="quiz-title"
          type="text"
          maxLength={LIMITS.title}
          value={settings.title}
          onChange={(e) => onChange({ title: e.target.value })}
          aria-invalid={titleMissing}
          aria-describedby={titleMissing ? "quiz-title-error" : undefined}
          className={field}
        />
        {titleMissing && (
          <p id="quiz-title-error" className="text-sm font-medium text-danger">
            Give the quiz a title.
          </p>
        )}
      </div>
      <div className="grid gap-1.5">
        <label htmlFor="quiz-class" className="text-sm font-semibold">
          Class <span className="font-normal text-muted">(optional, e.g. “Period 3”)</span>
        </label>
        <input
          id="quiz-class"
          type="text"
          maxLength={LIMITS.classLabel}
          value={settings.classLabel ?? ""}
          onChange={(e) => onChange({ classLabel: e.target.value })}
          className={field}
        />
      </div>

      <div className="grid gap-1.5">
        <label htmlFor="quiz-count" className="text-sm font-semibold">
          Number of questions
        </label>
        <div className="flex items-center gap-3">
          <input
            id="quiz-count"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxCount}
            value={settings.count}
            onChange={(e) => {
              const value = Math.round(Number(e.target.value));
              if (Number.isFinite(value) && value >= 1) onChange({ count: Math.min(value, LIMITS.count) });
            }}
            aria-describedby="quiz-count-hint"
            className={`${field} w-24`}
          />
          <p id="quiz-count-hint" className="text-sm text-muted">
            {available} available{settings.count > available ? `: the quiz will have ${available}` : ""}
          </p>
        </div>
      </div>

      <fieldset className="grid gap-1">
        <legend className="mb-1 text-sm font-semibold">Questions of understanding</legend>
        {UNDERSTANDING_CHOICES.map((choice) => (
          <label key={choice.value} className={choiceRow}>
            <input
              type="radio"
              name="understanding"
              checked={(settings.understanding ?? "balanced") === choice.value}
              onChange={() => onChange({ understanding: choice.value === "balanced" ? undefined : choice.value })}
              className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
            />
            <span>
              {choice.label} <span className="text-sm text-muted">({choice.hint})</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="grid gap-1">
        <legend className="mb-1 text-sm font-semibold">Kinds of question</legend>
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
          {types.map((type) => (
            <label key={type} className={choiceRow}>
              <input
                type="checkbox"
                checked={typeChecked(type)}
                onChange={() => toggleType(type)}
                className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
              />
              <span>{TYPE_NAMES[type]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="grid gap-1">
        <legend className="mb-1 text-sm font-semibold">Skills</legend>
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
          {skills.map((skill) => (
            <label key={skill} className={choiceRow}>
              <input
                type="checkbox"
                checked={!settings.skills || settings.skills.includes(skill)}
                onChange={() => toggleSkill(skill)}
                className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
              />
              <span>{SKILL_LABELS[skill]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {filterHint && (
        <p role="alert" className="-mt-3 text-sm font-medium text-danger">
          {filterHint}
        </p>
      )}

      <fieldset className="grid gap-1">
        <legend className="mb-1 text-sm font-semibold">Feedback</legend>
        <label className={choiceRow}>
          <input
            type="radio"
            name="feedback"
            checked={settings.feedback === "each"}
            onChange={() => onChange({ feedback: "each" })}
            aria-describedby="feedback-each-note"
            className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
          />
          <span>After each question</span>
        </label>
        <p id="feedback-each-note" className="mb-1 ml-6.5 text-sm text-muted">
          The link carries the right answers: students’ browsers need them to give feedback, so a student who knows how
          can read them from the link.
        </p>
        <label className={choiceRow}>
          <input
            type="radio"
            name="feedback"
            checked={settings.feedback === "end"}
            onChange={() => onChange({ feedback: "end" })}
            aria-describedby="feedback-end-note"
            className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
          />
          <span>Only at the end</span>
        </label>
        <p id="feedback-end-note" className="ml-6.5 text-sm text-muted">
          Keeps the answers away from students: the link carries the questions without them. You grade the results in
          your gradebook, and can release the answers afterwards.
        </p>
      </fieldset>

      <fieldset className="grid gap-1">
        <legend className="mb-1 text-sm font-semibold">Question order</legend>
        <label className={choiceRow}>
          <input
            type="radio"
            name="order"
            checked={settings.order === "fixed"}
            onChange={() => onChange({ order: "fixed" })}
            className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
          />
          <span>Same order for everyone</span>
        </label>
        <label className={choiceRow}>
          <input
            type="radio"
            name="order"
            checked={settings.order === "shuffled"}
            onChange={() => onChange({ order: "shuffled" })}
            className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
          />
          <span>Shuffled for each student</span>
        </label>
      </fieldset>

      <label className={choiceRow}>
        <input
          type="checkbox"
          checked={settings.allowArticle}
          onChange={(e) => onChange({ allowArticle: e.target.checked })}
          className="mt-1 h-4 w-4 shrink-0 accent-[var(--color-accent)]"
        />
        <span>
          <span className="font-semibold">Students may open the article</span>
          <span className="block text-sm text-muted">while answering (they always see the evidence at the end)</span>
        </span>
      </label>

      <div className="grid gap-1.5">
        <button
          type="button"
          onClick={onNewVersion}
          aria-describedby="new-version-hint"
          className="justify-self-start rounded-control border-2 border-accent px-4 py-2 font-semibold text-accent hover:bg-accent-soft"
        >
          Another version
        </button>
        <p id="new-version-hint" className="text-sm text-muted">
          Draws other questions and option orders. Your edits and your own questions stay.
        </p>
      </div>
    </div>
  );
}
