"use client";
import { useRef, useState } from "react";
import type { ExtractInput } from "@/lib/extract";
import { countWords, isNotText, MAX_WORDS } from "@/lib/text";
import type { MarkupReply, MarkupRequest } from "./markup-protocol";
import type { Extraction } from "./use-extraction";

const field = "w-full rounded-control border-2 border-line bg-surface px-3 py-2 text-ink";
/** Larger files are not articles (or not text): refused before reading them. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface PastedText {
  text: string;
  title: string;
  source: string;
}

const NOT_TEXT =
  "This file is not text: it holds control or unreadable characters, as a PDF, Word document or image does. Save the article as plain text (.txt), or copy and paste it.";

/** HTML or Markdown to text in a short-lived worker, so no file can freeze the page. */
function convertOffThread(request: MarkupRequest): Promise<MarkupReply> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./markup.worker.ts", import.meta.url), { type: "module" });
    const done = (reply: MarkupReply) => {
      worker.terminate();
      resolve(reply);
    };
    worker.addEventListener("message", (event: MessageEvent<MarkupReply>) => done(event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      done({ ok: false, message: event.message });
    });
    worker.postMessage(request);
  });
}

/** Checks made before the worker starts, so obvious problems are told at once. null: go ahead. */
export function pasteProblem(text: string): string | null {
  if (text.trim() === "")
    return "There is no text yet. Paste an article into the box, or choose a .txt, .md or .html file.";
  if (isNotText(text)) return NOT_TEXT;
  if (countWords(text, MAX_WORDS) > MAX_WORDS) {
    return `This text is longer than ${MAX_WORDS.toLocaleString("en-US")} words, the most the app can read in one go. Paste one article, or split a long one into parts.`;
  }
  return null;
}

/** A file's text as the box shows it: HTML and Markdown turned into plain text (never rendered), with a title if the file has one. */
export async function readArticleFile(
  file: File,
): Promise<{ ok: true; text: string; title?: string } | { ok: false; message: string }> {
  const name = file.name.toLowerCase();
  const kind = /\.html?$/.test(name)
    ? "html"
    : /\.(md|markdown)$/.test(name)
      ? "markdown"
      : /\.txt$/.test(name) || file.type.startsWith("text/")
        ? "text"
        : null;
  if (!kind)
    return {
      ok: false,
      message: `“${file.name}” is not a .txt, .md or .html file. Save the article as plain text, or copy and paste it.`,
    };
  if (file.size > MAX_FILE_BYTES)
    return {
      ok: false,
      message: `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB: far more than one article. Choose a smaller file.`,
    };
  const raw = await file.text();
  if (isNotText(raw)) return { ok: false, message: NOT_TEXT };
  if (kind === "text") return { ok: true, text: raw };
  const converted = await convertOffThread({ kind, raw });
  if (!converted.ok) {
    console.warn(`Reading ${file.name} failed: ${converted.message}`);
    return {
      ok: false,
      message: `“${file.name}” could not be read. Copy the article's text from the page and paste it into the box.`,
    };
  }
  if (converted.text.trim() === "") {
    return {
      ok: false,
      message: `“${file.name}” has no readable text once its markup is removed. Open it in a browser, copy the article's text and paste it into the box.`,
    };
  }
  return converted;
}

interface Props {
  value: PastedText;
  onChange: (value: PastedText) => void;
  extraction: Extraction;
  onExtract: (input: ExtractInput) => void;
  onCancel: () => void;
  /** A message from the last attempt (extraction refused the text, storage full...). */
  message: string | null;
}

/**
 * Step 1: the article's text (pasted, dropped or chosen as a file), its
 * title and source, and "Find the facts". Whatever is typed stays in the
 * box whatever happens, so a refused text can be fixed rather than retyped.
 */
