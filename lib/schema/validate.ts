/**
 * The schema checker for everything the browser reads back: links, codes, files and stored data.
 *
 * Its API is the part of zod/mini this app used (same names, same meaning), so each schema reads as it did
 * and zod's documentation describes it. It replaced zod in the browser because Turbopack kept every one of
 * zod's schema classes in each route that checked anything (75 KB of script before gzip, a fifth of what
 * /play/ loaded), and building zod's schemas was one of the longest tasks of those pages. zod itself stays
 * where size does not matter: the build-time content schema (lib/content/schema.ts).
 *
 * Semantics kept from zod: `object` drops unknown keys, `strictObject` refuses them, `looseObject` keeps
 * them; optional keys that are absent stay absent; `number` refuses NaN and ±Infinity, `int` anything but a
 * safe integer; a union takes its first option that fits; the checks given to `.check()` run only when the
 * value's shape is right, so a refinement never sees a malformed value. Messages are English, like zod's.
 */

/** One problem found, where it was found (keys and indexes from the top). */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export interface SchemaError {
  readonly issues: readonly Issue[];
}

export type SafeParseResult<T> =
  { success: true; data: T; error?: undefined } | { success: false; error: SchemaError; data?: undefined };

/** What a check sees: the value (already of the schema's type), and where to report. */
export interface Check<in T> {
  readonly run: (value: T, report: (message: string, path?: readonly PropertyKey[]) => void) => void;
}

const FAIL: unique symbol = Symbol("invalid");
type Parsed<T> = T | typeof FAIL;
type Reporter = (path: readonly PropertyKey[], message: string) => void;

export interface Schema<out T = unknown> {
  /** Only in types: what a value that passes is. */
  readonly _output?: T;
  /** Checks and returns the value to keep (objects rebuilt per their kind), or FAIL after reporting. */
  readonly _parse: (input: unknown, path: readonly PropertyKey[], report: Reporter) => Parsed<T>;
  /** A copy of this schema with more checks, run once the value's shape is right. */
  check(...checks: readonly Check<T>[]): this;
  safeParse(input: unknown): SafeParseResult<T>;
  /** The value, or throws with the first problem. */
  parse(input: unknown): T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;
export type { Infer as infer };

/** Marks a key that may be absent (object shapes read it); outside an object, also lets `undefined` through. */
export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly _optional: true;
}

type Shape = Readonly<Record<string, Schema>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOutput<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

export interface ObjectSchema<S extends Shape, T = ObjectOutput<S>> extends Schema<T> {
  readonly shape: S;
  readonly _unknownKeys: UnknownKeys;
}

type UnknownKeys = "strip" | "strict" | "passthrough";

function build<T>(
  parseShape: (input: unknown, path: readonly PropertyKey[], report: Reporter) => Parsed<T>,
  extra: object = {},
  checks: readonly Check<T>[] = [],
): Schema<T> {
  const schema: Schema<T> = {
    ...extra,
    _parse(input, path, report) {
      const value = parseShape(input, path, report);
      if (value === FAIL) return FAIL;
      let failed = false;
      for (const check of checks) {
        check.run(value, (message, at = []) => {
          failed = true;
          report([...path, ...at], message);
        });
      }
      return failed ? FAIL : value;
    },
    check(...more) {
      return build(parseShape, extra, [...checks, ...more]) as never;
    },
    safeParse(input) {
      const issues: Issue[] = [];
      const value = schema._parse(input, [], (path, message) => issues.push({ path, message }));
      return value === FAIL || issues.length > 0
        ? { success: false, error: { issues } }
        : { success: true, data: value };
    },
    parse(input) {
      const result = schema.safeParse(input);
      if (result.success) return result.data;
      const issue = result.error.issues[0];
      throw new Error(`${issue?.path.map(String).join(".") || "value"}: ${issue?.message ?? "invalid"}`);
    },
  };
  return schema;
}

function typeName(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  if (typeof input === "number" && Number.isNaN(input)) return "NaN";
  return typeof input;
}

function typed<T>(expected: string, is: (input: unknown) => input is T): Schema<T> {
  return build((input, path, report) => {
    if (is(input)) return input;
    report(path, `Invalid input: expected ${expected}, received ${typeName(input)}`);
    return FAIL;
  });
}

/** `schema.safeParse(input)`, as a function. */
export const safeParse = <T>(schema: Schema<T>, input: unknown): SafeParseResult<T> => schema.safeParse(input);

// ---------- Values

