"use client";
import { useId } from "react";

/**
 * "Open a quiz file": for quizzes too long for a link, the teacher sends a
 * .json file instead. The file is only read as text in this browser.
 */
export function OpenQuizFile({ onFile }: { onFile: (file: File) => void }) {
  const id = useId();
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mt-6 rounded-card border border-line bg-surface p-4 shadow-card"
    >
      <h2 id={`${id}-heading`} className="font-semibold">
        Got a quiz file instead?
      </h2>
      <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
        Long quizzes come as a file ending in “.quiz.json”. Save it, then open it here.
      </p>
      <label htmlFor={`${id}-input`} className="mt-3 block text-sm font-semibold">
        Open a quiz file
      </label>
      <input
        id={`${id}-input`}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) onFile(file);
        }}
        className="mt-1 block w-full text-sm file:mr-3 file:rounded-control file:border-2 file:border-accent file:bg-surface file:px-3 file:py-1.5 file:font-semibold file:text-accent hover:file:bg-accent-soft"
      />
    </section>
  );
}