export function PasteForm({ value, onChange, extraction, onExtract, onCancel, message }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const running = extraction.status === "running";
  const shown = problem ?? message;
  const words = countWords(value.text, MAX_WORDS + 1);

  async function openFile(file: File) {
    const read = await readArticleFile(file);
    if (!read.ok) {
      setProblem(read.message);
      setFileNote(null);
      return;
    }
    onChange({ ...value, text: read.text, title: read.title ?? value.title });
    setProblem(null);
    setFileNote(
      `Read “${file.name}”${read.title ? `, titled “${read.title}”` : ""}. Check the text below, then find the facts.`,
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const found = pasteProblem(value.text);
    setProblem(found);
    if (found) {
      textRef.current?.focus();
      return;
    }
    onExtract({ text: value.text, title: value.title.trim() || undefined, source: value.source.trim() || undefined });
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      aria-labelledby="paste-heading"
      className="grid gap-5 rounded-card border border-line bg-surface p-4 shadow-card sm:p-6"
    >
      <h2 id="paste-heading" tabIndex={-1} className="text-lg font-semibold">
        1. Your article
      </h2>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) void openFile(file);
        }}
        className={`grid gap-1.5 rounded-control ${dragging ? "outline-2 outline-offset-4 outline-accent outline-dashed" : ""}`}
      >
        <label htmlFor="article-text" className="text-sm font-semibold">
          Article text
        </label>
        <p id="article-text-hint" className="text-sm text-muted">
          Paste a news article, or drop a .txt, .md or .html file here. Leave a blank line between paragraphs. Up to{" "}
          {MAX_WORDS.toLocaleString("en-US")} words; nothing leaves this computer.
        </p>
        <textarea
          id="article-text"
          ref={textRef}
          rows={12}
          value={value.text}
          onChange={(e) => onChange({ ...value, text: e.target.value })}
          aria-describedby={`article-text-hint article-text-count${shown ? " paste-problem" : ""}`}
          aria-invalid={problem ? true : undefined}
          disabled={running}
          className={`${field} font-serif leading-relaxed`}
        />
        <p id="article-text-count" className="text-sm text-muted" aria-live="polite">
          {words > MAX_WORDS
            ? `More than ${MAX_WORDS.toLocaleString("en-US")} words`
            : `${words.toLocaleString("en-US")} word${words === 1 ? "" : "s"}`}
        </p>
      </div>

      <div className="grid gap-1.5">
        <label htmlFor="article-file" className="text-sm font-semibold">
          Or choose a file{" "}
          <span className="font-normal text-muted">(.txt, .md or .html: web pages are turned into plain text)</span>
        </label>
        <input
          id="article-file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
          disabled={running}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void openFile(file);
          }}
          className="block w-full text-sm file:mr-3 file:rounded-control file:border-2 file:border-accent file:bg-surface file:px-3 file:py-1.5 file:font-semibold file:text-accent hover:file:bg-accent-soft"
        />
        {fileNote && (
          <p role="status" className="text-sm text-muted">
            {fileNote}
          </p>
        )}
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div className="grid gap-1.5">
          <label htmlFor="article-title" className="text-sm font-semibold">
            Title <span className="font-normal text-muted">(optional: otherwise the first line)</span>
          </label>
          <input
            id="article-title"
            type="text"
            maxLength={200}
            value={value.title}
            disabled={running}
            onChange={(e) => onChange({ ...value, title: e.target.value })}
            className={field}
          />
        </div>
        <div className="grid gap-1.5">
          <label htmlFor="article-source" className="text-sm font-semibold">
            Source <span className="font-normal text-muted">(optional, e.g. “The Guardian, 3 May”)</span>
          </label>
          <input
            id="article-source"
            type="text"
            maxLength={200}
            value={value.source}
            disabled={running}
            onChange={(e) => onChange({ ...value, source: e.target.value })}
            className={field}
          />
        </div>
      </div>

      {shown && (
        <p
          id="paste-problem"
          role="alert"
          className="rounded-control border-2 border-danger bg-danger-soft p-3 text-sm text-danger"
        >
          {shown}
        </p>
      )}

      {running ? (
        <div className="grid gap-2">
          <div className="flex items-center justify-between gap-3 text-sm">
            <span id="extract-label" className="font-semibold">
              Finding the facts…
            </span>
            <span aria-hidden="true" className="text-muted tabular-nums">
              {Math.round(extraction.fraction * 100)}%
            </span>
          </div>
          <div
            role="progressbar"
            aria-labelledby="extract-label"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(extraction.fraction * 100)}
            className="h-3 overflow-hidden rounded-full border border-line bg-surface-muted"
          >
            <div
              className="h-full bg-accent transition-[width]"
              style={{ width: `${Math.round(extraction.fraction * 100)}%` }}
            />
          </div>
          <button
            type="button"
            onClick={onCancel}
            className="justify-self-start rounded-control border-2 border-line px-4 py-2 font-semibold hover:border-accent"
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="submit"
          className="justify-self-start rounded-control bg-accent px-5 py-2.5 font-semibold text-on-accent shadow-card hover:bg-accent-strong"
        >
          Find the facts
        </button>
      )}
    </form>
  );
}