export const string = (): Schema<string> => typed("string", (x): x is string => typeof x === "string");
export const number = (): Schema<number> =>
  typed("number", (x): x is number => typeof x === "number" && Number.isFinite(x));
export const int = (): Schema<number> => typed("int", (x): x is number => Number.isSafeInteger(x));
export const boolean = (): Schema<boolean> => typed("boolean", (x): x is boolean => typeof x === "boolean");
export const unknown = (): Schema<unknown> => build((input) => input);

type Literal = string | number | boolean | null;

export function literal<const T extends Literal>(value: T): Schema<T> {
  return build((input, path, report) => {
    if (input === value) return value;
    report(path, `Invalid input: expected ${JSON.stringify(value)}`);
    return FAIL;
  });
}

function enumOf<const T extends readonly [string, ...string[]]>(values: T): Schema<T[number]> {
  const allowed = new Set<unknown>(values);
  return build((input, path, report) => {
    if (allowed.has(input)) return input as T[number];
    report(path, `Invalid option: expected one of ${values.map((v) => JSON.stringify(v)).join("|")}`);
    return FAIL;
  });
}
export { enumOf as enum };

/** ISO 8601 date and time, as zod's `z.iso.datetime()`: seconds required, `Z` or (with `offset`) ±hh:mm. */
export const iso = {
  datetime({ offset = false }: { offset?: boolean } = {}): Schema<string> {
    const date =
      "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
    const zone = offset ? "(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)" : "Z";
    const pattern = new RegExp(`^${date}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?${zone}$`);
    return string().check(regex(pattern, "Invalid ISO datetime"));
  },
};

// ---------- Wrappers

export function optional<T>(inner: Schema<T>): OptionalSchema<T> {
  return build<T | undefined>(
    (input, path, report) => (input === undefined ? undefined : inner._parse(input, path, report)),
    {
      _optional: true,
    },
  ) as OptionalSchema<T>;
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return build<T | null>((input, path, report) => (input === null ? null : inner._parse(input, path, report)));
}

// ---------- Containers

function isObject(input: unknown): input is Record<string, unknown> {
  return typeof input === "object" && input !== null && !Array.isArray(input);
}

/** Sets a key even when it is "__proto__" (JSON.parse makes such own keys), without touching the prototype. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function objectOf<S extends Shape>(shape: S, unknownKeys: UnknownKeys): ObjectSchema<S> {
  const keys = Object.keys(shape);
  const known = new Set(keys);
  const parse = (input: unknown, path: readonly PropertyKey[], report: Reporter): Parsed<ObjectOutput<S>> => {
    if (!isObject(input)) {
      report(path, `Invalid input: expected object, received ${typeName(input)}`);
      return FAIL;
    }
    const out: Record<string, unknown> = {};
    let failed = false;
    for (const key of keys) {
      const field = shape[key]!;
      const present = Object.hasOwn(input, key);
      const value = field._parse(present ? input[key] : undefined, [...path, key], report);
      if (value === FAIL) failed = true;
      else if (present || value !== undefined) put(out, key, value);
    }
    if (unknownKeys !== "strip") {
      const extra = Object.keys(input).filter((key) => !known.has(key));
      if (unknownKeys === "strict" && extra.length > 0) {
        report(
          path,
          `Unrecognized key${extra.length > 1 ? "s" : ""}: ${extra.map((k) => JSON.stringify(k)).join(", ")}`,
        );
        failed = true;
      }
      if (unknownKeys === "passthrough") for (const key of extra) put(out, key, input[key]);
    }
    return failed ? FAIL : (out as ObjectOutput<S>);
  };
  return build(parse, { shape, _unknownKeys: unknownKeys }) as ObjectSchema<S>;
}

/** An object with these keys; other keys are dropped. */
export const object = <S extends Shape>(shape: S) => objectOf(shape, "strip");
/** An object with these keys and no others. */
export const strictObject = <S extends Shape>(shape: S) => objectOf(shape, "strict");
/** An object with these keys; other keys are kept as they are. */
export const looseObject = <S extends Shape>(shape: S): ObjectSchema<S, ObjectOutput<S> & Record<string, unknown>> =>
  objectOf(shape, "passthrough") as never;

/** The same kind of object without the keys marked `true`. */
export function omit<S extends Shape, const M extends { readonly [K in keyof S]?: true }>(
  schema: ObjectSchema<S>,
  mask: M,
): ObjectSchema<Omit<S, keyof M & keyof S>> {
  const shape = Object.fromEntries(Object.entries(schema.shape).filter(([key]) => !(key in mask)));
  return objectOf(shape, schema._unknownKeys) as never;
}

