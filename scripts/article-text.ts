/**
 * Reads an article a teacher has as a file (.txt, .md or .html) as plain
 * text with its title, for the command-line tools. HTML and Markdown are
 * turned into text by lib/extract's string processing: nothing in them is
 * rendered or run.
 */
import fs from "node:fs";
import path from "node:path";
import { htmlTitle, htmlToText, markdownTitle, markdownToText } from "../lib/extract";

export interface ArticleText {
  text: string;
  /** The title given, else the file's own (<title>, a first "# " heading). */
  title?: string;
  /** The file's name, shown as the article's source. */
  source: string;
}

/** The file's text and title, or what went wrong as a sentence. */
export function readArticleText(file: string, title?: string): ArticleText | string {
  let raw: string;
  try {
    if (!fs.statSync(file).isFile()) return `${file} is not a file`;
    raw = fs.readFileSync(file, "utf8");
  } catch {
    return `no such file: ${file}`;
  }
  const extension = path.extname(file).toLowerCase();
  let text = raw;
  let fileTitle: string | undefined;
  if (extension === ".html" || extension === ".htm") {
    text = htmlToText(raw);
    fileTitle = htmlTitle(raw);
  } else if (extension === ".md" || extension === ".markdown") {
    fileTitle = markdownTitle(raw);
    // The title heading is not part of the article's text.
    text = markdownToText(fileTitle ? raw.replace(/^ {0,3}#[ \t]+.+$/m, "") : raw);
  }
  return { text, title: title ?? fileTitle, source: path.basename(file) };
}
