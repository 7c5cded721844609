import { describe, expect, it } from "vitest";
import { handleProblem, normalizeHandle } from "@/lib/creators/handles";
import { creatorProfileSchema } from "@/lib/validation/creator-profile";
import { initialsOf } from "@/components/creators/creator-avatar";

describe("creator handles", () => {
  it("lowercase letters, digits, dots and underscores, 3 to 30 of them, are allowed", () => {
    for (const ok of ["mai", "mai.tran_2", "a_b", "x".repeat(30)]) expect(handleProblem(ok)).toBeNull();
  });

  it("too short, too long, other characters, stray dots and reserved words are refused with the reason", () => {
    expect(handleProblem("ab")).toBe("Use 3 to 30 characters");
    expect(handleProblem("x".repeat(31))).toBe("Use 3 to 30 characters");
    expect(handleProblem("mai-tran")).toBe("Use only lowercase letters, digits, dots and underscores");
    expect(handleProblem("mai tran")).toBe("Use only lowercase letters, digits, dots and underscores");
    expect(handleProblem("cà.phê")).toBe("Use only lowercase letters, digits, dots and underscores");
    for (const dotty of [".mai", "mai.", "mai..tran"]) expect(handleProblem(dotty)).toBe("A handle cannot start or end with a dot or have two dots in a row");
    for (const reserved of ["admin", "support", "settings"]) expect(handleProblem(reserved)).toBe("This handle is reserved: choose another");
  });

  it("what is typed is read without the @, the spaces around it and its capitals", () => {
    expect(normalizeHandle("  @Mai.Tran ")).toBe("mai.tran");
  });

  it("a creator may keep a handle older than the rules, but not change to one that breaks them", () => {
    const schema = creatorProfileSchema("mai-tran");
    expect(schema.safeParse({ displayName: "Mai", handle: "Mai-Tran", bio: "", categories: [] }).success).toBe(true);
    const changed = schema.safeParse({ displayName: "Mai", handle: "mai-t", bio: "", categories: [] });
    expect(changed.success).toBe(false);
    expect(changed.error?.issues[0]?.message).toBe("Use only lowercase letters, digits, dots and underscores");
  });

  it("at most five categories, each counted once, and a bio of at most 300 characters", () => {
    const schema = creatorProfileSchema("mai");
    const ok = schema.safeParse({ displayName: "Mai", handle: "mai", bio: "x".repeat(300), categories: ["Home", "Home", "Gifts"] });
    expect(ok.success && ok.data.categories).toEqual(["Home", "Gifts"]);
    const many = schema.safeParse({ displayName: "Mai", handle: "mai", bio: "", categories: ["a", "b", "c", "d", "e", "f"] });
    expect(many.error?.issues[0]?.message).toBe("Choose at most 5 categories");
    const long = schema.safeParse({ displayName: "Mai", handle: "mai", bio: "x".repeat(301), categories: [] });
    expect(long.error?.issues[0]?.message).toBe("Use at most 300 characters");
  });

  it("a creator without a picture shows up to two initials", () => {
    expect(initialsOf("Mai Tran")).toBe("MT");
    expect(initialsOf("Nguyễn Thị Lan")).toBe("NL");
    expect(initialsOf("quinn")).toBe("Q");
  });
});