export function array<T>(element: Schema<T>): Schema<T[]> {
  return build((input, path, report) => {
    if (!Array.isArray(input)) {
      report(path, `Invalid input: expected array, received ${typeName(input)}`);
      return FAIL;
    }
    const out: T[] = [];
    let failed = false;
    input.forEach((item, index) => {
      const value = element._parse(item, [...path, index], report);
      if (value === FAIL) failed = true;
      else out.push(value);
    });
    return failed ? FAIL : out;
  });
}

export function record<V>(key: Schema<string>, value: Schema<V>): Schema<Record<string, V>> {
  return build((input, path, report) => {
    if (!isObject(input)) {
      report(path, `Invalid input: expected record, received ${typeName(input)}`);
      return FAIL;
    }
    const out: Record<string, V> = {};
    let failed = false;
    for (const [k, item] of Object.entries(input)) {
      const checkedKey = key._parse(k, [...path, k], (at, message) => report(at, `Invalid key in record: ${message}`));
      const checked = value._parse(item, [...path, k], report);
      if (checkedKey === FAIL || checked === FAIL) failed = true;
      else put(out, checkedKey, checked);
    }
    return failed ? FAIL : out;
  });
}

type Options = readonly [Schema, ...Schema[]];

/** The first option that fits. */
export function union<const O extends Options>(options: O): Schema<Infer<O[number]>> {
  return build((input, path, report) => {
    for (const option of options) {
      const value = option._parse(input, path, () => {});
      if (value !== FAIL) return value as Infer<O[number]>;
    }
    report(path, "Invalid input");
    return FAIL;
  });
}

/** Objects told apart by one literal key: the problems reported are those of the option the key names. */
export function discriminatedUnion<const O extends readonly [ObjectSchema<Shape>, ...ObjectSchema<Shape>[]]>(
  key: string,
  options: O,
): Schema<Infer<O[number]>> {
  return build((input, path, report) => {
    if (!isObject(input)) {
      report(path, `Invalid input: expected object, received ${typeName(input)}`);
      return FAIL;
    }
    const fitting = options.filter((option) => option.shape[key]?._parse(input[key], [], () => {}) !== FAIL);
    if (fitting.length === 0) {
      report([...path, key], "Invalid input");
      return FAIL;
    }
    if (fitting.length === 1) return fitting[0]!._parse(input, path, report) as Infer<O[number]>;
    for (const option of fitting) {
      const value = option._parse(input, path, () => {});
      if (value !== FAIL) return value as Infer<O[number]>;
    }
    report(path, "Invalid input");
    return FAIL;
  });
}

// ---------- Checks, for `.check()`

type Message = string | { message: string; path?: readonly PropertyKey[] };
const textOf = (message: Message | undefined, fallback: string) =>
  message === undefined ? fallback : typeof message === "string" ? message : message.message;

function lengthName(value: unknown): [string, string] {
  return typeof value === "string" ? ["string", "characters"] : ["array", "items"];
}

export function maxLength(max: number, message?: Message): Check<{ readonly length: number }> {
  return {
    run(value, report) {
      if (value.length <= max) return;
      const [kind, unit] = lengthName(value);
      report(textOf(message, `Too big: expected ${kind} to have <=${max} ${unit}`));
    },
  };
}

export function minLength(min: number, message?: Message): Check<{ readonly length: number }> {
  return {
    run(value, report) {
      if (value.length >= min) return;
      const [kind, unit] = lengthName(value);
      report(textOf(message, `Too small: expected ${kind} to have >=${min} ${unit}`));
    },
  };
}

export function maximum(max: number, message?: Message): Check<number> {
  return {
    run: (value, report) => void (value <= max || report(textOf(message, `Too big: expected number to be <=${max}`))),
  };
}

export function minimum(min: number, message?: Message): Check<number> {
  return {
    run: (value, report) => void (value >= min || report(textOf(message, `Too small: expected number to be >=${min}`))),
  };
}

export function regex(pattern: RegExp, message?: Message): Check<string> {
  return {
    run(value, report) {
      pattern.lastIndex = 0;
      if (!pattern.test(value)) report(textOf(message, `Invalid string: must match pattern ${String(pattern)}`));
    },
  };
}

/** Any rule of our own; `path` (in a message object) says which key below the value it is about. */
export function refine<T>(ok: (value: T) => boolean, message?: Message): Check<T> {
  const path = typeof message === "object" ? message.path : undefined;
  return { run: (value, report) => void (ok(value) || report(textOf(message, "Invalid input"), path)) };
}
