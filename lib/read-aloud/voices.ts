export interface VoiceLike {
  name: string;
  lang: string;
  default?: boolean;
}

/** English voices first (the articles are English), each group in the browser's order, the default first among them. */
export function orderVoices<V extends VoiceLike>(voices: readonly V[]): V[] {
  const rank = (v: V) => (/^en(?:[-_]|$)/i.test(v.lang) ? 0 : 2) + (v.default ? 0 : 1);
  return voices
    .map((voice, i) => ({ voice, i }))
    .toSorted((a, b) => rank(a.voice) - rank(b.voice) || a.i - b.i)
    .map((x) => x.voice);
}
