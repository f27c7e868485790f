import * as z from "zod/mini";
import "../zod-english";

/** A time as the app writes it (`new Date().toISOString()`): "garbage" in a date field is refused, not rendered. */
export const isoDate = z.string().check(
  z.maxLength(40),
  z.refine((s) => /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d|$)/.test(s) && !Number.isNaN(Date.parse(s)), "is not a date"),
);

/** Tombstones: when each removed record was removed. */
export const removedSchema = z.record(z.string().check(z.maxLength(200)), isoDate);
