/**
 * Zod helpers shared by the stored-data schemas (kept out of lib/storage, which every page loads: the
 * schemas of big stores are only loaded where those stores are used).
 */
import * as z from "zod/mini";
import "../zod-english";
import { isIsoDate } from "../storage";

/** A time as the app writes it (`new Date().toISOString()`): "garbage" in a date field is refused, not rendered. */
export const isoDate = z.string().check(z.refine(isIsoDate, "is not a date"));

/** Tombstones: when each removed record was removed. */
export const removedSchema = z.record(z.string().check(z.maxLength(200)), isoDate);
