export const OPTION_LETTERS = "ABCDEFGH";

/** "A" for the first option: as options are printed and named to screen readers. */
export function letter(index: number): string {
  return OPTION_LETTERS[index] ?? String(index + 1);
}
