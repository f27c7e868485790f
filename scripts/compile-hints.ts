/**
 * V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints, Chrome 136 and later): a file that
 * starts with this comment has all its functions compiled as it is streamed in, on a background thread.
 * Without it V8 compiles each function on the main thread the first time it runs, and a route's chunks run
 * almost all their functions at once, as its modules are instantiated and its page first rendered. Other
 * browsers read it as a comment.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** The script with the hint as its first line; a script that already has it is returned as it is. */
export function withCompileHint(script: string): string {
  return script.startsWith(`${COMPILE_HINT}\n`) ? script : `${COMPILE_HINT}\n${script}`;
}

/** Which files of an export get the hint: the JavaScript Next.js emitted under `_next/static/` (pages and workers). */
export function takesCompileHint(pathInExport: string): boolean {
  return /^_next\/static\/.+\.js$/.test(pathInExport.replaceAll("\\", "/"));
}
