/**
 * Schemas for what the browser reads back (links, codes, files, stored data): `z`, a checker with
 * zod/mini's API (validate.ts says why it is ours), and the pieces the stored-data schemas share.
 */
import { isIsoDate } from "../storage";
import * as z from "./validate";

export { z };
export type { Schema, ObjectSchema, SchemaError, Issue, Check } from "./validate";

/** A time as the app writes it (`new Date().toISOString()`): "garbage" in a date field is refused, not rendered. */
export const isoDate = z.string().check(z.refine(isIsoDate, "is not a date"));

/** Tombstones: when each removed record was removed. */
export const removedSchema = z.record(z.string().check(z.maxLength(200)), isoDate);
