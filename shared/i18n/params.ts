/**
 * The parameters an ICU message needs, worked out by the compiler from the English text, so calling
 * `t(key, params)` with a missing, misspelt or mistyped parameter does not compile.
 *
 * A small type-level reader of ICU MessageFormat: `{name}` takes a string or number; `{name, number …}`,
 * `{name, plural …}` and `{name, selectordinal …}` a number; `{name, date …}` and `{name, time …}` epoch
 * milliseconds; `{name, select …}` a string. Arguments inside plural and select branches count too; branch
 * keys (`one {…}`, `sitting {…}`) do not. Catalogue text never uses ASCII apostrophes (ICU's quoting
 * character; a test enforces it), so every brace is syntax.
 */

type Whitespace = ' ' | '\n' | '\t';
type Trim<S extends string> = S extends `${Whitespace}${infer R}`
  ? Trim<R>
  : S extends `${infer L}${Whitespace}`
    ? Trim<L>
    : S;

/** The next brace: which one, and the text after it. */
type NextBrace<S extends string> = S extends `${infer A}{${infer B}`
  ? A extends `${string}}${infer D}`
    ? ['}', `${D}{${B}`]
    : ['{', B]
  : S extends `${string}}${infer D}`
    ? ['}', D]
    : ['', ''];

type TypeOfFormat<F extends string> =
  Trim<F> extends 'plural' | 'selectordinal' | 'number'
    ? number
    : Trim<F> extends 'date' | 'time'
      ? number
      : string;

type Frame = 'message' | 'options';

/** In message text: an argument opens, or this branch closes (back to its plural's or select's options). */
type InMessage<S extends string, Stack extends Frame[], Acc> =
  NextBrace<S> extends ['{', infer Rest extends string]
    ? InArgument<Rest, Stack, Acc>
    : NextBrace<S> extends ['}', infer Rest extends string]
      ? Stack extends [...infer Outer extends Frame[], 'message']
        ? InOptions<Rest, Outer, Acc>
        : Acc
      : Acc;

/** After `{`: `name}`, `name, type}`, `name, type, style}` or `name, plural|select…, options}`. */
type InArgument<S extends string, Stack extends Frame[], Acc> = S extends `${infer Name}}${infer Rest}`
  ? Name extends `${string},${string}`
    ? Typed<S, Stack, Acc>
    : InMessage<Rest, Stack, Acc | Record<Trim<Name>, string | number>>
  : Typed<S, Stack, Acc>;

type Typed<S extends string, Stack extends Frame[], Acc> = S extends `${infer Name},${infer After}`
  ? After extends `${infer Kind}}${infer Rest}`
    ? Kind extends `${string},${string}`
      ? WithStyle<Trim<Name>, After, Stack, Acc>
      : InMessage<Rest, Stack, Acc | Record<Trim<Name>, TypeOfFormat<Kind>>>
    : WithStyle<Trim<Name>, After, Stack, Acc>
  : Acc;

type WithStyle<
  Name extends string,
  S extends string,
  Stack extends Frame[],
  Acc,
> = S extends `${infer Kind},${infer Rest}`
  ? Trim<Kind> extends 'plural' | 'selectordinal' | 'select'
    ? InOptions<Rest, [...Stack, 'options'], Acc | Record<Name, TypeOfFormat<Kind>>>
    : Rest extends `${string}}${infer After}`
      ? InMessage<After, Stack, Acc | Record<Name, TypeOfFormat<Kind>>>
      : Acc
  : Acc;

/** Among `key {branch}` pairs: a branch opens, or the argument closes. */
type InOptions<S extends string, Stack extends Frame[], Acc> =
  NextBrace<S> extends ['{', infer Rest extends string]
    ? InMessage<Rest, [...Stack, 'message'], Acc>
    : NextBrace<S> extends ['}', infer Rest extends string]
      ? Stack extends [...infer Outer extends Frame[], 'options']
        ? InMessage<Rest, Outer, Acc>
        : Acc
      : Acc;

type Args<S extends string> = InMessage<S, [], never>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;
type Flatten<T> = { [K in keyof T]: T[K] };

/** The parameters of one ICU message. */
export type ParamsOf<Message extends string> = [Args<Message>] extends [never]
  ? Record<string, never>
  : Flatten<UnionToIntersection<Args<Message>>>;

/** The rest-arguments of `t`: nothing for a plain message, one object for a message with arguments. */
export type ParamsArg<Message extends string> = [Args<Message>] extends [never]
  ? []
  : [params: ParamsOf<Message>];
