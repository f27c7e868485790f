/**
 * zod/mini ships without error messages: every issue would read "Invalid
 * input". The full zod registers English itself; importing this module gives
 * the browser-side schemas (which use zod/mini to keep bundles small) the
 * same messages, so firstIssue() and the errors people see are unchanged.
 */
import { en } from "zod/locales";
import * as z from "zod/mini";

z.config(en());
