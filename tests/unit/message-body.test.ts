import { describe, expect, it } from "vitest";
import { refusalKey } from "@/lib/i18n/refusal-keys";
import { cleanMessageBody, MESSAGE_EMPTY, MESSAGE_TOO_LONG, messageLength } from "@/lib/messages/body";
import { BLOCKED_CREATOR_CANNOT_SEND, canCreatorSend, NO_RELATION_TO_SHOP } from "@/lib/messages/rules";
import { previewOf, TOO_MANY_MESSAGES } from "@/lib/messages/threads";
import { sendMessageSchema } from "@/lib/validation/messages";

const threadId = "mth_01JD5Z3K8Q0000000000000000";

describe("a message's text", () => {
  it("is trimmed and NFC, keeps newlines, and loses control characters and halves of characters", () => {
    expect(cleanMessageBody("  Cafe\u0301\r\nsecond\rthird\u0000\u0007\u001B[31m\u009B\t\n ")).toBe("Café\nsecond\nthird[31m");
    expect(cleanMessageBody("a\uD800b\uDC00c 😀")).toBe("abc 😀");
  });

  it("counts characters as PostgreSQL does: an emoji is one", () => {
    expect(messageLength("😀".repeat(2000))).toBe(2000);
  });

  it("the form accepts 1 to 2,000 characters after cleaning, and refuses with messages in the catalogue", () => {
    expect(sendMessageSchema.safeParse({ threadId, body: "x".repeat(2000) }).success).toBe(true);
    expect(sendMessageSchema.safeParse({ threadId, body: ` ${"x".repeat(2000)}\u0000 ` }).success).toBe(true);
    const tooLong = sendMessageSchema.safeParse({ threadId, body: "x".repeat(2001) });
    expect(tooLong.error?.issues.map((i) => i.message)).toEqual([MESSAGE_TOO_LONG]);
    const empty = sendMessageSchema.safeParse({ threadId, body: " \u0000\n " });
    expect(empty.error?.issues.map((i) => i.message)).toEqual([MESSAGE_EMPTY]);
    expect(sendMessageSchema.safeParse({ threadId: "usr_01JD5Z3K8Q0000000000000000", body: "hi" }).success).toBe(false);
    for (const message of [MESSAGE_EMPTY, MESSAGE_TOO_LONG, BLOCKED_CREATOR_CANNOT_SEND, NO_RELATION_TO_SHOP, TOO_MANY_MESSAGES, "The conversation was not found.", "The shop was not found.", "The creator was not found."])
      expect(refusalKey(message), message).toBeDefined();
  });

  it("a notification's preview is one line of at most 120 characters", () => {
    expect(previewOf("Hello\n\nthere")).toBe("Hello there");
    const long = previewOf("word ".repeat(100));
    expect([...long]).toHaveLength(120);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("who may write", () => {
  it("a blocked creator never; else in a thread that exists, or to a shop they worked with", () => {
    expect(canCreatorSend({ blocked: true, related: true }, true)).toMatchObject({ ok: false, reason: "blocked" });
    expect(canCreatorSend({ blocked: false, related: false }, true).ok).toBe(true);
    expect(canCreatorSend({ blocked: false, related: false }, false)).toMatchObject({ ok: false, reason: "no-relation" });
    expect(canCreatorSend({ blocked: false, related: true }, false).ok).toBe(true);
  });
});
