import "server-only";

export const MESSAGE_MAX_CHARS = 2000;

export const MESSAGE_EMPTY = "Write a message.";
export const MESSAGE_TOO_LONG = "A message has at most 2,000 characters.";

// Control characters (C0, DEL, C1) but the newline; a carriage return is folded into it first.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
// Half of a character (a lone UTF-16 surrogate, which a form or JSON can carry) is no character at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A message as stored: line ends as "\n"; control characters other than newlines removed (NUL
 * included, which PostgreSQL's text cannot hold), and halves of characters too; NFC; trimmed.
 * Links stay words: a message is text, shown as text.
 */
export function cleanMessageBody(input: string): string {
  return input.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(LONE_SURROGATE, "").normalize("NFC").trim();
}

/** Characters as people and PostgreSQL's char_length count them (an emoji is one, not two UTF-16 units). */
export function messageLength(body: string): number {
  return [...body].length;
}
