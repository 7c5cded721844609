import { describe, expect, it } from "vitest";
import { firstFreeHandle, handleFrom } from "@/lib/account/new-account";

describe("a new creator's handle", () => {
  it("is made of the name's letters and digits, lower case, at most 20", () => {
    expect(handleFrom("Ana Lima", "ana@example.com")).toBe("analima");
    expect(handleFrom("Nguyễn Thị Mai", "mai@example.com")).toBe("nguyenthimai");
    expect(handleFrom("A Very Long Creator Name Indeed", "x@example.com")).toBe("averylongcreatorname");
  });

  it("comes from the e-mail without a name, and is padded to three characters", () => {
    expect(handleFrom("", "leo.tan@example.com")).toBe("leotan");
    expect(handleFrom("Al", "al@example.com")).toBe("creatoral");
    expect(handleFrom("李", "x@example.com")).toBe("creator");
  });

  it("takes the first free number when the handle is taken", () => {
    expect(firstFreeHandle("analima", [])).toBe("analima");
    expect(firstFreeHandle("analima", ["analima"])).toBe("analima2");
    expect(firstFreeHandle("analima", ["analima", "analima2", "analima4"])).toBe("analima3");
    expect(firstFreeHandle("ana", ["analima", "anab"])).toBe("ana");
  });
});
