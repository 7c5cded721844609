import { describe, expect, it } from "vitest";
import { formValues } from "@/lib/actions/form-values";
import { keptChecked, keptValue } from "@/components/ui/kept-values";

const refused = (form: FormData) => ({ ok: false as const, values: formValues(form) });

describe("what a form's fields show after an answer", () => {
  it("a refused submit keeps what was typed, and the card number comes back empty", () => {
    const form = new FormData();
    form.set("name", "Mai Tran");
    form.set("country", "VN");
    form.set("cardNumber", "4000 0000 0000 0002");
    const answer = refused(form);
    expect(keptValue(answer, "name", "initial")).toBe("Mai Tran");
    expect(keptValue(answer, "country")).toBe("VN");
    expect(keptValue(answer, "cardNumber")).toBe("");
  });

  it("a password is never kept, whatever the field started with", () => {
    const form = new FormData();
    form.set("email", "mai@example.com");
    form.set("password", "correct horse battery");
    expect(keptValue(refused(form), "password", "")).toBe("");
    expect(keptValue(refused(form), "email")).toBe("mai@example.com");
  });

  it("an empty field sent empty stays empty rather than going back to its initial value", () => {
    const form = new FormData();
    form.set("description", "");
    expect(keptValue(refused(form), "description", "Saved description")).toBe("");
  });

  it("before any answer and after a success, fields show their initial values", () => {
    expect(keptValue(null, "title", "Saved title")).toBe("Saved title");
    expect(keptValue({ ok: true }, "title", "Saved title")).toBe("Saved title");
    expect(keptValue(null, "title")).toBe("");
    expect(keptChecked(null, "openToAffiliates", true)).toBe(true);
    expect(keptChecked({ ok: true }, "openToAffiliates", false)).toBe(false);
  });

  it("a checkbox is ticked after a refusal exactly when it was sent ticked", () => {
    const ticked = new FormData();
    ticked.set("openToAffiliates", "on");
    expect(keptChecked(refused(ticked), "openToAffiliates", false)).toBe(true);
    expect(keptChecked(refused(new FormData()), "openToAffiliates", true)).toBe(false);
  });
});
